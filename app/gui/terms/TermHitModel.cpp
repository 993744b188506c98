#include "TermHitModel.h"

using namespace Qt::StringLiterals;

namespace metafill::gui {

void TermHitModel::setHits(const QList<OntologyTerm> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int TermHitModel::rowOfIri(const QString &iri) const
{
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).iri == iri)
            return row;
    }
    return -1;
}

int TermHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant TermHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const OntologyTerm &term = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return term.label;
    case Qt::ToolTipRole:
        return toolTip(term);
    case Qt::AccessibleTextRole:
        return accessibleText(term);
    case CurieRole:
        return term.curie.isEmpty() ? term.iri : term.curie;
    case OntologyRole:
        return term.ontology;
    case DefinitionRole:
        return term.definition;
    case MatchedSynonymRole:
        return term.matchedSynonym;
    case ObsoleteRole:
        return term.obsolete;
    case ReplacedByRole:
        return term.replacedBy;
    default:
        return {};
    }
}

// The whole definition (the list shows one elided line), the synonyms and
// where the term lives, for someone deciding between two similar terms.
QString TermHitModel::toolTip(const OntologyTerm &term) const
{
    QString html = u"<p><b>%1</b><br>%2 · %3</p>"_s.arg(term.label.toHtmlEscaped(),
        (term.curie.isEmpty() ? term.iri : term.curie).toHtmlEscaped(), term.ontology.toHtmlEscaped());
    if (term.obsolete) {
        html += u"<p>"_s
            + (term.replacedBy.isEmpty() ? tr("This term is obsolete in its ontology.")
                                         : tr("This term is obsolete in its ontology; it was replaced by %1.").arg(term.replacedBy.toHtmlEscaped()))
            + u"</p>"_s;
    }
    if (!term.definition.isEmpty())
        html += u"<p>%1</p>"_s.arg(term.definition.toHtmlEscaped());
    if (!term.synonyms.isEmpty())
        html += u"<p>"_s + tr("Synonyms: %1").arg(term.synonyms.join(u", "_s).toHtmlEscaped()) + u"</p>"_s;
    html += u"<p>%1<br>%2</p>"_s.arg(term.iri.toHtmlEscaped(),
        term.source == OntologyTerm::Source::Ols ? tr("from the Ontology Lookup Service") : tr("from the offline index"));
    return html;
}

QString TermHitModel::accessibleText(const OntologyTerm &term) const
{
    QStringList parts{term.label, term.curie.isEmpty() ? term.iri : term.curie, term.ontology};
    if (!term.matchedSynonym.isEmpty())
        parts << tr("matched: %1").arg(term.matchedSynonym);
    if (term.obsolete)
        parts << tr("obsolete");
    if (!term.definition.isEmpty())
        parts << term.definition;
    return parts.join(u", "_s);
}

} // namespace metafill::gui
