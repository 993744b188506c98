#include "YamlNode.h"

#include <QCoreApplication>

namespace metafill {

const YamlNode::Entry *YamlNode::entry(const QString &key) const
{
    for (const Entry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const YamlNode *YamlNode::get(const QString &key) const
{
    const Entry *e = entry(key);
    return e ? e->value.get() : nullptr;
}

QString YamlNode::describe(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QCoreApplication::translate("YamlNode", "nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("YamlNode", "a single value");
    case Kind::Sequence:
        return QCoreApplication::translate("YamlNode", "a list");
    case Kind::Map:
        return QCoreApplication::translate("YamlNode", "a mapping");
    }
    return {};
}

} // namespace metafill
