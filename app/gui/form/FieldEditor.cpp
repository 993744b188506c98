#include "FieldEditor.h"

#include "FocusChain.h"
#include "FormColors.h"
#include "FormContext.h"
#include "RequirementMark.h"
#include "ValueInput.h"
#include "record/ValueChecker.h"
#include "session/DocumentSession.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// How long a message about half-typed text waits: "https://exa" is not yet
// a web address, and saying so at every keystroke would only distract.
constexpr int MessageDelayMs = 700;

QString requirementName(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return FieldEditor::tr("required");
    case Requirement::Recommended:
        return FieldEditor::tr("recommended");
    case Requirement::Optional:
        return FieldEditor::tr("optional");
    }
    return {};
}

} // namespace

FieldEditor::FieldEditor(const SectionSpec &section, const FieldSpec &field, int instance, const FormContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_section(section)
    , m_field(field)
    , m_path{section.key, instance, field.key}
{
    const QString pathText = m_path.toString(section.isRepeatable());
    setObjectName(u"field:"_s + pathText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    const QString labelText = field.label.isEmpty() ? field.key : field.label.localized();
    m_label = new QLabel(labelText, this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setLabelWidth(context->labelWidth);
    const QString help = field.help.localized();
    m_label->setToolTip(help.isEmpty() ? labelText : help);
    layout->addWidget(m_label, 0, Qt::AlignTop);

    m_requirement = new RequirementMark(field.requirement, context->lineHeight, this);
    layout->addWidget(m_requirement, 0, Qt::AlignTop);

    m_column = new QVBoxLayout;
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(2);
    layout->addLayout(m_column, 1);

    m_mark = new ProvenanceMark(this);
    m_mark->setObjectName(u"provenance:"_s + pathText);
    layout->addWidget(m_mark, 0, Qt::AlignTop);

    addRow();
    m_label->setMinimumHeight(context->lineHeight);
    m_mark->setLineHeight(context->lineHeight);
    tidyRows(false);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setLabelWidth(int width)
{
    m_label->setFixedWidth(width);
    // Wrapped only where needed: wrapping labels cost layout time.
    m_label->setWordWrap(m_label->fontMetrics().horizontalAdvance(m_label->text()) > width);
}

FieldEditor::Row &FieldEditor::addRow()
{
    Row row;
    if (m_field.multiple) {
        row.box = new QWidget(this);
        auto *line = new QHBoxLayout(row.box);
        line->setContentsMargins(0, 0, 0, 0);
        line->setSpacing(2);
        row.input = ValueInput::create(m_field, m_context->lookup, row.box);
        line->addWidget(row.input, 1);
        row.remove = new QToolButton(row.box);
        row.remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        row.remove->setAutoRaise(true);
        row.remove->setFocusPolicy(Qt::NoFocus); // emptying the text removes a value by keyboard
        row.remove->setToolTip(tr("Remove this value"));
        row.remove->setAccessibleName(tr("Remove this value"));
        line->addWidget(row.remove);
        QToolButton *button = row.remove;
        connect(button, &QToolButton::clicked, this, [this, button] {
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).remove == button) {
                    removeRow(i);
                    commit();
                    if (ValueInput *next = m_rows.value(std::min<int>(i, int(m_rows.size()) - 1)).input)
                        next->focusTarget()->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
        });
    } else {
        row.input = ValueInput::create(m_field, m_context->lookup, this);
        row.box = row.input;
    }
    const int index = int(m_rows.size());
    row.input->setObjectName(index == 0 ? u"input"_s : u"input%1"_s.arg(index));
    QString name = m_label->text();
    if (m_field.requirement != Requirement::Optional)
        name = tr("%1 (%2)").arg(name, requirementName(m_field.requirement));
    row.input->describe(name, helpText());
    if (m_readOnly)
        row.input->setReadOnly(true);
    connect(row.input, &ValueInput::edited, this, &FieldEditor::commit);
    connect(row.input, &ValueInput::editingFinished, this, &FieldEditor::onInputFinished);
    m_column->insertWidget(index, row.box);
    row.box->show(); // now, not when the layout gets round to it: Tab goes there next
    if (index > 0) // created after the fields below: put it back in line for Tab
        FocusChain::placeAfter(m_rows.last().input->tabStops().last(), row.input->tabStops());
    m_rows.append(row);
    return m_rows.last();
}

void FieldEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.size() == 1)
        return;
    QWidget *box = m_rows.takeAt(row).box;
    box->hide();
    box->deleteLater(); // its button may be what got us here
}

void FieldEditor::tidyRows(bool focusInside)
{
    if (!m_field.multiple)
        return;
    if (!focusInside) {
        for (int i = int(m_rows.size()) - 2; i >= 0; --i) {
            if (m_rows.at(i).input->read().state == ValueInput::Reading::State::Empty)
                removeRow(i);
        }
    }
    const bool lastIsEmpty = m_rows.last().input->read().state == ValueInput::Reading::State::Empty;
    if (!lastIsEmpty && !m_readOnly)
        addRow();
    for (const Row &row : std::as_const(m_rows))
        row.remove->setVisible(!m_readOnly && row.box != m_rows.last().box);
}

QList<Value> FieldEditor::valuesInInputs() const
{
    QList<Value> values;
    for (const Row &row : m_rows) {
        ValueInput::Reading reading = row.input->read();
        if (reading.state == ValueInput::Reading::State::Valid)
            values.append(std::move(reading.value));
    }
    return values;
}

void FieldEditor::syncInputs(const QList<Value> &values)
{
    if (valuesInInputs() == values)
        return; // keeps the cursor and the person's spelling
    if (!m_field.multiple) {
        m_rows.first().input->showValue(values.isEmpty() ? std::nullopt : std::optional<Value>(values.first()));
        return;
    }
    const int wanted = std::max<int>(1, int(values.size()) + (m_readOnly ? 0 : 1));
    while (m_rows.size() > wanted)
        removeRow(int(m_rows.size()) - 1);
    while (m_rows.size() < wanted)
        addRow();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i).input->showValue(i < values.size() ? std::optional<Value>(values.at(i)) : std::nullopt);
    tidyRows(true);
}

