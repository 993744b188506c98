#pragma once

#include "model/ImageMetadata.h"
#include "record/Record.h"
#include "template/Template.h"
#include "util/Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace metafill {

// A value a rule found but, by its policy ("suggest"), only offers.
struct Suggestion
{
    FieldPath path;
    Value value;
    Provenance provenance;
};

// What auto-fill did for one image.
struct AutofillResult
{
    int filled = 0;
    QList<Suggestion> suggestions;
    QStringList presetsApplied; // keys of presets whose match rules held
    QStringList notes;          // values a header held but the field could not take (translated)
};

// Carries out a template's auto-fill rules against the header of one image:
// XPath 1.0 queries over the image's OME-XML document (OmeXmlWriter) or keys of
// the vendor's original metadata; value maps; conversion to the field's unit;
// per-channel sections filled channel by channel; the rule's policy; and
// presets whose match rules hold for the image. Every value it sets records
// where it came from (file, image, query).
//
// The template's queries are compiled once; one engine serves a whole batch.
// It is not thread-safe (queries share the $channel variable): one per thread.
class AutofillEngine
{
    Q_DECLARE_TR_FUNCTIONS(AutofillEngine)

public:
    explicit AutofillEngine(const Template &t);
    ~AutofillEngine();
    AutofillEngine(const AutofillEngine &) = delete;
    AutofillEngine &operator=(const AutofillEngine &) = delete;

    // Rules whose XPath does not compile, as errors at the rule's place in the template.
    const Diagnostics &problems() const;

    // Fills `values` (the image's effective values: shared and its own) from
    // image `imageIndex` of `file`. Typed values are kept unless a rule says
    // overwrite or lock.
    AutofillResult fill(const FileMetadata &file, int imageIndex, ValueMap &values) const;

    static constexpr int MaxChannels = 1024;

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
};

} // namespace metafill
