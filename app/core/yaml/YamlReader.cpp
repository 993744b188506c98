#include "YamlReader.h"

#include "util/Utf8.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

// Thrown from inside the event handler to stop yaml-cpp as soon as a limit is
// crossed; caught in YamlReader::parse and never seen outside it.
struct LimitExceeded
{
    QString message;
    YAML::Mark mark;
};

class TreeBuilder final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    explicit TreeBuilder(const YamlLimits &limits) : m_limits(limits) {}

    YamlNodePtr root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            throw LimitExceeded{tr("the file holds more than one YAML document; keep one per file"), mark};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto node = makeNode(YamlNode::Kind::Null, mark);
        finish(node, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LimitExceeded{tr("this alias refers to an anchor that is not complete yet (a node cannot contain itself)"), mark};
        count(it->second->expandedSize, mark);
        attach(it->second, mark);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        if (qint64(value.size()) > m_limits.maxScalarBytes)
            throw LimitExceeded{tr("a single value is longer than %1 bytes").arg(m_limits.maxScalarBytes), mark};
        auto node = makeNode(YamlNode::Kind::Scalar, mark);
        node->scalar = textFromUtf8(value);
        // yaml-cpp reports "!" for quoted or block scalars and "?" for plain ones.
        node->quoted = (tag == "!");
        finish(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(makeNode(YamlNode::Kind::Sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(makeNode(YamlNode::Kind::Map, mark), anchor, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor = 0;
        // For maps: the key scalar waiting for its value.
        bool haveKey = false;
        YamlNode::Entry pendingKey;
    };

    std::shared_ptr<YamlNode> makeNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        count(1, mark);
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return node;
    }

    void count(qint64 nodes, const YAML::Mark &mark)
    {
        m_total += nodes;
        if (m_total > m_limits.maxNodes)
            throw LimitExceeded{tr("the document expands to more than %1 values (through aliases or sheer size); "
                                   "this is far more than any template needs")
                                    .arg(m_limits.maxNodes),
                                mark};
    }

    void open(std::shared_ptr<YamlNode> node, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LimitExceeded{tr("values are nested more than %1 levels deep").arg(m_limits.maxDepth), mark};
        m_stack.push_back(Open{std::move(node), anchor, false, {}});
    }

    void close()
    {
        Open top = std::move(m_stack.back());
        m_stack.pop_back();
        qint64 size = 1;
        for (const auto &item : top.node->items)
            size += item->expandedSize;
        for (const auto &e : top.node->entries)
            size += e.value->expandedSize;
        top.node->expandedSize = size;
        finish(top.node, top.anchor);
    }

    void finish(const std::shared_ptr<YamlNode> &node, YAML::anchor_t anchor)
    {
        if (anchor != 0)
            m_anchors[anchor] = node;
        YAML::Mark mark = YAML::Mark::null_mark();
        mark.line = node->line - 1;
        mark.column = node->column - 1;
        attach(node, mark);
    }

    void attach(const YamlNodePtr &node, const YAML::Mark &mark)
    {
        if (m_stack.empty()) {
            m_root = node;
            return;
        }
        Open &parent = m_stack.back();
        if (parent.node->kind == YamlNode::Kind::Sequence) {
            parent.node->items.push_back(node);
            return;
        }
        if (!parent.haveKey) {
            if (node->kind != YamlNode::Kind::Scalar && node->kind != YamlNode::Kind::Null)
                throw LimitExceeded{tr("a mapping key must be a plain word, not %1").arg(YamlNode::describe(node->kind)), mark};
            parent.pendingKey = YamlNode::Entry{node->scalar, node->line, node->column, nullptr};
            parent.haveKey = true;
            if (parent.node->entry(node->scalar)) {
                const YamlNode::Entry *first = parent.node->entry(node->scalar);
                throw LimitExceeded{tr("the key '%1' appears twice in the same mapping (first on line %2); "
                                       "remove or rename one of them")
                                        .arg(node->scalar)
                                        .arg(first->line),
                                    mark};
            }
            return;
        }
        parent.pendingKey.value = node;
        parent.node->entries.push_back(std::move(parent.pendingKey));
        parent.haveKey = false;
    }

    const YamlLimits &m_limits;
    std::vector<Open> m_stack;
    std::unordered_map<YAML::anchor_t, YamlNodePtr> m_anchors;
    YamlNodePtr m_root;
    qint64 m_total = 0;
    int m_documents = 0;
};

} // namespace

YamlNodePtr YamlReader::parse(const QByteArray &text, const YamlLimits &limits, Failure *failure)
{
    auto fail = [failure](const QString &message, int line, int column) -> YamlNodePtr {
        if (failure)
            *failure = Failure{message, line, column};
        return nullptr;
    };

    if (text.size() > limits.maxBytes)
        return fail(tr("the file is larger than %1 bytes; templates are far smaller, so this is refused")
                        .arg(limits.maxBytes),
                    0, 0);
    if (text.contains('\0'))
        return fail(tr("the file contains NUL bytes; it is not a text file (or it is UTF-16; save it as UTF-8)"), 0, 0);
    if (QString::fromUtf8(text).toUtf8() != text)
        return fail(tr("the file is not valid UTF-8; save it as UTF-8"), 0, 0);

    std::istringstream stream(text.toStdString());
    TreeBuilder builder(limits);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const LimitExceeded &e) {
        return fail(e.message, e.mark.line + 1, e.mark.column + 1);
    } catch (const YAML::Exception &e) {
        QString message = QString::fromStdString(e.msg);
        if (message.contains(u"deep recursion"_s, Qt::CaseInsensitive))
            message = tr("values are nested more than %1 levels deep").arg(limits.maxDepth);
        else
            message = tr("YAML syntax error: %1").arg(message);
        return fail(message, e.mark.line + 1, e.mark.column + 1);
    } catch (const std::exception &e) {
        return fail(tr("the YAML parser failed: %1").arg(QString::fromLocal8Bit(e.what())), 0, 0);
    }
    if (!builder.root())
        return fail(tr("the file is empty"), 1, 1);
    return builder.root();
}

} // namespace metafill
