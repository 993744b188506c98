#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace metafill {

// Reads the CSV that OMERO's Export_to_csv.py writes (and the files the import
// scripts accept), so annotations already in OMERO can come back into a record.
class OmeroExportReader
{
    Q_DECLARE_TR_FUNCTIONS(OmeroExportReader)

public:
    struct Pair
    {
        QString key;
        QString value;
        QString mapNamespace; // empty: not given
    };
    struct Object
    {
        QString id;
        QString name;
        QMap<QString, QString> parents; // "DATASET" -> name
        QList<Pair> pairs;              // in column order; repeated keys stay repeated
        QStringList tags;
    };

    static Result<QList<Object>> read(const QString &path);
    static Result<QList<Object>> parse(const QByteArray &data);
};

} // namespace metafill
