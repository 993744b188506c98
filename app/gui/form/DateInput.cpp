#include "DateInput.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

DateInput::DateInput(const FieldSpec &field, QWidget *parent) : LineInput(field, parent)
{
    m_button = new QToolButton(this);
    m_button->setObjectName(u"calendarButton"_s);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down reaches it from the text
    m_button->setToolTip(tr("Pick from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    layout()->addWidget(m_button);
    // ValueInput already filters the line edit's events (focus); eventFilter() adds Alt+Down and F4.
    connect(m_button, &QToolButton::clicked, this, &DateInput::openCalendar);
}

void DateInput::setReadOnly(bool readOnly)
{
    LineInput::setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

bool DateInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && !m_edit->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) || key->key() == Qt::Key_F4) {
            openCalendar();
            return true;
        }
    }
    return LineInput::eventFilter(watched, event);
}

QCalendarWidget *DateInput::calendar() const
{
    return m_calendar;
}

void DateInput::openCalendar()
{
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(1, 1, 1, 1);
    m_calendar = new QCalendarWidget(popup);
    m_calendar->setObjectName(u"calendar"_s);
    m_calendar->setGridVisible(true);
    layout->addWidget(m_calendar);
    // The date the field holds, else today: both where people start looking.
    QDate start = QDate::currentDate();
    if (const Reading now = read(); now.state == Reading::State::Valid) {
        if (const auto *date = std::get_if<QDate>(&now.value))
            start = *date;
        else if (const auto *dateTime = std::get_if<QDateTime>(&now.value))
            start = dateTime->date();
    }
    m_calendar->setSelectedDate(start);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateInput::pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateInput::pick);

    QPoint where = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    const QSize size = popup->sizeHint();
    if (const QScreen *screen = m_edit->screen()) {
        const QRect available = screen->availableGeometry();
        where.setX(std::clamp(where.x(), available.left(), std::max(available.left(), available.right() - size.width())));
        if (where.y() + size.height() > available.bottom())
            where.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - size.height());
    }
    popup->move(where);
    popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateInput::pick(const QDate &date)
{
    QString text = date.toString(Qt::ISODate);
    if (field().type == FieldType::DateTime) {
        // Keep a time already typed; a new date and time starts at midnight.
        QString time = u"00:00"_s;
        if (const Reading now = read(); now.state == Reading::State::Valid) {
            if (const auto *dateTime = std::get_if<QDateTime>(&now.value))
                time = dateTime->time().toString(dateTime->time().second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
        }
        text += u' ' + time;
    }
    if (m_calendar)
        m_calendar->window()->close();
    m_edit->setText(text);
    m_edit->setFocus(Qt::PopupFocusReason);
    emit edited();
    emit editingFinished();
}

} // namespace metafill::gui
