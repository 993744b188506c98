#pragma once

#include "LineInput.h"

#include <QPointer>

class QCalendarWidget;
class QToolButton;

namespace metafill::gui {

// A date (or date and time) typed as YYYY-MM-DD[ HH:MM], or picked from a
// calendar (the button, Alt+Down or F4). Empty text leaves the field empty.
//
// Not QDateEdit: it cannot be empty, and its per-section typing swallows
// Tab and mangles a date typed straight through ("2025-03-14").
class DateInput final : public LineInput
{
    Q_OBJECT

public:
    DateInput(const FieldSpec &field, QWidget *parent);

    void setReadOnly(bool readOnly) override;
    void openCalendar();
    QCalendarWidget *calendar() const; // while open; for tests

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QDate &date);

    QToolButton *m_button = nullptr;
    // Qt nulls it when the popup (deleted on close) goes. Not a slot on the
    // popup's destroyed(): the popup is this field's child, so that slot ran
    // on a half-destroyed field when the form closed with the calendar open.
    QPointer<QCalendarWidget> m_calendar;
};

} // namespace metafill::gui
