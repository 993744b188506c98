#pragma once

#include <QList>
#include <QString>

namespace metafill {

struct KeyValue
{
    QString key;
    QString value;
    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

// The key-value pairs one OMERO object (image or dataset) receives.
struct AnnotatedObject
{
    QString name;
    QList<KeyValue> pairs;
};

} // namespace metafill