void FieldEditor::refresh()
{
    const DocumentSession *session = m_context->session;
    const int scope = m_context->scope;
    FieldValue shown = session->ownValue(m_path, scope);
    auto origin = ProvenanceMark::Origin::Own;
    if (shown.isEmpty() && scope >= 0) {
        shown = session->ownValue(m_path, -1);
        origin = ProvenanceMark::Origin::Shared;
    }
    if (shown.isEmpty() && !m_field.defaults.isEmpty()) {
        // Nothing stored: the template's default applies (export writes it too).
        shown = FieldValue{m_field.defaults, Provenance{}};
        shown.provenance.kind = Provenance::Kind::Default;
        origin = ProvenanceMark::Origin::TemplateDefault;
    }
    if (shown.isEmpty())
        origin = ProvenanceMark::Origin::None;
    m_mark->setSource(origin, shown.provenance, scope >= 0);
    setReadOnly(origin != ProvenanceMark::Origin::None && shown.provenance.locked);
    if (!m_committing)
        syncInputs(shown.values);
    updateMessage(!m_committing);
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows))
        row.input->setReadOnly(readOnly);
    tidyRows(hasFocusInside());
}

Provenance FieldEditor::typedProvenance() const
{
    Provenance typed; // Kind::Typed
    // Typing over a value read from a file header keeps where it came from,
    // so the mark can keep saying "edited" (and saving keeps it).
    const FieldValue own = m_context->session->ownValue(m_path, m_context->scope);
    if (!own.isEmpty() && (own.provenance.kind == Provenance::Kind::Header || ProvenanceMark::isTypedOverHeader(own.provenance))) {
        typed.file = own.provenance.file;
        typed.image = own.provenance.image;
        typed.query = own.provenance.query;
    }
    return typed;
}

void FieldEditor::commit()
{
    if (m_readOnly || m_context->closing)
        return;
    const QList<Value> values = valuesInInputs();
    FieldValue next;
    if (!values.isEmpty())
        next = FieldValue{values, typedProvenance()};
    m_committing = true;
    m_context->session->setValue(m_path, m_context->scope, next);
    m_committing = false;
    tidyRows(true);
    updateMessage(false);
}

