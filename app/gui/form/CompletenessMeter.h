#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace metafill {
struct ValidationReport;
}

namespace metafill::gui {

// How complete the record is in the scope the form shows: a bar with the
// share of required and recommended fields filled, and in words what is
// still missing and how many values have problems.
class CompletenessMeter final : public QWidget
{
    Q_OBJECT

public:
    explicit CompletenessMeter(QWidget *parent = nullptr);

    void setReport(const ValidationReport &report);
    int percent() const;
    QString summary() const;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace metafill::gui
