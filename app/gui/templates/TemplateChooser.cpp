#include "TemplateChooser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

enum Column { TitleColumn, VersionColumn, WhereColumn };
constexpr int SummaryRole = Qt::UserRole + 1;

} // namespace

TemplateChooser::TemplateChooser(const QStringList &searchPath, const QStringList &recentTemplates, QWidget *parent)
    : QDialog(parent)
    , m_recent(recentTemplates)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(tr("Looking for templates…"), this))
{
    setWindowTitle(tr("Choose a template"));
    setObjectName(u"templateChooser"_s);
    m_filter->setObjectName(u"templateFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title or id"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setHeaderLabels({tr("Template"), tr("Version"), tr("Where")});
    m_list->setRootIsDecorated(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(VersionColumn, 70);
    m_details->setObjectName(u"templateDetails"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *fromFile = buttons->addButton(tr("Other file…"), QDialogButtonBox::ActionRole);
    connect(fromFile, &QPushButton::clicked, this, &TemplateChooser::openFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateChooser::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_filter, &QLineEdit::textChanged, this, &TemplateChooser::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplateChooser::showDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(TitleColumn, SummaryRole).isValid())
            accept();
    });

    // Reading and checking every template file may take a moment on a network share.
    QPointer<TemplateChooser> self(this);
    QThreadPool::globalInstance()->start([self, searchPath] {
        const QList<TemplateSummary> summaries = TemplateCatalog::newestOnly(TemplateCatalog::scan(searchPath));
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, summaries] {
            if (self)
                self->showSummaries(summaries);
        }, Qt::QueuedConnection);
    });
    m_filter->setFocus();
}

void TemplateChooser::showSummaries(const QList<TemplateSummary> &summaries)
{
    m_list->clear();
    auto *recentGroup = new QTreeWidgetItem(m_list, {tr("Recently used")});
    auto *facilityGroup = new QTreeWidgetItem(m_list, {tr("From your folders")});
    auto *builtinGroup = new QTreeWidgetItem(m_list, {tr("Built in")});
    for (QTreeWidgetItem *group : {recentGroup, facilityGroup, builtinGroup}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(TitleColumn);
        font.setBold(true);
        group->setFont(TitleColumn, font);
    }
    const auto addItem = [](QTreeWidgetItem *group, const TemplateSummary &summary) {
        auto *item = new QTreeWidgetItem(group, {summary.title, summary.version, summary.builtin ? tr("built in") : summary.folder});
        item->setData(TitleColumn, SummaryRole, QVariant::fromValue(summary.path));
        item->setToolTip(TitleColumn, summary.path);
        item->setData(TitleColumn, Qt::UserRole + 2, summary.id);
        item->setData(TitleColumn, Qt::UserRole + 3, summary.description);
        item->setData(TitleColumn, Qt::UserRole + 4, summary.problem);
        item->setData(TitleColumn, Qt::UserRole + 5, summary.fieldCount);
        item->setData(TitleColumn, Qt::UserRole + 6, summary.presetCount);
        if (!summary.problem.isEmpty())
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        return item;
    };
    QHash<QString, TemplateSummary> byPath;
    for (const TemplateSummary &summary : summaries)
        byPath.insert(QFileInfo(summary.path).absoluteFilePath(), summary);
    for (const QString &recent : std::as_const(m_recent)) {
        const auto found = byPath.constFind(QFileInfo(recent).absoluteFilePath());
        if (found != byPath.cend())
            addItem(recentGroup, *found);
    }
    for (const TemplateSummary &summary : summaries)
        addItem(summary.builtin ? builtinGroup : facilityGroup, summary);
    for (QTreeWidgetItem *group : {recentGroup, facilityGroup, builtinGroup}) {
        group->setHidden(group->childCount() == 0);
        group->setExpanded(true);
    }
    m_status->setText(tr("%n template(s) found.", nullptr, int(summaries.size())));
    // Start on the most recent template, else the first one: Enter opens it.
    for (QTreeWidgetItem *group : {recentGroup, facilityGroup, builtinGroup}) {
        if (group->childCount() > 0) {
            m_list->setCurrentItem(group->child(0));
            break;
        }
    }
    m_loaded = true;
    emit loaded();
}

void TemplateChooser::showDetails()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(TitleColumn, SummaryRole).isValid()) {
        m_details->clear();
        return;
    }
    const QString problem = item->data(TitleColumn, Qt::UserRole + 4).toString();
    QString html = u"<h3>%1</h3><p><code>%2</code></p>"_s.arg(item->text(TitleColumn).toHtmlEscaped(),
                                                             item->data(TitleColumn, Qt::UserRole + 2).toString().toHtmlEscaped());
    if (!problem.isEmpty()) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Cannot be used:").toHtmlEscaped(), problem.toHtmlEscaped());
    } else {
        html += u"<p>%1</p>"_s.arg(item->data(TitleColumn, Qt::UserRole + 3).toString().toHtmlEscaped());
        html += u"<p>%1</p>"_s.arg(tr("%n field(s)", nullptr, item->data(TitleColumn, Qt::UserRole + 5).toInt()).toHtmlEscaped());
        if (const int presets = item->data(TitleColumn, Qt::UserRole + 6).toInt(); presets > 0)
            html += u"<p>%1</p>"_s.arg(tr("%n instrument preset(s)", nullptr, presets).toHtmlEscaped());
    }
    html += u"<p><small>%1</small></p>"_s.arg(item->toolTip(TitleColumn).toHtmlEscaped());
    m_details->setHtml(html);
}

void TemplateChooser::filter(const QString &text)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(TitleColumn).contains(text, Qt::CaseInsensitive)
                               || item->data(TitleColumn, Qt::UserRole + 2).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void TemplateChooser::accept()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(TitleColumn, SummaryRole).isValid() || !item->data(TitleColumn, Qt::UserRole + 4).toString().isEmpty())
        return;
    m_chosen = item->data(TitleColumn, SummaryRole).toString();
    QDialog::accept();
}

void TemplateChooser::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a template"), {}, tr("Metafill templates (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    QDialog::accept();
}

} // namespace metafill::gui
