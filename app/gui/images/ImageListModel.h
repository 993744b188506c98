#pragma once

#include <QAbstractListModel>
#include <QHash>

namespace metafill::gui {

class DocumentSession;
struct RecordChange;

// The images of the document as a list, led by an "All images" row: row 0 is
// the values every image shares (scope -1), row i + 1 is image i. Rows carry
// their scope in ScopeRole, so views never do that arithmetic themselves.
class ImageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { ScopeRole = Qt::UserRole + 1 };

    explicit ImageListModel(DocumentSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static int scopeOfRow(int row) { return row - 1; }
    static int rowOfScope(int scope) { return scope + 1; }

    // Header problems of the last imports, by image file: shown as a mark with the message.
    void setProblems(QHash<QString, QString> problemsByFile);
    void addProblems(const QHash<QString, QString> &problemsByFile);

private:
    void onChanged(const RecordChange &change);

    DocumentSession *m_session;
    QHash<QString, QString> m_problems;
};

} // namespace metafill::gui
