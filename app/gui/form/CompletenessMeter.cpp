#include "CompletenessMeter.h"

#include "record/RecordValidator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace metafill::gui {

CompletenessMeter::CompletenessMeter(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"completenessMeter"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"completenessBar"_s);
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%p % complete"));
    m_bar->setTextVisible(true);
    // Room for "100 % complete" in the bar in any language.
    m_bar->setFixedWidth(m_bar->fontMetrics().horizontalAdvance(m_bar->format().replace(u"%p"_s, u"100"_s)) + 48);
    m_bar->setAccessibleName(tr("Completeness"));
    layout->addWidget(m_bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"completenessSummary"_s);
    layout->addWidget(m_summary);
}

void CompletenessMeter::setReport(const ValidationReport &report)
{
    m_bar->setValue(report.completenessPercent());
    const int requiredMissing = report.requiredTotal - report.requiredFilled;
    int wrongValues = 0;
    for (const ValidationReport::Problem &problem : report.problems)
        wrongValues += problem.isError && !problem.isEmpty ? 1 : 0;
    QStringList parts;
    if (requiredMissing > 0)
        parts.append(tr("%n required field(s) empty", nullptr, requiredMissing));
    else
        parts.append(tr("all required fields filled"));
    if (wrongValues > 0)
        parts.append(tr("%n value(s) with problems", nullptr, wrongValues));
    m_summary->setText(parts.join(u" · "_s));
    const QString details = tr("%1 of %2 required and %3 of %4 recommended fields filled.")
                                .arg(report.requiredFilled)
                                .arg(report.requiredTotal)
                                .arg(report.recommendedFilled)
                                .arg(report.recommendedTotal);
    setToolTip(details);
    m_bar->setAccessibleDescription(details);
}

int CompletenessMeter::percent() const
{
    return m_bar->value();
}

QString CompletenessMeter::summary() const
{
    return m_summary->text();
}

} // namespace metafill::gui
