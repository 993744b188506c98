#include "FormView.h"

#include "CompletenessMeter.h"
#include "FieldEditor.h"
#include "FocusChain.h"
#include "SectionCompleteness.h"
#include "SectionOutline.h"
#include "SectionPanel.h"
#include "record/RecordValidator.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// Completeness is counted at most this often while someone types: the count
// runs the validator over the whole record, which need not happen per key.
constexpr int CompletenessDelayMs = 120;
// Wider labels wrap; narrower ones would wrap nearly every label.
constexpr int MinLabelWidth = 120;
constexpr int MaxLabelWidth = 240;
// Beyond this the eye loses the line between a label and its input.
constexpr int MaxFormWidth = 980;

template<typename T>
T *enclosing(QWidget *widget, const QWidget *stop)
{
    for (QWidget *w = widget; w && w != stop; w = w->parentWidget()) {
        if (auto *found = qobject_cast<T *>(w))
            return found;
    }
    return nullptr;
}

} // namespace

QList<QKeySequence> FormView::nextSectionShortcuts()
{
    return {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Down)};
}

QList<QKeySequence> FormView::previousSectionShortcuts()
{
    return {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Up)};
}

QString FormView::legendText()
{
    return tr("* required   ○ recommended");
}

FormView::FormView(DocumentSession *session, TermLookup *lookup, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"formView"_s);
    m_context.session = session;
    m_context.lookup = lookup;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_splitter);

    m_outline = new SectionOutline(m_splitter);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 0);
    m_scopeLabel = new QLabel(right);
    m_scopeLabel->setObjectName(u"scopeLabel"_s);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    header->addWidget(m_scopeLabel);
    header->addStretch(1);
    m_legend = new QLabel(legendText(), right);
    m_legend->setObjectName(u"legend"_s);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setToolTip(tr("The pill beside a field says where its value came from: typed, header (read from an image file), "
                            "edited (typed over a header value), preset, default, or shared (an image showing the value all "
                            "images share)."));
    header->addWidget(m_legend);
    header->addSpacing(12);
    m_meter = new CompletenessMeter(right);
    header->addWidget(m_meter);
    rightLayout->addLayout(header);

    m_scroll = new QScrollArea(right);
    m_scroll->setObjectName(u"formScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget;
    m_content->setObjectName(u"formContent"_s);
    auto *contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 8, 12, 24);
    auto *column = new QWidget(m_content);
    column->setMaximumWidth(MaxFormWidth);
    m_panelsLayout = new QVBoxLayout(column);
    m_panelsLayout->setContentsMargins(0, 0, 0, 0);
    m_panelsLayout->setSpacing(20);
    m_emptyLabel = new QLabel(tr("No template is open."), column);
    m_panelsLayout->addWidget(m_emptyLabel);
    m_panelsLayout->addStretch(1);
    contentLayout->addWidget(column, 1);
    contentLayout->addStretch(0);
    m_scroll->setWidget(m_content);
    rightLayout->addWidget(m_scroll, 1);

    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 800});

    m_completenessDelay = new QTimer(this);
    m_completenessDelay->setSingleShot(true);
    m_completenessDelay->setInterval(CompletenessDelayMs);
    connect(m_completenessDelay, &QTimer::timeout, this, &FormView::updateCompleteness);

    auto *next = new QAction(tr("Next section"), this);
    next->setShortcuts(nextSectionShortcuts());
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &FormView::nextSection);
    addAction(next);
    auto *previous = new QAction(tr("Previous section"), this);
    previous->setShortcuts(previousSectionShortcuts());
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &FormView::previousSection);
    addAction(previous);

    connect(m_outline, &SectionOutline::sectionShown, this, [this](const QString &key) { showSection(key, false); });
    connect(m_outline, &SectionOutline::sectionEntered, this, [this](const QString &key) { showSection(key, true); });
    connect(qApp, &QApplication::focusChanged, this, &FormView::onFocusChanged);
    connect(session, &DocumentSession::templateChanged, this, &FormView::rebuild);
    connect(session, &DocumentSession::changed, this, &FormView::onChanged);

    rebuild();
}

FormView::~FormView()
{
    // Deleting the editors moves the focus and may make inputs report a last
    // edit; neither must reach a view half destroyed, nor a session that may
    // be gone already.
    m_context.closing = true;
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    if (m_context.session)
        disconnect(m_context.session, nullptr, this, nullptr);
}

QTreeWidget *FormView::outline() const
{
    return m_outline;
}

