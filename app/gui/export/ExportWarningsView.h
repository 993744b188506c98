#pragma once

#include <QTextBrowser>

namespace metafill::gui {

class ExportPlan;

// The warnings of an export, most serious first: each as one sentence, with
// the fields or images it concerns below it. Inline text that wraps to the
// width and can be selected and copied; never a message box.
class ExportWarningsView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExportWarningsView(QWidget *parent = nullptr);

    void showPlan(const ExportPlan &plan);
    // Every line shown (warnings and their details), for tests and copying.
    QStringList lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addIcons();

    QStringList m_lines;
};

} // namespace metafill::gui
