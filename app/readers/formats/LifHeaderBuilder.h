#pragma once

#include "formats/LifMetadataXml.h"
#include "model/ImageMetadata.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <pugixml.hpp>

namespace metafill {

// The walk over a LIF header's project, written once for both ways a header
// is read: over a whole pugixml tree (small headers, LifMetadataXml) and over
// the pieces a streaming scan cuts from a large one (LifHeaderStream). Either
// way the walker asks use() about each child element of an element it
// descended into, in document order; it calls begin() (which reads only the
// attributes) and end() around the children of an element to descend into,
// whole() with a complete element, and text() with the first text of an
// element that wantsText(). The builder gathers the parts of one image at a
// time, copying only what LifMetadataXml::mapImage() reads, and maps the image
// as soon as they are complete; nothing else of the header stays in memory.
//
// The walk follows LAS X's layout: Element (its Data/Image and Memory, then
// its Children/Element …). An Element's image is mapped when its Children
// start, or when it ends if it has none, so images are numbered in document
// order with a folder before what it contains; an Element's Data and Memory
// count only when they come before its Children, which is where LAS X writes
// them.
//
// Keys: each image keeps at most an equal share of the file's 20,000 pairs
// (16 to 5,000 each), as before streaming. The image count is only known at
// the end, so an image gets the share for the images read so far, and the
// lists kept are cut to the new share whenever it shrinks (shareKeys()); they
// reach the file's budget in finish(). Repeated keys are numbered when the
// image is read, over the pairs it kept then: a list cut later may keep
// " #01" where a header of known size would have given " #1". A header
// whose images stay within their share (every real one of a few dozen
// images) reads exactly as before.
class LifHeaderBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LifMetadataXml)

public:
    enum class Use { Skip, Descend, Whole };

    LifHeaderBuilder(FileMetadata &metadata, const QString &path);

    // What to do with a child element of this name of the element being walked (the document first).
    Use use(QByteArrayView name);
    // Whether begin() reads the attributes of the element use() was last asked about (else any node will do).
    bool beginReadsAttributes() const;
    // The element use() was last asked about, to descend into.
    void begin(const pugi::xml_node &element);
    // Whether that element wants text(): a TimeStampList, whose LAS X stamps are its text.
    bool wantsText() const { return m_wantsText; }
    // Its first text child (PCDATA that is not only blanks, or CDATA) if one
    // comes before any child element; not called when there is none.
    void text(QByteArrayView firstText);
    // The element use() was last asked about, complete.
    void whole(const pugi::xml_node &element);
    // The end of the element begin() was last called for.
    void end();
    // After the document: the keys and the warnings; fails when the document
    // had no LMSDataContainerHeader.
    Status finish();

    // For a stream's memory bound: a number of the image whose parts are being
    // gathered (a new one for each image), 0 while none is.
    qint64 gatheringImage() const { return m_imagePart ? m_imageSerial : 0; }
    // Its name, for messages.
    QString gatheredImageName() const { return m_elements.isEmpty() ? QString() : m_elements.last().imageName; }

    // The mapping reads the first time stamp only: these bytes of the first text after its leading blanks suffice.
    static constexpr qsizetype TimeStampTextBytes = 64;

private:
    // Where the walk is: the elements descended into.
    enum class Scope { Document, Header, Element, Memory, Data, Image, TimeStampList, Attachment, Children, DeepChildren };

    // An Element being walked.
    struct OpenElement
    {
        bool walked = false; // false beyond MaxElements or MaxImages: only a top Element's name is read
        int depth = 0;       // 0 for the top Elements
        QString folder;      // the path below the top Element ("" for the top and its children)
        QString imageName;
        bool seenData = false, seenMemory = false, seenChildren = false, seenImage = false;
    };

    Use descend(Scope scope);
    Use descendFirst(bool &seen, Scope scope, bool counts = true);
    Use takeFirst(bool &seen);
    void beginElement(const pugi::xml_node &node);
    pugi::xml_node gatherStartTag(pugi::xml_node parent, const pugi::xml_node &node);
    void mapGatheredImage();
    void keep(KeyValueList keys);
    void shareKeys();
    static qsizetype keyShare(qsizetype images);

    FileMetadata &m_metadata;
    const QString &m_path;

    QList<Scope> m_scopes{Scope::Document};
    Scope m_next = Scope::Document;
    bool m_wantsText = false;

    bool m_sawHeader = false;
    QString m_version;
    QStringList m_topNames;
    QList<OpenElement> m_elements;
    qsizetype m_walked = 0;
    qint64 m_modelBytes = 0;
    bool m_tooMany = false;
    bool m_modelFull = false;
    bool m_tooDeep = false;

    // The parts of the image being gathered: its Element's and Memory's
    // start tags and a copy of its Data/Image reduced to what the mapping reads.
    pugi::xml_document m_parts;
    pugi::xml_node m_elementPart, m_memoryPart, m_imagePart;
    pugi::xml_node m_gather; // where whole() copies to
    qint64 m_imageSerial = 0;
    bool m_seenDescription = false, m_seenTimeStamps = false, m_seenTimeStamp = false, m_seenDefinition = false;
    bool m_seenScannerSetting = false, m_seenFilterSetting = false; // in the Attachment being read

    // Each image's keys until finish(), at most the current share each.
    QList<KeyValueList> m_keys;
    qsizetype m_keyShare = 0;
    qsizetype m_keyCharacters = 0;
    bool m_keysFull = false;
    qsizetype m_keysDropped = 0; // beyond the file's character bound
    qsizetype m_keysLeftOut = 0; // beyond an image's share
    bool m_capped = false;
    bool m_keysTooDeep = false;
};

} // namespace metafill
