#include "OboReader.h"

#include "TermFileReader.h"
#include "TermText.h"
#include "record/TermIds.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <climits>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QString kPartOfIri = u"http://purl.obolibrary.org/obo/BFO_0000050"_s;

// The IRI an OBO identifier stands for: an IRI as it is, a CURIE expanded
// (OBO ids are CURIEs of the OBO PURL scheme), anything else empty.
QString iriOfIdentifier(const QString &id)
{
    if (TermIds::looksLikeIri(id))
        return id;
    if (TermIds::looksLikeCurie(id))
        return TermIds::iriFromCurie(id);
    return {};
}

// The first word of a value: the identifier in "FBbi:00000345 ! light microscopy".
QString firstToken(QStringView value)
{
    const qsizetype space = value.indexOf(u' ');
    return (space < 0 ? value : value.left(space)).toString();
}

QString versionFrom(const QString &value)
{
    // "releases/2026-01-16", "fbbi/releases/2020-11-06/fbbi.owl": the date is the version.
    static const QRegularExpression date(u"\\d{4}-\\d{2}-\\d{2}"_s);
    const QRegularExpressionMatch match = date.match(value);
    return match.hasMatch() ? match.captured() : value;
}

class OboParser
{
public:
    OboParser(QByteArrayView bytes, const QString &path, const TermReadLimits &limits)
        : m_bytes(bytes), m_path(path), m_limits(limits), m_warnings(limits.maxWarnings)
    {
        m_file.path = path;
        m_file.format = u"obo"_s;
    }

    Result<TermFile> run()
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
        // Not memchr: an empty file comes as a view without data (nullptr),
        // which memchr must not be given even for zero bytes.
        if (m_bytes.contains('\0'))
            return fail(0, OboReader::tr("the file holds NUL bytes, so it is not an OBO text file. Choose the .obo file itself."));

        while (m_position < m_bytes.size()) {
            std::optional<QString> line = nextLine();
            if (!line)
                return Result<TermFile>::failure(m_error);
            if (!handleLine(*line))
                return Result<TermFile>::failure(m_error);
        }
        if (!endStanza())
            return Result<TermFile>::failure(m_error);
        dropUnnamed();
        if (m_file.terms.isEmpty()) {
            return Result<TermFile>::failure(
                OboReader::tr("%1: the file holds no [Term] stanza with an id and a name. Is it an OBO ontology file?").arg(m_path));
        }
        m_file.warnings = std::move(m_warnings).finish();
        return std::move(m_file);
    }

