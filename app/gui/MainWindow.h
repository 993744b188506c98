#pragma once

#include "template/Template.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QTreeWidget;
class QTextBrowser;

namespace metafill::gui {

// The main window. In this first version it shows a template as the form will
// present it: sections, fields, what each requires and which OMERO key it
// writes, with the help text of the selected field.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showTemplate(const Template &t);
    const Template *currentTemplate() const { return m_template ? &*m_template : nullptr; }

private:
    void openTemplate();
    void showDetails();

    std::optional<Template> m_template;
    QTreeWidget *m_outline = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace metafill::gui
