#pragma once

#include "record/FieldPath.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace metafill::gui {

class BatchGridModel;
class BatchGridProxy;
class BatchGridTable;
class DocumentSession;

// The batch grid: all images of the session as rows, fields as columns, the
// "All images" row on top. People type into cells, fill down, paste blocks
// from a spreadsheet, sort by a column and filter by text. Every batch edit is
// one undo step of the session.
//
// Shortcuts work while the table has focus: Ctrl+C/Ctrl+V copy and paste
// tab-separated text, Ctrl+D fills down, Delete clears, Ctrl+Enter (or Enter
// on a name) shows the image in the form, F1 explains the field, Ctrl+F goes
// to the filter. The same actions (editActions()) can go into the window's
// Edit menu; separate window actions with these keys would make them
// ambiguous while the grid has focus.
class BatchGridView final : public QWidget
{
    Q_OBJECT

public:
    explicit BatchGridView(DocumentSession *session, QWidget *parent = nullptr);
    ~BatchGridView() override;

    QTableView *table() const;
    BatchGridModel *model() const { return m_model; }
    BatchGridProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Copy, paste, fill down, clear, show in form: for menus and toolbars.
    QList<QAction *> editActions() const;
    // The image of the current row; -1 for "All images" or no current row.
    int currentImage() const;
    // The last message the grid gave (also sent as statusMessage).
    QString lastMessage() const { return m_lastMessage; }
    // The line under the table that repeats the messages; a window that
    // shows statusMessage in its status bar can hide it.
    void setMessageLineShown(bool shown);

public slots:
    void copy();
    void paste();
    void fillDown();
    void clearCells();
    // Makes the image's row current and scrolls to it (-1: "All images").
    void selectImage(int image);
    void focusFilter();

signals:
    // Enter or a double click on a name, or Ctrl+Enter: show this image in the
    // form (-1: the values of all images).
    void imageActivated(int image);
    // The current row moved to another image (-1: "All images").
    void currentImageChanged(int image);
    // The current cell moved to a field (for a help panel that follows it).
    void currentFieldChanged(const metafill::FieldPath &path, int image);
    // F1 on a cell: explain its field. The grid also shows the column's help as a tooltip.
    void fieldHelpRequested(const metafill::FieldPath &path, int image);
    // A short message for the status bar: what an edit did, or why not.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showMessage(const QString &message);
    void updateCount();
    void updateLegend();
    void fitColumns();
    void activateRow(int proxyRow);
    void showFieldHelp(const QModelIndex &index);
    int sourceRow(int proxyRow) const;

    BatchGridModel *m_model;
    BatchGridProxy *m_proxy;
    BatchGridTable *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_legend;
    QLabel *m_message;
    QString m_lastMessage;
    bool m_messageLineShown = true;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_fillDown = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_showImage = nullptr;
};

} // namespace metafill::gui