void FormView::rebuild()
{
    m_content->setUpdatesEnabled(false);
    // The old panels go later (one of them may be what called us), and their
    // editors point into the old template: it stays alive until they are gone.
    const std::shared_ptr<const Template> oldTemplate = m_context.templ;
    for (SectionPanel *panel : std::as_const(m_panels)) {
        panel->hide();
        connect(panel, &QObject::destroyed, panel, [oldTemplate] {});
        panel->deleteLater();
    }
    m_panels.clear();
    m_panelByKey.clear();
    m_focusedPath = {};

    m_context.templ = m_context.session->sharedTemplate();
    const bool scopeGone = m_context.scope >= m_context.session->imageCount();
    if (scopeGone)
        m_context.scope = -1;
    QList<const SectionSpec *> sections;
    if (m_context.templ) {
        // One label column for the whole form, as wide as most labels need.
        const QFontMetrics metrics(font());
        int widest = MinLabelWidth;
        for (const SectionSpec &section : m_context.templ->sections) {
            if (section.hidden)
                continue;
            bool anyField = false;
            for (const FieldSpec &field : section.fields) {
                if (field.hidden)
                    continue;
                anyField = true;
                widest = std::max(widest, metrics.horizontalAdvance(field.label.localized()) + 8);
            }
            if (anyField)
                sections.append(&section);
        }
        m_context.labelWidth = std::min(widest, MaxLabelWidth);
        // Measured once for all fields: asking every input would polish each on the spot.
        QLineEdit lineProbe;
        QComboBox comboProbe;
        m_context.lineHeight = std::max(lineProbe.sizeHint().height(), comboProbe.sizeHint().height());
    }
    m_outline->setSections(sections);
    m_emptyLabel->setVisible(!m_context.templ);

    QWidget *column = m_panelsLayout->parentWidget();
    for (const SectionSpec *section : std::as_const(sections)) {
        auto *panel = new SectionPanel(*section, &m_context, column);
        connect(panel, &SectionPanel::instancesChanged, this, &FormView::mendTabOrder);
        m_panelsLayout->insertWidget(m_panelsLayout->count() - 1, panel);
        m_panels.append(panel);
        m_panelByKey.insert(section->key, panel);
    }
    m_content->setUpdatesEnabled(true);
    updateScopeBanner();
    updateCompleteness();
    if (scopeGone)
        emit scopeChanged(-1);
}

void FormView::refreshAll()
{
    for (SectionPanel *panel : std::as_const(m_panels))
        panel->syncInstances(); // shows the values as well
}

void FormView::setScope(int image)
{
    if (image < -1 || image >= m_context.session->imageCount())
        image = -1;
    if (image == m_context.scope)
        return;
    m_context.scope = image;
    refreshAll();
    updateScopeBanner();
    updateCompleteness();
    emit scopeChanged(image);
}

void FormView::updateScopeBanner()
{
    const int images = m_context.session->imageCount();
    if (m_context.scope < 0) {
        m_scopeLabel->setText(images > 0 ? tr("Values all images share (%n image(s))", nullptr, images) : tr("Values all images share"));
        m_scopeLabel->setToolTip(tr("What you type here applies to every image, unless an image has its own value."));
        return;
    }
    const ImageEntry &image = m_context.session->record().images.at(m_context.scope);
    const QString name = !image.name.isEmpty() ? image.name : QFileInfo(image.file).fileName();
    m_scopeLabel->setText(tr("Image %1 of %2: %3").arg(m_context.scope + 1).arg(images).arg(name));
    m_scopeLabel->setToolTip(tr("This image's values: its own where it has them, else the values all images share (marked "
                                "\"shared\"). What you type here applies to this image only."));
}

void FormView::onChanged(const RecordChange &change)
{
    if (m_context.session->templ() != m_context.templ.get())
        return; // templateChanged rebuilds
    const int scope = m_context.scope;
    // A change of the shared values shows through in an image's scope.
    const bool reachesScope = change.image == scope || (change.image == -1 && scope >= 0);
    switch (change.kind) {
    case RecordChange::Kind::Value:
        if (!reachesScope)
            return;
        if (SectionPanel *panel = m_panelByKey.value(change.path.section)) {
            if (panel->wantedInstances() != panel->instanceCount())
                panel->syncInstances();
            else if (FieldEditor *editor = panel->editor(change.path))
                editor->refresh();
        }
        break;
    case RecordChange::Kind::Structure:
        if (!reachesScope)
            return;
        if (SectionPanel *panel = m_panelByKey.value(change.path.section))
            panel->syncInstances();
        break;
    case RecordChange::Kind::Images:
    case RecordChange::Kind::Everything:
        if (scope >= m_context.session->imageCount()) {
            m_context.scope = -1;
            refreshAll();
            emit scopeChanged(-1);
        } else {
            refreshAll();
        }
        updateScopeBanner();
        break;
    }
    scheduleCompleteness();
}

void FormView::scheduleCompleteness()
{
    // Not restarted by every key: while someone types it still counts every 120 ms.
    if (!m_completenessDelay->isActive())
        m_completenessDelay->start();
}

