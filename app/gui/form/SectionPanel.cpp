#include "SectionPanel.h"

#include "FieldEditor.h"
#include "FormColors.h"
#include "FormContext.h"
#include "InstanceBox.h"
#include "SectionCompleteness.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

QKeySequence SectionPanel::addShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
}

SectionPanel::SectionPanel(const SectionSpec &section, const FormContext *context, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
    , m_context(context)
{
    setObjectName(u"section:"_s + section.key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(section.label.localized(), this);
    title->setObjectName(u"sectionTitle"_s);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    title->setAccessibleName(section.label.localized());
    titleRow->addWidget(title);
    if (section.isOptional() && !section.isRepeatable()) {
        auto *optional = new QLabel(tr("optional section"), this);
        optional->setForegroundRole(QPalette::PlaceholderText);
        optional->setToolTip(tr("The whole section may be left out. Its required fields count once you start filling it in."));
        titleRow->addWidget(optional, 0, Qt::AlignBaseline);
    }
    titleRow->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"sectionStatus"_s);
    titleRow->addWidget(m_status);
    layout->addLayout(titleRow);

    if (const QString help = section.help.localized(); !help.isEmpty()) {
        auto *helpLabel = new QLabel(help, this);
        helpLabel->setWordWrap(true);
        helpLabel->setTextFormat(Qt::PlainText);
        helpLabel->setForegroundRole(QPalette::PlaceholderText); // quieter than the fields
        layout->addWidget(helpLabel);
    }

    m_instances = new QVBoxLayout;
    m_instances->setContentsMargins(0, 0, 0, 0);
    m_instances->setSpacing(8);
    layout->addLayout(m_instances);
    syncInstances(); // before the Add button, so Tab reaches the fields first

    if (section.isRepeatable()) {
        m_empty = new QLabel(section.perChannel ? tr("No channels yet. They appear when images with channel information are added; "
                                                     "you can also add them by hand.")
                                                : tr("None yet."),
                             this);
        m_empty->setWordWrap(true);
        m_empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(m_empty);

        const QString name = section.label.localized();
        m_add = new QAction(tr("Add %1").arg(name), this);
        m_add->setShortcut(addShortcut());
        m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(m_add);
        connect(m_add, &QAction::triggered, this, &SectionPanel::addInstance);
        m_addButton = new QPushButton(m_add->text(), this);
        m_addButton->setObjectName(u"add:"_s + section.key);
        m_addButton->setToolTip(tr("Add another %1 (%2)").arg(name, addShortcut().toString(QKeySequence::NativeText)));
        m_addButton->setAutoDefault(false);
        connect(m_addButton, &QPushButton::clicked, m_add, &QAction::trigger);
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(m_addButton);
        addRow->addStretch(1);
        layout->addLayout(addRow);
    }
    updateButtons();
}

int SectionPanel::wantedInstances() const
{
    if (!m_section.isRepeatable())
        return 1; // an optional section is there to be filled in, even while empty
    return m_context->session->instanceCount(m_section.key, m_context->scope);
}

bool SectionPanel::syncInstances()
{
    // A record may hold thousands of instances (imported, or made by a
    // script); a form of thousands of boxes would freeze the window.
    const int held = wantedInstances();
    const int wanted = std::min(held, MaxBoxes);
    if (held > MaxBoxes && !m_overflow) {
        m_overflow = new QLabel(this);
        m_overflow->setWordWrap(true);
        m_overflow->setForegroundRole(QPalette::PlaceholderText);
        m_instances->addWidget(m_overflow); // after the boxes, which are inserted before it
    }
    if (m_overflow) {
        m_overflow->setText(tr("Only the first %1 of %2 are shown here.").arg(MaxBoxes).arg(held));
        m_overflow->setVisible(held > MaxBoxes);
    }
    const bool changed = wanted != m_boxes.size();
    while (m_boxes.size() > wanted) {
        InstanceBox *box = m_boxes.takeLast();
        box->hide();
        box->deleteLater(); // the Remove action that brought us here may belong to it
    }
    while (m_boxes.size() < wanted) {
        auto *box = new InstanceBox(m_section, int(m_boxes.size()), m_context, this);
        connect(box, &InstanceBox::duplicateRequested, this, &SectionPanel::duplicateInstance);
        connect(box, &InstanceBox::removeRequested, this, &SectionPanel::removeInstance);
        m_instances->insertWidget(int(m_boxes.size()), box);
        box->show(); // now, not when the layout gets round to it: the focus goes there next
        m_boxes.append(box);
    }
    updateButtons();
    refreshValues();
    if (changed)
        emit instancesChanged(this);
    return changed;
}

void SectionPanel::refreshValues()
{
    for (InstanceBox *box : std::as_const(m_boxes))
        box->refresh();
}

void SectionPanel::updateButtons()
{
    const int count = m_section.isRepeatable() ? wantedInstances() : 1; // also those beyond the boxes shown
    const bool canAdd = m_section.maxCount == 0 || count < m_section.maxCount;
    if (m_add) {
        m_add->setEnabled(canAdd && count < FieldPath::MaxInstances);
        m_addButton->setEnabled(m_add->isEnabled());
    }
    if (m_empty)
        m_empty->setVisible(count == 0);
    // In an image's scope, instances the image takes from the shared values
    // cannot be removed for this image alone: the shared ones would show again.
    const int shared = m_context->scope >= 0 ? m_context->session->instanceCount(m_section.key, -1) : 0;
    for (InstanceBox *box : std::as_const(m_boxes)) {
        const QString name = InstanceBox::title(m_section, box->instance());
        if (box->instance() < shared)
            box->setRemovable(false, tr("%1 comes from \"All images\"; remove it there, or change its values for this image").arg(name));
        else if (count <= m_section.minCount)
            box->setRemovable(false, tr("The template asks for at least %n of these", nullptr, m_section.minCount));
        else
            box->setRemovable(true);
        box->setDuplicable(canAdd);
    }
}

void SectionPanel::setCompleteness(const SectionCompleteness &completeness)
{
    const QString text = completeness.total() == 0 ? QString() : tr("%1 filled").arg(completeness.shortText());
    const bool missing = completeness.requiredMissing() > 0;
    if (m_status->text() == text && m_status->property("requiredMissing").toBool() == missing)
        return; // counted again while someone types: mostly nothing changed
    m_status->setProperty("requiredMissing", missing);
    m_status->setText(text);
    m_status->setToolTip(completeness.description());
    QPalette palette = this->palette();
    if (missing)
        palette.setColor(QPalette::WindowText, FormColors::problemText(palette));
    m_status->setPalette(palette);
}

FieldEditor *SectionPanel::editor(const FieldPath &path) const
{
    if (path.section != m_section.key)
        return nullptr;
    const InstanceBox *box = m_boxes.value(path.instance);
    return box ? box->editor(path.field) : nullptr;
}

QList<QWidget *> SectionPanel::tabStops() const
{
    QList<QWidget *> stops;
    for (const InstanceBox *box : m_boxes)
        stops.append(box->tabStops());
    if (m_addButton)
        stops.append(m_addButton);
    return stops;
}

void SectionPanel::focusInstance(int instance)
{
    if (m_boxes.isEmpty()) {
        if (m_addButton)
            m_addButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    InstanceBox *box = m_boxes.at(std::clamp(instance, 0, int(m_boxes.size()) - 1));
    if (const QList<QWidget *> stops = box->tabStops(); !stops.isEmpty())
        stops.first()->setFocus(Qt::OtherFocusReason);
}

void SectionPanel::addInstance()
{
    const int before = int(m_boxes.size());
    m_context->session->addInstance(m_section.key, m_context->scope);
    // The session's change signal has made the box by now.
    if (m_boxes.size() > before)
        focusInstance(before);
}

void SectionPanel::duplicateInstance(int instance)
{
    const int before = int(m_boxes.size());
    m_context->session->duplicateInstance(m_section.key, instance, m_context->scope);
    if (m_boxes.size() > before)
        focusInstance(instance + 1);
}

void SectionPanel::removeInstance(int instance)
{
    m_context->session->removeInstance(m_section.key, instance, m_context->scope);
    focusInstance(instance);
}

} // namespace metafill::gui
