#pragma once

#include "TemplateCatalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace metafill::gui {

// Choosing the template to fill: the recent ones first, then those in the
// facility's and the user's folders and the built-in ones, with title,
// version and description; or any file. Folders are scanned off the UI
// thread, so a slow network share shows "Looking for templates…" instead of
// freezing the window.
class TemplateChooser final : public QDialog
{
    Q_OBJECT

public:
    TemplateChooser(const QStringList &searchPath, const QStringList &recentTemplates, QWidget *parent = nullptr);

    // The chosen template file; empty when cancelled.
    QString chosenPath() const { return m_chosen; }
    // True once the folders were scanned (for tests).
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();

private:
    void showSummaries(const QList<TemplateSummary> &summaries);
    void showDetails();
    void filter(const QString &text);
    void accept() override;
    void openFile();

    QStringList m_recent;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QLabel *m_status;
    QString m_chosen;
    bool m_loaded = false;
};

} // namespace metafill::gui
