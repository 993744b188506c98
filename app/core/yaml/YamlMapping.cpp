#include "YamlMapping.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

int editDistance(const QString &a, const QString &b)
{
    if (std::abs(a.size() - b.size()) > 3)
        return 99;
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

YamlMapping::YamlMapping(const YamlNode *node, const QString &file, Diagnostics &diagnostics, const QString &what)
    : m_node(node), m_file(file), m_diagnostics(diagnostics), m_what(what)
{
    if (!node)
        return;
    if (!node->isMap()) {
        diagnostics.error(at(node), tr("%1 must be a mapping of 'key: value' lines, not %2").arg(what, YamlNode::describe(node->kind)));
        return;
    }
    m_valid = true;
}

SourceLocation YamlMapping::at(const YamlNode *node) const
{
    if (!node)
        return SourceLocation{m_file, 0, 0};
    return SourceLocation{m_file, node->line, node->column};
}

SourceLocation YamlMapping::keyLocation(const QString &key) const
{
    if (m_valid) {
        if (const YamlNode::Entry *e = m_node->entry(key))
            return SourceLocation{m_file, e->line, e->column};
    }
    return location();
}

const YamlNode *YamlMapping::value(const QString &key)
{
    m_known.insert(key);
    if (!m_valid)
        return nullptr;
    const YamlNode *v = m_node->get(key);
    if (v && v->isNull())
        return nullptr;
    return v;
}

QString YamlMapping::string(const QString &key, bool required)
{
    const YamlNode *v = value(key);
    if (!v) {
        if (required && m_valid)
            m_diagnostics.error(location(), tr("%1 needs '%2'").arg(m_what, key));
        return {};
    }
    if (!v->isScalar()) {
        m_diagnostics.error(at(v), tr("'%1' must be a single value, not %2").arg(key, YamlNode::describe(v->kind)));
        return {};
    }
    return v->scalar;
}

std::optional<QString> YamlMapping::optionalString(const QString &key)
{
    const YamlNode *v = value(key);
    if (!v)
        return std::nullopt;
    return string(key);
}

LocalizedText YamlMapping::text(const QString &key, bool required)
{
    const YamlNode *v = value(key);
    if (!v) {
        if (required && m_valid)
            m_diagnostics.error(location(), tr("%1 needs '%2'").arg(m_what, key));
        return {};
    }
    return localizedText(v, m_file, m_diagnostics);
}

std::optional<double> YamlMapping::number(const QString &key)
{
    const YamlNode *v = value(key);
    if (!v)
        return std::nullopt;
    const auto n = toNumber(v);
    if (!n)
        m_diagnostics.error(at(v), tr("'%1' must be a number written with a point, such as 1.5").arg(key));
    return n;
}

std::optional<qint64> YamlMapping::integer(const QString &key)
{
    const YamlNode *v = value(key);
    if (!v)
        return std::nullopt;
    static const QRegularExpression p(u"^[-+]?\\d{1,12}$"_s);
    if (!v->isScalar() || v->quoted || !p.match(v->scalar).hasMatch()) {
        m_diagnostics.error(at(v), tr("'%1' must be a whole number").arg(key));
        return std::nullopt;
    }
    return v->scalar.toLongLong();
}

std::optional<bool> YamlMapping::boolean(const QString &key)
{
    const YamlNode *v = value(key);
    if (!v)
        return std::nullopt;
    const auto b = toBoolean(v);
    if (!b)
        m_diagnostics.error(at(v), tr("'%1' must be true or false").arg(key));
    return b;
}

QStringList YamlMapping::stringList(const QString &key)
{
    const YamlNode *v = value(key);
    if (!v)
        return {};
    if (v->isScalar())
        return {v->scalar};
    QStringList list;
    if (!v->isSequence()) {
        m_diagnostics.error(at(v), tr("'%1' must be a list").arg(key));
        return list;
    }
    for (const auto &item : v->items) {
        if (!item->isScalar()) {
            m_diagnostics.error(at(item.get()), tr("the entries of '%1' must be single values").arg(key));
            continue;
        }
        list.append(item->scalar);
    }
    return list;
}

void YamlMapping::rejectUnknownKeys()
{
    if (!m_valid)
        return;
    for (const YamlNode::Entry &e : m_node->entries) {
        if (m_known.contains(e.key))
            continue;
        QString best;
        int bestDistance = 3;
        for (const QString &k : std::as_const(m_known)) {
            const int d = editDistance(e.key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        const SourceLocation where{m_file, e.line, e.column};
        if (!best.isEmpty())
            m_diagnostics.error(where, tr("unknown property '%1' in %2; did you mean '%3'?").arg(e.key, m_what, best));
        else {
            QStringList known = m_known.values();
            known.sort();
            m_diagnostics.error(where, tr("unknown property '%1' in %2; known properties are: %3").arg(e.key, m_what, known.join(u", "_s)));
        }
    }
}

LocalizedText YamlMapping::localizedText(const YamlNode *node, const QString &file, Diagnostics &diagnostics)
{
    LocalizedText text;
    if (!node || node->isNull())
        return text;
    if (node->isScalar()) {
        text.set(u"en"_s, node->scalar);
        return text;
    }
    if (!node->isMap()) {
        diagnostics.error(SourceLocation{file, node->line, node->column},
                          tr("a text must be written as a single value or as 'en: …, de: …', not %1").arg(YamlNode::describe(node->kind)));
        return text;
    }
    static const QRegularExpression language(u"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$"_s);
    for (const YamlNode::Entry &e : node->entries) {
        const SourceLocation where{file, e.line, e.column};
        if (!language.match(e.key).hasMatch()) {
            diagnostics.error(where, tr("'%1' is not a language code such as en or de").arg(e.key));
            continue;
        }
        if (!e.value->isScalar()) {
            diagnostics.error(where, tr("the %1 text must be a single value").arg(e.key));
            continue;
        }
        text.set(e.key, e.value->scalar);
    }
    return text;
}

std::optional<bool> YamlMapping::toBoolean(const YamlNode *node)
{
    if (!node || !node->isScalar() || node->quoted)
        return std::nullopt;
    const QString s = node->scalar.toLower();
    if (s == u"true" || s == u"yes")
        return true;
    if (s == u"false" || s == u"no")
        return false;
    return std::nullopt;
}

std::optional<double> YamlMapping::toNumber(const YamlNode *node)
{
    if (!node || !node->isScalar() || node->quoted)
        return std::nullopt;
    static const QRegularExpression p(u"^[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?$"_s);
    if (!p.match(node->scalar).hasMatch())
        return std::nullopt;
    const double v = node->scalar.toDouble();
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace metafill
