#pragma once

#include "OntologyTerm.h"

#include <QAbstractListModel>
#include <QList>

namespace metafill::gui {

// The hits of one term search, best first, for the picker's list.
class TermHitModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CurieRole = Qt::UserRole + 1, // QString; the IRI when the term has no CURIE
        OntologyRole,                 // QString: "fbbi"
        DefinitionRole,               // QString, may be empty
        MatchedSynonymRole,           // QString: the synonym the text matched, empty when the label did
        ObsoleteRole,                 // bool
        ReplacedByRole,               // QString
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<OntologyTerm> &hits);
    const QList<OntologyTerm> &hits() const { return m_hits; }
    const OntologyTerm &hit(int row) const { return m_hits.at(row); }
    int rowOfIri(const QString &iri) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const OntologyTerm &term) const;
    QString accessibleText(const OntologyTerm &term) const;

    QList<OntologyTerm> m_hits;
};

} // namespace metafill::gui
