#include "TermService.h"

#include "record/TermIds.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

// What OLS can be asked to look up: a CURIE, an IRI or a short form "FBbi_00000246".
bool looksLikeId(const QString &text)
{
    static const QRegularExpression shortForm(uR"(^[A-Za-z][A-Za-z0-9]*_[0-9A-Za-z]+$)"_s);
    const QString t = text.trimmed();
    return TermIds::looksLikeCurie(t) || TermIds::looksLikeIri(t) || shortForm.match(t).hasMatch();
}

} // namespace

Status TermService::open(const Options &options)
{
    m_options = options;
    m_warnings.clear();
    QString installed = options.installedIndex;
    if (!installed.isEmpty() && !QFileInfo::exists(installed)) {
        m_warnings.append(tr("the offline term index %1 is missing; offline search covers only term packs and terms seen online")
                              .arg(QDir::toNativeSeparators(installed)));
        installed.clear();
    }
    if (const Status opened = m_index.open(installed, options.userStore); !opened)
        return opened;
    if (!options.offline) {
        m_ols = std::make_unique<OlsClient>(options.ols);
        if (const Status &check = m_ols->settingsCheck(); !check)
            return check;
    }
    return Done{};
}

void TermService::remember(const QList<OntologyTerm> &terms)
{
    // The cache is a convenience: a full or locked store must not turn an
    // answer into a failure.
    if (!terms.isEmpty())
        (void)m_index.remember(terms);
}

QString TermService::unreachableReason() const
{
    std::lock_guard lock(m_mutex);
    return m_unreachable;
}

void TermService::noteFailure(const OlsError &error)
{
    if (!error.meansUnreachable())
        return;
    std::lock_guard lock(m_mutex);
    if (m_unreachable.isEmpty())
        m_unreachable = error.message;
}

TermAnswer TermService::offlineAnswer(const TermQuery &query, const QString &reason)
{
    TermAnswer answer;
    answer.fallbackReason = reason;
    if (Result<QList<OntologyTerm>> found = m_index.search(query))
        answer.terms = std::move(found).value();
    else if (answer.fallbackReason.isEmpty())
        answer.fallbackReason = found.error();
    else
        answer.fallbackReason += u"; "_s + found.error();
    return answer;
}

TermAnswer TermService::search(const TermQuery &query)
{
    if (looksLikeId(query.text)) {
        TermAnswer origin;
        const Result<std::optional<OntologyTerm>> found = lookup(query.text, &origin);
        if (found && *found) {
            origin.terms = {**found};
            return origin;
        }
        // Not known as an id anywhere: it may still be words ("GFP_1").
    }
    if (!m_ols)
        return offlineAnswer(query, QString());
    if (const QString reason = unreachableReason(); !reason.isEmpty())
        return offlineAnswer(query, reason);
    const OlsResult result = m_ols->search(query).wait(m_options.deadline);
    if (!result.ok()) {
        noteFailure(*result.error);
        return offlineAnswer(query, result.error->message);
    }
    remember(result.terms);
    TermAnswer answer;
    answer.fromOls = true;
    answer.terms = mergeOfflineOnly(query, result.terms);
    return answer;
}

QList<OntologyTerm> TermService::mergeOfflineOnly(const TermQuery &query, const QList<OntologyTerm> &online)
{
    const Result<QList<OntologyTerm>> offline = m_index.search(query);
    if (!offline || offline->isEmpty())
        return online;
    QSet<QString> known;
    for (const OntologyTerm &term : online)
        known.insert(term.iri);
    const QString text = query.text.trimmed();
    QList<OntologyTerm> exact;
    QList<OntologyTerm> others;
    for (const OntologyTerm &term : *offline) {
        if (known.contains(term.iri))
            continue;
        const bool isExact = term.label.compare(text, Qt::CaseInsensitive) == 0 || term.matchedSynonym.compare(text, Qt::CaseInsensitive) == 0;
        (isExact ? exact : others).append(term);
    }
    QList<OntologyTerm> merged = exact + online + others;
    if (query.limit > 0 && merged.size() > query.limit)
        merged.resize(query.limit);
    return merged;
}

Result<std::optional<OntologyTerm>> TermService::lookup(const QString &id, TermAnswer *origin)
{
    using R = Result<std::optional<OntologyTerm>>;
    const Result<std::optional<OntologyTerm>> local = m_index.lookup(id.trimmed());
    if (local && *local)
        return local;
    const QString unreachable = unreachableReason();
    if (!m_ols || !unreachable.isEmpty()) {
        if (origin)
            origin->fallbackReason = unreachable;
        if (!local)
            return local;
        return R(std::nullopt);
    }
    const OlsResult result = m_ols->lookup(id.trimmed()).wait(m_options.deadline);
    if (!result.ok()) {
        noteFailure(*result.error);
        if (origin)
            origin->fallbackReason = result.error->message;
        if (!local)
            return R::failure(result.error->message);
        return R(std::nullopt);
    }
    if (origin)
        origin->fromOls = true;
    remember(result.terms);
    if (result.notFound || result.terms.isEmpty())
        return R(std::nullopt);
    return R(result.terms.first());
}

} // namespace metafill
