#include "ImageListModel.h"

#include "session/DocumentSession.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

namespace metafill::gui {

ImageListModel::ImageListModel(DocumentSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(m_session, &DocumentSession::changed, this, &ImageListModel::onChanged);
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->imageCount() + 1;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_session->imageCount())
        return {};
    const int scope = scopeOfRow(index.row());
    if (role == ScopeRole)
        return scope;
    if (scope < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All images");
        case Qt::ToolTipRole:
            return tr("Values typed here apply to every image unless an image has its own value.");
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const ImageEntry &entry = m_session->record().images.at(scope);
    const QString problem = m_problems.value(entry.file);
    switch (role) {
    case Qt::DisplayRole:
        return entry.name.isEmpty() ? QFileInfo(entry.file).fileName() : entry.name;
    case Qt::ToolTipRole:
        return problem.isEmpty() ? entry.file : tr("%1\n\nThe header could not be read: %2").arg(entry.file, problem);
    case Qt::DecorationRole:
        if (!problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

void ImageListModel::setProblems(QHash<QString, QString> problemsByFile)
{
    m_problems = std::move(problemsByFile);
    if (rowCount() > 1)
        emit dataChanged(index(1), index(rowCount() - 1));
}

void ImageListModel::addProblems(const QHash<QString, QString> &problemsByFile)
{
    for (auto it = problemsByFile.cbegin(); it != problemsByFile.cend(); ++it)
        m_problems.insert(it.key(), it.value());
    if (rowCount() > 1)
        emit dataChanged(index(1), index(rowCount() - 1));
}

void ImageListModel::onChanged(const RecordChange &change)
{
    // Values do not show in the list; only images coming and going do.
    if (change.kind == RecordChange::Kind::Images || change.kind == RecordChange::Kind::Everything) {
        beginResetModel();
        endResetModel();
    }
}

} // namespace metafill::gui