private:
    Result<TermFile> fail(qsizetype line, const QString &what)
    {
        setError(line, what);
        return Result<TermFile>::failure(m_error);
    }
    void setError(qsizetype line, const QString &what)
    {
        // "file:line: what", the form compilers and editors understand.
        m_error = line > 0 ? u"%1:%2: %3"_s.arg(m_path, QString::number(line), what) : u"%1: %2"_s.arg(m_path, what);
    }
    void warn(qsizetype line, const QString &what) { m_warnings.add(u"%1:%2: %3"_s.arg(m_path, QString::number(line), what)); }

    // One logical line, decoded: a line that ends in an unescaped backslash
    // continues on the next one.
    std::optional<QString> nextLine()
    {
        QByteArray logical;
        m_lineNumber = m_nextLineNumber;
        while (true) {
            const qsizetype remaining = m_bytes.size() - m_position;
            // Look for the end of the line only as far as a line may go, so a
            // file of one endless line is refused without scanning it all.
            const qsizetype window = std::min<qsizetype>(remaining, m_limits.maxLineBytes - logical.size() + 2);
            const char *start = m_bytes.data() + m_position;
            const void *newline = std::memchr(start, '\n', size_t(window));
            qsizetype length = newline ? static_cast<const char *>(newline) - start : remaining;
            if (!newline && remaining > window) {
                setError(m_nextLineNumber, OboReader::tr("the line is longer than %1 bytes. This is not an OBO file, or it is damaged.")
                                               .arg(m_limits.maxLineBytes));
                return std::nullopt;
            }
            m_position += length + (newline ? 1 : 0);
            ++m_nextLineNumber;
            QByteArrayView piece(start, length);
            if (piece.endsWith('\r'))
                piece.chop(1);
            logical.append(piece);
            if (logical.size() > m_limits.maxLineBytes) {
                setError(m_lineNumber, OboReader::tr("the line is longer than %1 bytes. This is not an OBO file, or it is damaged.")
                                           .arg(m_limits.maxLineBytes));
                return std::nullopt;
            }
            // An odd number of trailing backslashes: the last one escapes the line break.
            qsizetype backslashes = 0;
            while (backslashes < logical.size() && logical.at(logical.size() - 1 - backslashes) == '\\')
                ++backslashes;
            if (backslashes % 2 == 1 && m_position < m_bytes.size()) {
                logical.chop(1);
                continue;
            }
            break;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(logical);
        if (decoder.hasError()) {
            setError(m_lineNumber,
                     OboReader::tr("the text is not valid UTF-8. OBO files are UTF-8; save the file as UTF-8 and import it again."));
            return std::nullopt;
        }
        return text;
    }

    bool handleLine(const QString &rawLine)
    {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'!'))
            return true;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']')) {
                setError(m_lineNumber,
                         OboReader::tr("the stanza header \"%1\" is not closed with \"]\". The file may be cut off or damaged.")
                             .arg(line.left(40)));
                return false;
            }
            if (!endStanza())
                return false;
            const QString name = line.mid(1, line.size() - 2).trimmed();
            m_stanza = name == u"Term" ? Stanza::Term : Stanza::Other;
            if (m_stanza == Stanza::Term) {
                m_term = TermEntry();
                m_termLine = m_lineNumber;
                m_termSynonymsDropped = m_termParentsDropped = m_termAltIdsDropped = 0;
            }
            return true;
        }
        const qsizetype colon = tagEnd(line);
        if (colon <= 0) {
            setError(m_lineNumber, OboReader::tr("the line is not of the form \"tag: value\". The file may be cut off or damaged."));
            return false;
        }
        const QString tag = line.left(colon).trimmed();
        std::optional<QString> value = stripComment(QStringView(line).mid(colon + 1));
        if (!value)
            return false;
        switch (m_stanza) {
        case Stanza::Header:
            return handleHeaderTag(tag, *value);
        case Stanza::Term:
            return handleTermTag(tag, *value);
        case Stanza::Other:
            return true;
        }
        return true;
    }

    // The colon that ends the tag; tags have no escapes or spaces.
    static qsizetype tagEnd(const QString &line)
    {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u':')
                return i;
            if (c.isSpace() || c == u'"')
                return -1;
        }
        return -1;
    }

    // The value without its trailing "! comment" and "{modifier=…}", both only
    // outside quoted text and not escaped.
    std::optional<QString> stripComment(QStringView value)
    {
        bool quoted = false;
        qsizetype end = value.size();
        qsizetype modifierStart = -1;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == u'\\') {
                ++i;
                continue;
            }
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && c == u'!') {
                end = i;
                break;
            } else if (!quoted && c == u'{' && modifierStart < 0 && i > 0 && value.at(i - 1).isSpace()) {
                modifierStart = i;
            }
        }
        QStringView kept = value.left(end).trimmed();
        if (modifierStart >= 0 && modifierStart < end && kept.endsWith(u'}'))
            kept = value.left(modifierStart).trimmed();
        return kept.toString();
    }

    // Reads a quoted string at the start of `value`, resolving OBO escapes;
    // `rest` gets what follows the closing quote.
    std::optional<QString> quoted(const QString &value, QString *rest = nullptr)
    {
        if (!value.startsWith(u'"')) {
            setError(m_lineNumber, OboReader::tr("the value does not start with a quoted text (\"…\"). The file may be damaged."));
            return std::nullopt;
        }
        QString text;
        for (qsizetype i = 1; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == u'\\' && i + 1 < value.size()) {
                text += unescape(value.at(++i));
                continue;
            }
            if (c == u'"') {
                if (rest)
                    *rest = value.mid(i + 1).trimmed();
                return text;
            }
            text += c;
        }
        setError(m_lineNumber, OboReader::tr("the quoted text is not closed with \". The file may be cut off or damaged."));
        return std::nullopt;
    }

    static QChar unescape(QChar c)
    {
        switch (c.unicode()) {
        case u'n':
            return u'\n';
        case u't':
            return u'\t';
        case u'W':
            return u' ';
        default:
            return c; // \" \\ \: \, \! \{ \} \[ \] \( \) and anything else: the character itself
        }
    }

    // Escapes in an unquoted value ("name: a\, b").
    static QString unescaped(const QString &value)
    {
        if (!value.contains(u'\\'))
            return value;
        QString text;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'\\' && i + 1 < value.size())
                text += unescape(value.at(++i));
            else
                text += value.at(i);
        }
        return text;
    }

    bool handleHeaderTag(const QString &tag, const QString &value)
    {
        if (tag == u"ontology") {
            // "ncbitaxon/subsets/taxslim": the ontology is the first part.
            m_file.ontology = value.section(u'/', 0, 0).toLower();
            if (value.contains(u'/') && m_file.title.isEmpty())
                m_file.title = value;
        } else if (tag == u"data-version") {
            m_file.version = versionFrom(value);
        } else if (tag == u"dcterms-license" || tag == u"license") {
            m_file.licence = firstToken(value);
        } else if (tag == u"property_value") {
            // property_value: owl:versionInfo "2026-01-16" xsd:string
            const QString property = firstToken(value);
            const QString rest = value.mid(property.size()).trimmed();
            QString text;
            if (rest.startsWith(u'"')) {
                std::optional<QString> q = quoted(rest);
                if (!q)
                    return false;
                text = *q;
            } else {
                text = firstToken(rest);
            }
            if (property == u"owl:versionInfo" && m_file.version.isEmpty())
                m_file.version = versionFrom(text);
            else if (property.endsWith(u"title") && (property.startsWith(u"dc") || property.contains(u"purl.org/dc")))
                m_file.title = TermText::clean(text);
            else if (property.endsWith(u"license") && (property.startsWith(u"dc") || property.contains(u"purl.org/dc")))
                m_file.licence = text;
        }
        return true;
    }

    bool handleTermTag(const QString &tag, const QString &value)
    {
        if (tag == u"id") {
            m_term.iri = iriOfIdentifier(value);
            m_term.curie = TermIds::looksLikeIri(value) ? TermIds::curieFromIri(value) : value;
            m_rawId = value;
        } else if (tag == u"name") {
            m_term.label = TermText::clean(unescaped(value));
        } else if (tag == u"def") {
            std::optional<QString> text = quoted(value);
            if (!text)
                return false;
            m_term.definition = text->trimmed();
        } else if (tag == u"synonym") {
            QString rest;
            std::optional<QString> text = quoted(value, &rest);
            if (!text)
                return false;
            const QString scope = firstToken(rest);
            TermEntry::Scope parsed = TermEntry::Scope::Related; // the OBO default
            if (scope == u"EXACT")
                parsed = TermEntry::Scope::Exact;
            else if (scope == u"NARROW")
                parsed = TermEntry::Scope::Narrow;
            else if (scope == u"BROAD")
                parsed = TermEntry::Scope::Broad;
            addSynonym(*text, parsed);
        } else if (tag == u"exact_synonym" || tag == u"related_synonym" || tag == u"narrow_synonym" || tag == u"broad_synonym") {
            std::optional<QString> text = quoted(value);
            if (!text)
                return false;
            static const QHash<QString, TermEntry::Scope> scopes{{u"exact_synonym"_s, TermEntry::Scope::Exact},
                                                                 {u"related_synonym"_s, TermEntry::Scope::Related},
                                                                 {u"narrow_synonym"_s, TermEntry::Scope::Narrow},
                                                                 {u"broad_synonym"_s, TermEntry::Scope::Broad}};
            addSynonym(*text, scopes.value(tag));
        } else if (tag == u"is_a") {
            addParent(firstToken(value), TermEntry::Relation::IsA);
        } else if (tag == u"relationship") {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() >= 2 && isPartOf(parts.at(0)))
                addParent(parts.at(1), TermEntry::Relation::PartOf);
        } else if (tag == u"is_obsolete") {
            m_term.obsolete = value.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (tag == u"replaced_by") {
            m_term.replacedBy = firstToken(value);
        } else if (tag == u"alt_id") {
            const QString id = firstToken(value);
            if (m_term.altIds.size() >= m_limits.maxAltIdsPerTerm)
                ++m_termAltIdsDropped;
            else if (TermIds::looksLikeCurie(id))
                m_term.altIds.append(id);
        }
        return true;
    }

    static bool isPartOf(const QString &relation)
    {
        return relation == u"part_of" || relation == u"BFO:0000050" || relation == u"BFO_0000050" || relation == kPartOfIri;
    }

    void addSynonym(const QString &text, TermEntry::Scope scope)
    {
        const QString cleaned = TermText::clean(text);
        if (cleaned.isEmpty() || cleaned.size() > m_limits.maxLabelLength)
            return;
        if (m_term.synonyms.size() >= m_limits.maxSynonymsPerTerm) {
            ++m_termSynonymsDropped;
            return;
        }
        m_term.synonyms.append({cleaned, scope});
    }

    void addParent(const QString &id, TermEntry::Relation relation)
    {
        const QString iri = iriOfIdentifier(id);
        if (iri.isEmpty())
            return;
        if (m_term.parents.size() >= m_limits.maxParentsPerTerm) {
            ++m_termParentsDropped;
            return;
        }
        m_term.parents.append({iri, relation});
    }

    // Finishes the [Term] being read, if any: checks it and adds it (or merges
    // it into an earlier stanza with the same id).
    bool endStanza()
    {
        if (m_stanza != Stanza::Term)
            return true;
        m_stanza = Stanza::Other;
        TermEntry term = std::move(m_term);
        m_term = TermEntry();
        const QString rawId = std::exchange(m_rawId, QString());
        if (term.iri.isEmpty()) {
            warn(m_termLine,
                 rawId.isEmpty()
                     ? OboReader::tr("a [Term] without an id was left out.")
                     : OboReader::tr("the term \"%1\" was left out: its id is neither a CURIE nor an IRI.").arg(rawId.left(80)));
            return true;
        }
        if (term.label.size() > m_limits.maxLabelLength) {
            warn(m_termLine, OboReader::tr("the term %1 was left out: its name is longer than %2 characters.")
                                 .arg(rawId, QString::number(m_limits.maxLabelLength)));
            return true;
        }
        if (term.definition.size() > m_limits.maxDefinitionLength) {
            term.definition.truncate(m_limits.maxDefinitionLength);
            warn(m_termLine,
                 OboReader::tr("the definition of %1 was cut at %2 characters.").arg(rawId, QString::number(m_limits.maxDefinitionLength)));
        }
        if (m_termSynonymsDropped > 0)
            warn(m_termLine, OboReader::tr("%1 has more than %2 synonyms; %3 were left out.")
                                 .arg(rawId, QString::number(m_limits.maxSynonymsPerTerm), QString::number(m_termSynonymsDropped)));
        if (m_termParentsDropped > 0)
            warn(m_termLine, OboReader::tr("%1 has more than %2 parents; %3 were left out.")
                                 .arg(rawId, QString::number(m_limits.maxParentsPerTerm), QString::number(m_termParentsDropped)));
        if (m_termAltIdsDropped > 0)
            warn(m_termLine, OboReader::tr("%1 has more than %2 alternative ids; %3 were left out.")
                                 .arg(rawId, QString::number(m_limits.maxAltIdsPerTerm), QString::number(m_termAltIdsDropped)));
        term.ontology = term.curie.isEmpty() ? m_file.ontology : TermIds::ontologyFromCurie(term.curie);

        const auto earlier = m_indexByIri.constFind(term.iri);
        if (earlier != m_indexByIri.constEnd()) {
            merge(m_file.terms[*earlier], std::move(term));
            return true;
        }
        if (term.label.isEmpty()) {
            // Kept aside: a later stanza with the same id may give the name.
            m_unnamed.insert(term.iri);
        }
        if (m_file.terms.size() >= m_limits.maxTerms) {
            setError(
                m_termLine,
                OboReader::tr("the file holds more than %1 terms, more than Metafill takes from one file. Split it, or import a subset.")
                    .arg(m_limits.maxTerms));
            return false;
        }
        m_indexByIri.insert(term.iri, m_file.terms.size());
        m_file.terms.append(std::move(term));
        return true;
    }

    void merge(TermEntry &into, TermEntry &&from)
    {
        if (into.label.isEmpty())
            into.label = from.label;
        if (into.definition.isEmpty())
            into.definition = from.definition;
        into.obsolete = into.obsolete || from.obsolete;
        if (into.replacedBy.isEmpty())
            into.replacedBy = from.replacedBy;
        for (TermEntry::Synonym &synonym : from.synonyms) {
            if (into.synonyms.size() < m_limits.maxSynonymsPerTerm)
                into.synonyms.append(std::move(synonym));
        }
        for (TermEntry::Parent &parent : from.parents) {
            if (into.parents.size() < m_limits.maxParentsPerTerm)
                into.parents.append(std::move(parent));
        }
        for (QString &alt : from.altIds) {
            if (into.altIds.size() < m_limits.maxAltIdsPerTerm)
                into.altIds.append(std::move(alt));
        }
    }

    // Terms that never got a name are dropped at the end (a name may come in a
    // later stanza with the same id).
    void dropUnnamed()
    {
        if (m_unnamed.isEmpty())
            return;
        qsizetype dropped = 0;
        QList<TermEntry> kept;
        kept.reserve(m_file.terms.size());
        for (TermEntry &term : m_file.terms) {
            if (term.label.isEmpty())
                ++dropped;
            else
                kept.append(std::move(term));
        }
        m_file.terms = std::move(kept);
        if (dropped > 0)
            m_warnings.add(
                OboReader::tr("%1: %n term(s) without a name were left out.", nullptr, int(std::min<qsizetype>(dropped, INT_MAX)))
                    .arg(m_path));
    }

    enum class Stanza { Header, Term, Other };

    QByteArrayView m_bytes;
    QString m_path;
    const TermReadLimits &m_limits;
    TermWarnings m_warnings;
    TermFile m_file;
    QString m_error;

    qsizetype m_position = 0;
    qsizetype m_lineNumber = 0;
    qsizetype m_nextLineNumber = 1;

    Stanza m_stanza = Stanza::Header;
    TermEntry m_term;
    QString m_rawId;
    qsizetype m_termLine = 0;
    qsizetype m_termSynonymsDropped = 0;
    qsizetype m_termParentsDropped = 0;
    qsizetype m_termAltIdsDropped = 0;
    QHash<QString, qsizetype> m_indexByIri;
    QSet<QString> m_unnamed;
};

} // namespace

Result<TermFile> OboReader::parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits)
{
    OboParser parser(bytes, path, limits);
    return parser.run();
}

} // namespace metafill
