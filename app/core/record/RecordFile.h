#pragma once

#include "Record.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace metafill {

// A record file as stored, before its values are bound to a template. Binding
// happens in RecordMigrator, which also handles records of older templates.
struct RawRecord
{
    struct RawValue
    {
        QString path;
        nlohmann::ordered_json value; // one value, or an array for several
        Provenance provenance;
    };
    struct RawImage
    {
        QString file;
        QString name;
        QList<RawValue> values;
    };

    TemplateRef templateRef;
    QList<RawValue> values;
    QList<RawImage> images;
};

// Reads and writes record files (JSON; the format is described in
// templates/FORMAT.md). Writing is atomic: the old file stays intact until the
// new one is complete on disk.
class RecordFile
{
    Q_DECLARE_TR_FUNCTIONS(RecordFile)

public:
    static Result<RawRecord> read(const QString &path);
    static Result<RawRecord> parse(const QByteArray &data);
    static QByteArray serialize(const Record &record, const Template &t);
    static Status write(const Record &record, const Template &t, const QString &path);

    static constexpr qint64 MaxBytes = 256LL * 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr int FormatVersion = 1;
};

} // namespace metafill
