#include "InstanceBox.h"

#include "FieldEditor.h"
#include "FormContext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

QToolButton *actionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Out of the Tab order: the shortcut reaches it from any field of the
    // instance, and two more stops per author would slow everyone down.
    button->setFocusPolicy(Qt::ClickFocus);
    return button;
}

} // namespace

QKeySequence InstanceBox::duplicateShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
}

QKeySequence InstanceBox::removeShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
}

QString InstanceBox::title(const SectionSpec &section, int instance)
{
    // Where the template names instances from 0 ("Channel 0 - …", as OME
    // does), the form counts the same way, so what people see matches the export.
    const bool fromZero = section.instanceKey.contains(u"{index}"_s);
    return tr("%1 %2").arg(section.label.localized()).arg(fromZero ? instance : instance + 1);
}

InstanceBox::InstanceBox(const SectionSpec &section, int instance, const FormContext *context, QWidget *parent)
    : QFrame(parent)
    , m_section(section)
    , m_instance(instance)
{
    const QString pathText = u"%1[%2]"_s.arg(section.key).arg(instance);
    setObjectName(u"instance:"_s + pathText);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);

    if (section.isRepeatable()) {
        setFrameShape(QFrame::StyledPanel);
        auto *header = new QHBoxLayout;
        header->setContentsMargins(0, 0, 0, 0);
        const QString name = title(section, instance);
        auto *caption = new QLabel(name, this);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        header->addWidget(caption);
        header->addStretch(1);

        m_duplicate = new QAction(tr("Duplicate"), this);
        m_duplicate->setShortcut(duplicateShortcut());
        m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_duplicate->setToolTip(tr("Add a copy of %1 below it (%2)").arg(name, duplicateShortcut().toString(QKeySequence::NativeText)));
        addAction(m_duplicate);
        header->addWidget(actionButton(m_duplicate, u"duplicate:"_s + pathText, this));

        m_remove = new QAction(tr("Remove"), this);
        m_remove->setShortcut(removeShortcut());
        m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_removeToolTip = tr("Remove %1 and its values (%2; Undo brings it back)").arg(name, removeShortcut().toString(QKeySequence::NativeText));
        m_remove->setToolTip(m_removeToolTip);
        addAction(m_remove);
        header->addWidget(actionButton(m_remove, u"remove:"_s + pathText, this));
        layout->addLayout(header);

        connect(m_duplicate, &QAction::triggered, this, [this] { emit duplicateRequested(m_instance); });
        connect(m_remove, &QAction::triggered, this, [this] { emit removeRequested(m_instance); });
    } else {
        setFrameShape(QFrame::NoFrame);
        layout->setContentsMargins(0, 0, 0, 0);
    }

    // The frame and its margins push the fields right; narrower labels put
    // the inputs back in line with those of sections without boxes.
    const int indent = layout->contentsMargins().left() + frameWidth();
    for (const FieldSpec &field : section.fields) {
        if (field.hidden)
            continue;
        auto *editor = new FieldEditor(section, field, instance, context, this);
        if (indent > 0)
            editor->setLabelWidth(context->labelWidth - indent);
        layout->addWidget(editor);
        m_editors.append(editor);
    }
}

FieldEditor *InstanceBox::editor(const QString &fieldKey) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->path().field == fieldKey)
            return editor;
    }
    return nullptr;
}

QList<QWidget *> InstanceBox::tabStops() const
{
    QList<QWidget *> stops;
    for (const FieldEditor *editor : m_editors)
        stops.append(editor->tabStops());
    return stops;
}

void InstanceBox::refresh()
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->refresh();
}

void InstanceBox::setRemovable(bool removable, const QString &whyNot)
{
    if (!m_remove)
        return;
    m_remove->setEnabled(removable);
    m_remove->setToolTip(removable || whyNot.isEmpty() ? m_removeToolTip : whyNot);
}

void InstanceBox::setDuplicable(bool duplicable)
{
    if (m_duplicate)
        m_duplicate->setEnabled(duplicable);
}

} // namespace metafill::gui
