#include "SectionOutline.h"

#include "SectionCompleteness.h"
#include "template/SectionSpec.h"

#include <QHeaderView>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;
constexpr int StateRole = Qt::UserRole + 3;
} // namespace

SectionOutline::SectionOutline(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"formOutline"_s);
    setAccessibleName(tr("Sections"));
    setColumnCount(2);
    setHeaderLabels({tr("Section"), tr("Filled")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setToolTip(tr("Enter or a click goes to a section. In the form, Ctrl+Page Down and Ctrl+Page Up move to the next and "
                  "previous section."));

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && !m_following)
            emit sectionShown(current->data(0, KeyRole).toString());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { emit sectionEntered(item->data(0, KeyRole).toString()); });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { emit sectionEntered(item->data(0, KeyRole).toString()); });
}

void SectionOutline::setSections(const QList<const SectionSpec *> &sections)
{
    m_following = true;
    clear();
    for (const SectionSpec *section : sections) {
        auto *item = new QTreeWidgetItem(this, {section->label.localized()});
        item->setData(0, KeyRole, section->key);
        item->setData(0, LabelRole, section->label.localized());
        item->setToolTip(0, section->help.localized());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_following = false;
}

QTreeWidgetItem *SectionOutline::item(const QString &sectionKey) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, KeyRole).toString() == sectionKey)
            return topLevelItem(i);
    }
    return nullptr;
}

void SectionOutline::setCompleteness(const QString &sectionKey, const SectionCompleteness &completeness, int instances, bool repeatable)
{
    QTreeWidgetItem *it = item(sectionKey);
    if (!it)
        return;
    const QString label = it->data(0, LabelRole).toString();
    const QString text = repeatable ? tr("%1 (%2)").arg(label).arg(instances) : label;
    if (it->text(0) != text)
        it->setText(0, text);
    if (it->text(1) != completeness.shortText())
        it->setText(1, completeness.shortText());
    if (const QString tip = completeness.description(); it->toolTip(1) != tip)
        it->setToolTip(1, tip);
    // An icon, not a colour: it says the same on every theme and to people who do not see red.
    const int state = completeness.requiredMissing() > 0 ? 1 : (completeness.total() > 0 && completeness.isComplete() ? 2 : 0);
    if (it->data(1, StateRole).toInt() != state || it->data(1, StateRole).isNull()) {
        if (m_warningIcon.isNull()) { // made once: a style makes a new icon each time it is asked
            m_warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            m_completeIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        }
        it->setData(1, StateRole, state);
        it->setIcon(1, state == 1 ? m_warningIcon : state == 2 ? m_completeIcon : QIcon());
    }
    const QString missing = completeness.requiredMissing() > 0 ? tr("%n required field(s) empty", nullptr, completeness.requiredMissing())
                                                             : QString();
    const QString spoken = missing.isEmpty() ? completeness.shortText() : missing;
    if (it->data(1, Qt::AccessibleTextRole).toString() != spoken)
        it->setData(1, Qt::AccessibleTextRole, spoken);
}

void SectionOutline::setCurrentSection(const QString &sectionKey)
{
    QTreeWidgetItem *it = item(sectionKey);
    if (!it || it == currentItem())
        return;
    m_following = true;
    setCurrentItem(it);
    m_following = false;
}

QString SectionOutline::currentSection() const
{
    return currentItem() ? currentItem()->data(0, KeyRole).toString() : QString();
}

} // namespace metafill::gui