void FormView::updateCompleteness()
{
    m_completenessDelay->stop();
    // Without a template there is nothing to be complete: no "100 %" for an empty window.
    m_meter->setVisible(bool(m_context.templ));
    m_legend->setVisible(bool(m_context.templ));
    if (!m_context.templ)
        return;
    const ValueMap values = m_context.scope < 0 ? m_context.session->record().values : m_context.session->effectiveValues(m_context.scope);
    m_meter->setReport(RecordValidator::validate(*m_context.templ, values));
    for (SectionPanel *panel : std::as_const(m_panels)) {
        const SectionCompleteness completeness = SectionCompleteness::count(panel->section(), values);
        panel->setCompleteness(completeness);
        m_outline->setCompleteness(panel->section().key, completeness, panel->instanceCount(), panel->section().isRepeatable());
    }
}

void FormView::mendTabOrder(SectionPanel *panel)
{
    // New instance boxes were made after everything else; Tab must reach
    // them where they are shown: after the previous section's last field.
    QWidget *anchor = nullptr;
    for (int i = int(m_panels.indexOf(panel)) - 1; i >= 0 && !anchor; --i) {
        if (const QList<QWidget *> stops = m_panels.at(i)->tabStops(); !stops.isEmpty())
            anchor = stops.last();
    }
    if (!anchor && m_outline->window() == window())
        anchor = m_outline;
    FocusChain::placeAfter(anchor, panel->tabStops());
}

FieldEditor *FormView::editor(const FieldPath &path) const
{
    const SectionPanel *panel = m_panelByKey.value(path.section);
    return panel ? panel->editor(path) : nullptr;
}

void FormView::focusField(const FieldPath &path)
{
    FieldEditor *fieldEditor = editor(path);
    if (!fieldEditor)
        return;
    m_content->layout()->activate();
    m_scroll->ensureWidgetVisible(fieldEditor, 16, 48);
    fieldEditor->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void FormView::showSection(const QString &sectionKey, bool enter)
{
    SectionPanel *panel = m_panelByKey.value(sectionKey);
    if (!panel)
        return;
    m_content->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(panel->mapTo(m_content, QPoint(0, 0)).y() - 8);
    m_outline->setCurrentSection(sectionKey);
    if (enter) {
        if (const QList<QWidget *> stops = panel->tabStops(); !stops.isEmpty())
            stops.first()->setFocus(Qt::ShortcutFocusReason);
    }
}

SectionPanel *FormView::currentPanel() const
{
    if (auto *panel = enclosing<SectionPanel>(QApplication::focusWidget(), m_content))
        return panel;
    // No focus in the form: the section at the top of the view.
    const int top = m_scroll->verticalScrollBar()->value();
    SectionPanel *current = m_panels.value(0);
    for (SectionPanel *panel : m_panels) {
        if (panel->mapTo(m_content, QPoint(0, 0)).y() > top + 8)
            break;
        current = panel;
    }
    return current;
}

void FormView::stepSection(int by)
{
    if (m_panels.isEmpty())
        return;
    const int index = int(m_panels.indexOf(currentPanel()));
    const int target = std::clamp(index + by, 0, int(m_panels.size()) - 1);
    showSection(m_panels.at(target)->section().key, true);
}

void FormView::nextSection()
{
    stepSection(+1);
}

void FormView::previousSection()
{
    stepSection(-1);
}

FieldEditor *FormView::editorWithFocus() const
{
    return enclosing<FieldEditor>(QApplication::focusWidget(), m_content);
}

bool FormView::event(QEvent *event)
{
    // F1 in a field belongs to the field: claimed before any window-wide
    // shortcut on the same key, so the help is that of this field.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::HelpContents)
        && editorWithFocus()) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FormView::changeEvent(QEvent *event)
{
    // Another language: labels and help come from the template in that
    // language, so the form is built again (once, however many widgets report it).
    if (event->type() == QEvent::LanguageChange && !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildPending = false;
            const FieldPath focusedPath = m_focusedPath;
            const bool hadFocus = editorWithFocus() != nullptr;
            rebuild();
            m_legend->setText(legendText());
            updateScopeBanner();
            if (hadFocus)
                focusField(focusedPath);
        });
    }
    QWidget::changeEvent(event);
}

void FormView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::HelpContents)) {
        if (FieldEditor *fieldEditor = editorWithFocus()) {
            emit helpRequested(fieldEditor->path());
            fieldEditor->showHelp();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void FormView::onFocusChanged(QWidget *, QWidget *now)
{
    if (!now || !m_content->isAncestorOf(now))
        return;
    if (auto *panel = enclosing<SectionPanel>(now, m_content))
        m_outline->setCurrentSection(panel->section().key);
    // Focus that came by mouse, shortcut or code (not only by Tab) is kept in view.
    m_content->layout()->activate();
    m_scroll->ensureWidgetVisible(now, 16, 32);
    if (FieldEditor *fieldEditor = enclosing<FieldEditor>(now, m_content); fieldEditor && fieldEditor->path() != m_focusedPath) {
        m_focusedPath = fieldEditor->path();
        emit fieldFocused(m_focusedPath);
    }
}

} // namespace metafill::gui
