#include "FieldHelpPanel.h"

#include "record/ValueText.h"
#include "session/DocumentSession.h"

#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

QString requirementText(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return FieldHelpPanel::tr("Required");
    case Requirement::Recommended:
        return FieldHelpPanel::tr("Recommended");
    case Requirement::Optional:
        break;
    }
    return FieldHelpPanel::tr("Optional");
}

QString typeText(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Text:
        return FieldHelpPanel::tr("Text");
    case FieldType::MultilineText:
        return FieldHelpPanel::tr("Text (several lines)");
    case FieldType::Integer:
        return FieldHelpPanel::tr("Whole number");
    case FieldType::Number:
        return FieldHelpPanel::tr("Number");
    case FieldType::Quantity:
        return field.units.isEmpty() ? FieldHelpPanel::tr("Number with a unit")
                                     : FieldHelpPanel::tr("Number with a unit (%1)").arg(field.units.join(u", "_s));
    case FieldType::Choice:
        return FieldHelpPanel::tr("One of a list");
    case FieldType::Boolean:
        return FieldHelpPanel::tr("Yes or no");
    case FieldType::Date:
        return FieldHelpPanel::tr("Date");
    case FieldType::DateTime:
        return FieldHelpPanel::tr("Date and time");
    case FieldType::Term:
        return FieldHelpPanel::tr("Ontology term");
    case FieldType::Url:
        return FieldHelpPanel::tr("Web address");
    case FieldType::Email:
        return FieldHelpPanel::tr("E-mail address");
    case FieldType::Orcid:
        return FieldHelpPanel::tr("ORCID iD");
    }
    return {};
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value);
}

} // namespace

FieldHelpPanel::FieldHelpPanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(u"fieldHelp"_s);
    m_text->setAccessibleName(tr("Field help"));
    m_text->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setPlaceholderText(tr("Click into a field to see what it asks for."));
    connect(m_session, &DocumentSession::changed, this, [this](const RecordChange &change) {
        if (!m_path)
            return;
        if (change.kind == RecordChange::Kind::Value && change.path != *m_path)
            return;
        refresh();
    });
    connect(m_session, &DocumentSession::templateChanged, this, [this] {
        m_path.reset();
        m_text->clear();
    });
}

void FieldHelpPanel::showField(const FieldPath &path, int scope)
{
    m_path = path;
    m_scope = scope;
    refresh();
}

QString FieldHelpPanel::html() const
{
    return m_text->toHtml();
}

void FieldHelpPanel::refresh()
{
    const Template *t = m_session->templ();
    const FieldSpec *field = t && m_path ? t->field(*m_path) : nullptr;
    const SectionSpec *section = t && m_path ? t->section(m_path->section) : nullptr;
    if (!field || !section) {
        m_text->clear();
        return;
    }
    QString html = u"<h3>%1</h3>"_s.arg(field->label.localized().toHtmlEscaped());
    html += u"<p><i>%1</i></p>"_s.arg(section->label.localized().toHtmlEscaped());
    if (!field->help.isEmpty())
        html += u"<p>%1</p>"_s.arg(field->help.localized().toHtmlEscaped());
    html += u"<table cellspacing=\"4\">"_s;
    html += row(tr("Needed"), requirementText(field->requirement).toHtmlEscaped());
    html += row(tr("Type"), typeText(*field).toHtmlEscaped());
    if (field->type == FieldType::Choice && !field->choices.isEmpty()) {
        QStringList labels;
        for (const Choice &choice : field->choices)
            labels.append(choice.label.localized().toHtmlEscaped());
        html += row(tr("Choices"), labels.join(u", "_s));
    }
    if (field->type == FieldType::Term) {
        QString ontologies = field->ontology.ontologies.join(u", "_s).toUpper().toHtmlEscaped();
        if (!field->ontology.roots.isEmpty())
            ontologies += u" — "_s + tr("below %1").arg(field->ontology.roots.join(u", "_s)).toHtmlEscaped();
        if (!ontologies.isEmpty())
            html += row(tr("Ontology"), ontologies);
        html += row(tr("Free text"), (field->ontology.allowFreeText ? tr("allowed, kept as unresolved") : tr("not allowed")).toHtmlEscaped());
    }
    if (field->minimum || field->maximum) {
        const QString low = field->minimum ? ValueText::formatNumber(*field->minimum) : u"…"_s;
        const QString high = field->maximum ? ValueText::formatNumber(*field->maximum) : u"…"_s;
        html += row(tr("Range"), u"%1 – %2"_s.arg(low, high).toHtmlEscaped());
    }
    if (field->multiple)
        html += row(tr("Values"), tr("several allowed").toHtmlEscaped());
    if (!field->examples.isEmpty()) {
        QStringList examples;
        for (const QString &example : field->examples)
            examples.append(example.toHtmlEscaped());
        html += row(tr("Examples"), examples.join(u"<br>"_s));
    }
    html += row(tr("OMERO key"), u"<code>%1</code>"_s.arg(field->omeroKey.toHtmlEscaped()));
    const FieldValue value = m_session->effectiveValue(*m_path, m_scope);
    if (!value.isEmpty()) {
        QString origin = value.provenance.describe().toHtmlEscaped();
        if (m_scope >= 0 && m_session->ownValue(*m_path, m_scope).isEmpty())
            origin += u"<br>"_s + tr("shared by all images").toHtmlEscaped();
        html += row(tr("Value from"), origin);
    }
    html += u"</table>"_s;
    m_text->setHtml(html);
}

} // namespace metafill::gui
