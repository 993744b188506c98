#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace metafill {

class YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

// A parsed YAML value that remembers where it was written. Templates are read
// through this small tree instead of yaml-cpp's nodes so that every message can
// name a line and column, and so that aliases stay shared (never copied) while
// their expanded size is known and bounded.
class YamlNode
{
public:
    enum class Kind { Null, Scalar, Sequence, Map };

    struct Entry
    {
        QString key;
        int line = 0;
        int column = 0;
        YamlNodePtr value;
    };

    Kind kind = Kind::Null;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString scalar;
    bool quoted = false; // written in quotes: never a number, boolean or null
    std::vector<YamlNodePtr> items; // sequence
    std::vector<Entry> entries;     // map, in document order
    // Nodes this value stands for once every alias is expanded; bounded by the reader.
    qint64 expandedSize = 1;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    const Entry *entry(const QString &key) const;
    const YamlNode *get(const QString &key) const;

    // A short name of the kind for messages ("a list", "a mapping", …), translated.
    static QString describe(Kind kind);
};

} // namespace metafill
