#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace metafill::gui {

class ExportPlan;

// The first rows of the export, byte for byte as the file will begin: as a
// table (what a CSV reader reads back from those bytes) and as raw text.
class ExportPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreview(QWidget *parent = nullptr);

    void showPlan(const ExportPlan &plan);
    // No preview (nothing can be written); `reason` says why.
    void showNothing(const QString &reason);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *text() const { return m_text; }

private:
    void showWhitespace(bool show);

    QLabel *m_caption = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_whitespace = nullptr;
};

} // namespace metafill::gui
