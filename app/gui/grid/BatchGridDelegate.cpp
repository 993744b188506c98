#include "BatchGridDelegate.h"

#include "BatchGridModel.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// The column of the cell an editor edits, kept on the editor for the event filter.
constexpr char ColumnProperty[] = "metafillGridColumn";

QStringList completionsFor(const FieldSpec &field)
{
    QStringList words;
    if (field.type == FieldType::Choice) {
        for (const Choice &choice : field.choices) {
            words.append(choice.value);
            if (const QString label = choice.label.localized(); !label.isEmpty() && label != choice.value)
                words.append(label);
        }
    } else if (field.type == FieldType::Boolean) {
        words = {u"yes"_s, u"no"_s};
    }
    return words;
}

} // namespace

BatchGridDelegate::BatchGridDelegate(const BatchGridModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *BatchGridDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    // Proxy and model have the same columns.
    const GridColumn *column = m_model->gridColumn(index.column());
    QWidget *editor = nullptr;
    if (column && column->field->type == FieldType::MultilineText) {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setToolTip(tr("Enter starts a new line; Tab or a click elsewhere stores the text, Esc cancels."));
        editor = text;
    } else {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        if (column) {
            if (const QStringList words = completionsFor(*column->field); !words.isEmpty()) {
                auto *completer = new QCompleter(words, line);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                completer->setFilterMode(Qt::MatchContains);
                line->setCompleter(completer);
            }
            if (const QString placeholder = column->field->placeholder.localized(); !placeholder.isEmpty())
                line->setPlaceholderText(placeholder);
        }
        editor = line;
    }
    editor->setObjectName(u"gridCellEditor"_s);
    editor->setProperty(ColumnProperty, index.column());
    if (column)
        editor->setAccessibleName(column->title);
    return editor;
}

QString BatchGridDelegate::editorText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText();
    return {};
}

void BatchGridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(text);
}

void BatchGridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, editorText(editor), Qt::EditRole);
}

bool BatchGridDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool isPlainText = qobject_cast<QPlainTextEdit *>(editor);
        const bool commits = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab
            || (!isPlainText && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter));
        if (commits) {
            const int column = editor->property(ColumnProperty).toInt();
            const Result<FieldValue> parsed = m_model->parseCell(column, editorText(editor));
            if (!parsed) {
                const GridColumn *gc = m_model->gridColumn(column);
                const QString message = tr("“%1” cannot take this: %2").arg(gc ? gc->title : QString(), parsed.error());
                emit textRejected(message);
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
                return true; // keep the editor and its text
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace metafill::gui
