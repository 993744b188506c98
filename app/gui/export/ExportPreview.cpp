#include "ExportPreview.h"

#include "ExportPlan.h"
#include "csv/CsvReader.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// Wide enough to read a value, narrow enough to see several columns at once.
constexpr int MaxColumnWidth = 280;

} // namespace

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_tabs(new QTabWidget(this)), m_table(new QTableWidget(this)),
      m_text(new QPlainTextEdit(this)), m_whitespace(new QCheckBox(tr("Show &tabs and spaces"), this))
{
    m_caption->setObjectName(u"previewCaption"_s);
    m_caption->setWordWrap(true);

    m_table->setObjectName(u"previewTable"_s);
    m_table->setAccessibleName(tr("Preview of the file as a table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // One line of text per row: twenty rows fit without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);

    m_text->setObjectName(u"previewText"_s);
    m_text->setAccessibleName(tr("Preview of the file as text"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(u' ') * 4);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_whitespace->setObjectName(u"showWhitespace"_s);
    m_whitespace->setToolTip(tr("Marks each tab with an arrow and each space with a dot, so you can see where one cell ends."));
    connect(m_whitespace, &QCheckBox::toggled, this, &ExportPreview::showWhitespace);

    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text);
    textLayout->addWidget(m_whitespace);

    m_tabs->setObjectName(u"previewTabs"_s);
    m_tabs->addTab(m_table, tr("T&able"));
    m_tabs->addTab(textPage, tr("Te&xt"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_tabs, 1);
    setTabOrder(m_tabs, m_table);
    setTabOrder(m_table, m_text);
    setTabOrder(m_text, m_whitespace);
}

void ExportPreview::showWhitespace(bool show)
{
    QTextOption option = m_text->document()->defaultTextOption();
    option.setFlags(show ? option.flags() | QTextOption::ShowTabsAndSpaces : option.flags() & ~QTextOption::ShowTabsAndSpaces);
    m_text->document()->setDefaultTextOption(option);
}

void ExportPreview::showNothing(const QString &reason)
{
    m_caption->setText(reason);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_text->clear();
}

void ExportPreview::showPlan(const ExportPlan &plan)
{
    const QByteArray &bytes = plan.previewBytes();
    const QChar delimiter = plan.settings().effectiveDelimiter();

    // The raw text is the bytes themselves; the table is what a CSV reader
    // reads back from them, so both show the file, not the model behind it.
    m_text->setPlainText(QString::fromUtf8(bytes));
    showWhitespace(m_whitespace->isChecked());

    const auto parsed = CsvReader::parse(bytes, delimiter);
    const bool hasNamespaceRow = !plan.table().namespaces.isEmpty();
    const int headerIndex = hasNamespaceRow ? 1 : 0;
    m_table->clear();
    if (!parsed || parsed->rows.size() <= headerIndex) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
    } else {
        const QList<QStringList> &rows = parsed->rows;
        const QStringList &header = rows.at(headerIndex);
        m_table->setColumnCount(int(header.size()));
        m_table->setHorizontalHeaderLabels(header);
        // Row numbers are those of the file (as a spreadsheet shows them); the
        // header is the table's header, the namespace row its first row.
        QStringList numbers;
        QList<const QStringList *> shown;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (r == headerIndex)
                continue;
            shown.append(&rows.at(r));
            numbers.append(QString::number(r + 1));
        }
        m_table->setRowCount(int(shown.size()));
        m_table->setVerticalHeaderLabels(numbers);
        for (int r = 0; r < shown.size(); ++r) {
            const QStringList &cells = *shown.at(r);
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (hasNamespaceRow && r == 0) {
                    QFont italic = item->font();
                    italic.setItalic(true);
                    item->setFont(italic);
                    item->setToolTip(tr("The namespace the pairs of this column go to"));
                }
                m_table->setItem(r, c, item);
            }
        }
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), MaxColumnWidth));
    }

    const QLocale locale;
    QString caption = plan.previewRowCount() < plan.rowCount()
                          ? tr("The first %1 of %n row(s), exactly as the file begins.", nullptr, plan.rowCount())
                                .arg(locale.toString(plan.previewRowCount()))
                          : tr("All %n row(s), exactly as the file holds them.", nullptr, plan.rowCount());
    caption += u' ';
    if (plan.fileCount() > 1)
        caption += tr("%n file(s), %1 in all.", nullptr, plan.fileCount()).arg(locale.formattedDataSize(plan.totalBytes()));
    else
        caption += tr("%n key column(s), %1.", nullptr, plan.keyColumnCount()).arg(locale.formattedDataSize(plan.totalBytes()));
    m_caption->setText(caption);
}

} // namespace metafill::gui
