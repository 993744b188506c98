#pragma once

#include "formats/KeyValueBudget.h"
#include "ome/OmeXmlParser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace pugi {
class xml_node;
}

namespace metafill {

// The OME → model mapping, written once for both ways the parser walks a
// document: over a whole pugixml tree (small documents) and over the pieces a
// streaming scan cuts from a large one (OmeXmlParser.cpp). Either way the
// walker asks use() what to do with each element below the innermost element
// it descended into, then calls begin()/end() around the children of an
// element to descend into (begin() reads only its attributes) or whole() with
// a complete element. Nothing here depends on how much of the document is in
// memory, and references between elements are resolved in finish(), so the
// order of the document's elements does not matter either.
class OmeModelBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OmeXmlParser)

public:
    enum class Use { Skip, Descend, Whole };

    OmeModelBuilder(OmeXmlDocument &document, const QString &origin);

    // What to do with an element of this local name (without a prefix) below
    // the current one; the root element is asked first.
    Use use(QByteArrayView localName);
    // The element use() was last asked about, to descend into: its attributes.
    void begin(const pugi::xml_node &element);
    // Whether begin() reads the attributes of that element (else any node will do).
    bool beginReadsAttributes() const;
    // The element use() was last asked about, complete.
    void whole(const pugi::xml_node &element);
    // The end of the element begin() was last called for.
    void end();
    // Resolves references and adds the warnings; call once after the root ends.
    void finish();

private:
    // Where the walk is: the elements descended into.
    enum class Scope { Document, Ome, Instrument, Image, Pixels, Annotations, XmlAnnotation, MapAnnotation, XmlAnnotationValue, MapAnnotationValue };
    // What use() decided for the element it was asked about last.
    enum class Kind {
        None,
        // descended into
        Ome, Instrument, Image, Pixels, Annotations, XmlAnnotation, MapAnnotation, AnnotationValue,
        // read whole
        BinaryOnly, Microscope, Objective, Detector, LightSource, Filter,
        Description, AcquisitionDate, AcquiredDate, InstrumentRef, ObjectiveSettings, StageLabel, AnnotationRef,
        Channel, Plane, TiffData, OriginalMetadata, MapEntry,
    };

    Use descend(Kind kind);
    Use readWhole(Kind kind);
    Use once(bool &seen, Use use, Kind kind);
    bool roomFor(qsizetype size, qsizetype maximum);

    void beginImage(const pugi::xml_node &node);
    void endImage();
    void beginPixels(const pugi::xml_node &pixels);
    void endPixels();
    void readImageChild(Kind kind, const pugi::xml_node &node);
    void readInstrumentChild(Kind kind, const pugi::xml_node &node);
    void readLightSource(const pugi::xml_node &node);
    void readChannel(const pugi::xml_node &c);
    void readPlane(const pugi::xml_node &plane);
    void readTiffData(const pugi::xml_node &tiffData);
    void readAnnotationRef(const pugi::xml_node &ref);
    void addKeyValue(const QString &key, const pugi::xml_node &valueNode);
    void countBeyondBudget(const char *key);
    KeyValueList &keyValuesFor(const QString &annotationId);

    // Maps the document's own IDs ("Microscope", "Detector:DCam", "urn:lsid:…")
    // to the model's IDs. The first element with an ID wins, as in a valid document.
    class IdMap
    {
    public:
        void add(const QString &fileId, const QString &modelId)
        {
            if (!fileId.isEmpty() && !m_ids.contains(fileId))
                m_ids.insert(fileId, modelId);
        }
        QString operator()(const QString &fileId) const { return m_ids.value(fileId); }

    private:
        QHash<QString, QString> m_ids;
    };

    // What an image says that only makes sense once the whole document is read.
    struct PendingImage
    {
        bool hasObjectiveSettings = false; // else the instrument's only objective took it
    };
    // The first plane of each channel (by TheC) of the Pixels being read.
    struct FirstPlane
    {
        bool seen = false;
        std::optional<double> exposureS;
    };
    // Key/value pairs of one annotation, in the order read.
    struct PairRun
    {
        QString annotationId;
        qsizetype count = 0;
        qsizetype serial = 0;
    };

    OmeXmlDocument &m_document;
    FileMetadata &m_metadata;
    const QString &m_origin;
    KeyValueBudget m_keyValues;

    QVarLengthArray<Scope, 8> m_scopes{Scope::Document};
    Kind m_next = Kind::None;

    // Each "first child of that name" the mapping reads (OME's first BinaryOnly, an image's first Description …).
    bool m_seenBinaryOnly = false, m_seenAnnotations = false;
    bool m_seenMicroscope = false;
    bool m_seenDescription = false, m_seenAcquisitionDate = false, m_seenAcquiredDate = false, m_seenInstrumentRef = false,
         m_seenObjectiveSettings = false, m_seenStageLabel = false, m_seenPixels = false;
    bool m_seenAnnotationValue = false;

    InstrumentInfo m_instrument;
    ImageInfo m_image;
    PendingImage m_pendingImage;
    std::optional<QString> m_acquisitionDate, m_acquiredDate;
    QList<FirstPlane> m_firstPlanes;
    QList<PendingImage> m_pendingImages;
    qsizetype m_imageElements = 0; // every Image element, also those beyond MaxImages
    qsizetype m_channels = 0;      // in all images
    qsizetype m_devices = 0;       // in all instruments

    IdMap m_instrumentIds, m_objectiveIds, m_detectorIds, m_lightSourceIds, m_filterIds;
    QHash<QString, qsizetype> m_annotationImage; // annotation ID → index of the first image referring to it
    QSet<QString> m_tiffDataFiles;

    QString m_annotationId;
    qsizetype m_annotationSerial = 0;
    KeyValueList m_pairs; // original metadata in document order, assigned to images in finish()
    QList<PairRun> m_pairRuns;

    bool m_truncatedLists = false;
};

} // namespace metafill
