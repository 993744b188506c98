#include "MainWindow.h"

#include "omero/OmeroKeys.h"
#include "template/TemplateLoader.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

constexpr int FieldRole = Qt::UserRole + 1;

QString requirementText(Requirement r)
{
    switch (r) {
    case Requirement::Required:
        return MainWindow::tr("required");
    case Requirement::Recommended:
        return MainWindow::tr("recommended");
    case Requirement::Optional:
        return MainWindow::tr("optional");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Metafill"));
    setObjectName(u"MainWindow"_s);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(u"templateSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_outline = new QTreeWidget(splitter);
    m_outline->setObjectName(u"templateOutline"_s);
    m_outline->setHeaderLabels({tr("Field"), tr("Type"), tr("Requirement"), tr("OMERO key")});
    m_outline->setAlternatingRowColors(true);
    m_outline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"fieldDetails"_s);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open Template…"), this, &MainWindow::openTemplate);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_outline, &QTreeWidget::currentItemChanged, this, &MainWindow::showDetails);
    resize(1100, 720);
}

void MainWindow::showTemplate(const Template &t)
{
    m_template = t;
    m_outline->clear();
    for (const SectionSpec &section : t.sections) {
        if (section.hidden)
            continue;
        auto *sectionItem = new QTreeWidgetItem(m_outline, {section.label.localized()});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        if (section.perChannel)
            sectionItem->setText(1, tr("one per channel"));
        else if (section.isRepeatable())
            sectionItem->setText(1, tr("repeatable"));
        if (section.isOptional())
            sectionItem->setText(2, tr("optional section"));
        for (const FieldSpec &field : section.fields) {
            if (field.hidden)
                continue;
            auto *item = new QTreeWidgetItem(sectionItem, {field.label.localized(), FieldTypes::name(field.type),
                                                           requirementText(field.requirement), OmeroKeys::keyPattern(section, field)});
            item->setData(0, FieldRole, QString(section.key + u'.' + field.key));
            item->setToolTip(0, field.help.localized());
        }
    }
    m_outline->expandAll();
    if (QTreeWidgetItem *first = m_outline->topLevelItem(0); first && first->childCount() > 0)
        m_outline->setCurrentItem(first->child(0));
    m_summary->setText(tr("<b>%1</b> — version %2, %n field(s)", nullptr, t.fieldCount()).arg(t.title.localized().toHtmlEscaped(), t.version));
    setWindowTitle(tr("%1 — Metafill").arg(t.title.localized()));
    statusBar()->showMessage(tr("Loaded %1").arg(t.filePath), 5000);
}

void MainWindow::openTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Template"), QString(), tr("Metafill templates (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    TemplateLoader loader;
    const auto outcome = loader.load(path);
    if (!outcome.result) {
        m_details->setHtml(u"<h3>"_s + tr("This template has errors").toHtmlEscaped() + u"</h3><pre>"_s
                           + outcome.diagnostics.toString().toHtmlEscaped() + u"</pre>"_s);
        statusBar()->showMessage(tr("%n problem(s) in %1", nullptr, outcome.diagnostics.errorCount()).arg(path));
        return;
    }
    showTemplate(*outcome.result);
}

void MainWindow::showDetails()
{
    const QTreeWidgetItem *item = m_outline->currentItem();
    if (!item || !m_template)
        return;
    const QString path = item->data(0, FieldRole).toString();
    const FieldSpec *field = m_template->field(path.section(u'.', 0, 0), path.section(u'.', 1));
    if (!field) {
        m_details->clear();
        return;
    }
    QString html = u"<h3>%1</h3><p><code>%2</code></p><p>%3</p>"_s.arg(field->label.localized().toHtmlEscaped(), path.toHtmlEscaped(),
                                                                      field->help.localized().toHtmlEscaped());
    if (field->type == FieldType::Quantity)
        html += u"<p>"_s + tr("Unit: %1 (allowed: %2)").arg(field->unit, field->units.join(u", "_s)).toHtmlEscaped() + u"</p>"_s;
    if (field->type == FieldType::Term && !field->ontology.ontologies.isEmpty())
        html += u"<p>"_s + tr("Ontologies: %1").arg(field->ontology.ontologies.join(u", "_s)).toHtmlEscaped() + u"</p>"_s;
    if (field->type == FieldType::Choice) {
        QStringList choices;
        for (const Choice &c : field->choices)
            choices.append(c.label.isEmpty() ? c.value : c.label.localized());
        html += u"<p>"_s + tr("Choices: %1").arg(choices.join(u", "_s)).toHtmlEscaped() + u"</p>"_s;
    }
    m_details->setHtml(html);
}

} // namespace metafill::gui