void FieldEditor::onInputFinished()
{
    // Queued: focus has not always settled when an input says it is done.
    QTimer::singleShot(0, this, [this] {
        const bool inside = hasFocusInside();
        tidyRows(inside);
        if (!inside)
            refresh(); // e.g. an image's emptied value shows the shared one again
        updateMessage(true);
    });
}

void FieldEditor::updateMessage(bool immediately)
{
    QStringList problems;
    for (const Row &row : std::as_const(m_rows)) {
        const ValueInput::Reading reading = row.input->read();
        if (reading.state == ValueInput::Reading::State::Invalid) {
            problems.append(tr("%1 — not stored until corrected").arg(reading.error));
        } else if (reading.state == ValueInput::Reading::State::Valid) {
            problems.append(ValueChecker::check(m_field, reading.value));
        }
    }
    if (!m_field.multiple) {
        const int held = int(m_context->session->effectiveValue(m_path, m_context->scope).values.size());
        if (held > 1)
            problems.append(tr("takes one value, but holds %1; only the first is shown").arg(held));
    }
    problems.removeDuplicates();
    const QString text = problems.join(u'\n');
    // Going away, or a message already showing, is news at once; a new complaint waits for a pause.
    if (text.isEmpty() || immediately || !message().isEmpty()) {
        if (m_messageDelay)
            m_messageDelay->stop();
        setMessage(text);
        return;
    }
    m_pendingMessage = text;
    if (!m_messageDelay) {
        m_messageDelay = new QTimer(this);
        m_messageDelay->setSingleShot(true);
        m_messageDelay->setInterval(MessageDelayMs);
        connect(m_messageDelay, &QTimer::timeout, this, [this] { setMessage(m_pendingMessage); });
    }
    m_messageDelay->start();
}

void FieldEditor::setMessage(const QString &text)
{
    if (text.isEmpty()) {
        if (m_message)
            m_message->hide();
        return;
    }
    if (!m_message) {
        m_message = new QLabel(this);
        m_message->setObjectName(u"message:"_s + m_path.toString(m_section.isRepeatable()));
        m_message->setWordWrap(true);
        m_message->setTextFormat(Qt::PlainText);
        m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText, FormColors::problemText(palette));
        m_message->setPalette(palette);
        m_column->addWidget(m_message);
    }
    if (m_message->text() != text) {
        m_message->setText(text);
        m_message->setAccessibleName(text);
    }
    m_message->show();
}

QString FieldEditor::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

QList<QWidget *> FieldEditor::tabStops() const
{
    QList<QWidget *> stops;
    for (const Row &row : m_rows)
        stops.append(row.input->tabStops());
    return stops;
}

QWidget *FieldEditor::focusTarget() const
{
    return m_rows.first().input->focusTarget();
}

ValueInput *FieldEditor::input(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).input : nullptr;
}

bool FieldEditor::hasFocusInside() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus);
}

QString FieldEditor::helpText() const
{
    QString html = u"<b>"_s + (m_field.label.isEmpty() ? m_field.key : m_field.label.localized()).toHtmlEscaped() + u"</b>"_s;
    if (const QString help = m_field.help.localized(); !help.isEmpty())
        html += u"<p>"_s + help.toHtmlEscaped() + u"</p>"_s;
    if (!m_field.examples.isEmpty()) {
        QStringList examples;
        for (const QString &example : m_field.examples)
            examples.append(example.toHtmlEscaped());
        html += u"<p>"_s + tr("Examples: %1").arg(examples.join(u"; "_s)) + u"</p>"_s;
    }
    QStringList facts{requirementName(m_field.requirement)};
    if (m_field.multiple)
        facts.append(tr("several values, one per line"));
    if (m_field.type == FieldType::Quantity && !m_field.unit.isEmpty())
        facts.append(tr("unit: %1").arg(m_field.unit));
    if (!m_field.omeroKey.isEmpty())
        facts.append(tr("OMERO key: %1").arg(m_field.omeroKey.toHtmlEscaped()));
    html += u"<p><i>"_s + facts.join(u" · "_s) + u"</i></p>"_s;
    return html;
}

void FieldEditor::showHelp()
{
    QWidget *anchor = focusTarget();
    QWhatsThis::showText(anchor->mapToGlobal(QPoint(0, anchor->height())), helpText(), anchor);
}

} // namespace metafill::gui
