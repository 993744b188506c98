#include "TermPicker.h"

#include "TermHitModel.h"
#include "TermHitPopup.h"
#include "TermLookup.h"
#include "TermTypeAhead.h"
#include "record/ValueText.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// Ten hits fit the list with little scrolling; more only slow OLS down.
constexpr int HitLimit = 10;
// One letter matches half an ontology.
constexpr int MinSearchLength = 2;
constexpr int DefaultSearchDelayMs = 150;
// An answer quicker than this needs no "Searching…" (it would only flicker).
constexpr int SearchingNoticeDelayMs = 400;

bool isUnresolvedText(const std::optional<Term> &term)
{
    return term && !term->isResolved() && !term->label.isEmpty();
}

// How many characters one edit put in: what is left of the new text once
// the part both texts start with and the part both end with are taken away.
// Typing puts in one (also over a selection); a paste or a drop many.
qsizetype charactersInserted(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return after.size() - prefix - suffix;
}

// Editing "confocal microscopy (FBbi:00000251)" leaves a torn id at the end
// ("… (FBbi:0000025"); the words before it are what the person looks for.
// Plain string work: this runs on every keystroke, and compiling a regular
// expression the first time costs milliseconds.
QString withoutTornId(const QString &text)
{
    const qsizetype open = text.lastIndexOf(u'(');
    if (open < 0)
        return text;
    QStringView inside = QStringView(text).mid(open + 1);
    if (inside.endsWith(u')'))
        inside.chop(1);
    const bool looksLikeId = !inside.contains(u' ') && !inside.contains(u'(')
        && (inside.contains(u':') || inside.startsWith(u"http"));
    return looksLikeId ? text.left(open).trimmed() : text;
}

// Hands every event of the object it filters to a function, and lets it pass.
class EventWatcher final : public QObject
{
public:
    using Handler = std::function<void(QObject *, QEvent *)>;
    EventWatcher(QObject *parent, Handler handler) : QObject(parent), m_handler(std::move(handler)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        m_handler(watched, event);
        return false;
    }

private:
    Handler m_handler;
};

} // namespace

TermPicker::TermPicker(TermLookup *lookup, const OntologyRestriction &restriction, QWidget *parent)
    : QWidget(parent), m_lookup(lookup), m_restriction(restriction)
{
    setObjectName(u"termPicker"_s);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"termLineEdit"_s);
    m_edit->setAccessibleName(tr("Ontology term"));
    m_edit->installEventFilter(this);
    m_edit->setPlaceholderText(m_restriction.ontologies.isEmpty()
                                   ? tr("Type to search terms, or paste a CURIE")
                                   : tr("Type to search %1, or paste a CURIE").arg(m_restriction.ontologies.join(u", "_s)));
    setFocusProxy(m_edit);
    setFocusPolicy(m_edit->focusPolicy());

    m_unresolvedMark = new QAction(m_edit);
    m_unresolvedMark->setObjectName(u"termUnresolvedMark"_s);
    m_unresolvedMark->setText(tr("Unresolved term"));
    m_edit->addAction(m_unresolvedMark, QLineEdit::TrailingPosition);
    m_unresolvedMark->setVisible(false);
    // Clicking the mark searches the ontology for the free text, to resolve it here and now.
    connect(m_unresolvedMark, &QAction::triggered, this, [this] {
        m_edit->setFocus(Qt::OtherFocusReason);
        startSearch();
    });

    m_offlineIndicator = new QToolButton(this);
    m_offlineIndicator->setObjectName(u"termOfflineIndicator"_s);
    m_offlineIndicator->setText(tr("offline index"));
    m_offlineIndicator->setAccessibleName(tr("Terms come from the offline index"));
    m_offlineIndicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_offlineIndicator->setAutoRaise(true);
    m_offlineIndicator->setFocusPolicy(Qt::NoFocus); // the reason is in the field's description for keyboard users
    m_offlineIndicator->setForegroundRole(QPalette::PlaceholderText);
    connect(m_offlineIndicator, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_offlineIndicator->mapToGlobal(QPoint(0, m_offlineIndicator->height())),
                           m_offlineIndicator->toolTip(), m_offlineIndicator);
    });

    m_messageIcon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"termMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageIcon->hide();
    m_message->hide();

    auto *fieldRow = new QHBoxLayout;
    fieldRow->setContentsMargins(0, 0, 0, 0);
    fieldRow->addWidget(m_edit, 1);
    fieldRow->addWidget(m_offlineIndicator);
    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(fieldRow);
    layout->addLayout(messageRow);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(DefaultSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &TermPicker::startSearch);
    m_searchingTimer = new QTimer(this);
    m_searchingTimer->setSingleShot(true);
    m_searchingTimer->setInterval(SearchingNoticeDelayMs);
    connect(m_searchingTimer, &QTimer::timeout, this, &TermPicker::showSearching);

    m_applicationWatcher = new EventWatcher(this, [this](QObject *watched, QEvent *event) { watchApplication(watched, event); });

    connect(m_edit, &QLineEdit::textEdited, this, &TermPicker::onTextEdited);
    if (m_lookup) {
        connect(m_lookup, &TermLookup::answered, this, &TermPicker::onAnswer);
        connect(m_lookup, &TermLookup::earlyAnswered, this, &TermPicker::onEarlyAnswer);
        connect(m_lookup, &TermLookup::failed, this, &TermPicker::onFailure);
        connect(m_lookup, &TermLookup::offlineChanged, this, &TermPicker::updateOfflineIndicator);
    }
    updateIcons();
    updateOfflineIndicator();
    updateMarks();
}

TermPicker::~TermPicker()
{
    // Losing the focus while the widgets go away must not commit anything.
    m_edit->removeEventFilter(this);
    qApp->removeEventFilter(m_applicationWatcher);
    delete m_popup; // it lives in the window, which may outlive the picker
}

void TermPicker::setTerm(const std::optional<Term> &term)
{
    m_term = term;
    m_committedText = term ? ValueText::format(Value(*term)) : QString();
    m_searchTimer->stop();
    m_searchingTimer->stop();
    m_searchId = 0;
    m_resolveId = 0;
    m_edit->setText(m_committedText);
    m_previousText = m_committedText;
    hidePopup();
    clearMessage();
    updateMarks();
}

std::optional<Term> TermPicker::term() const
{
    return m_term;
}

QLineEdit *TermPicker::lineEdit() const
{
    return m_edit;
}

TermHitPopup *TermPicker::popup() const
{
    return m_popup;
}

bool TermPicker::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

QString TermPicker::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool TermPicker::isOfflineIndicatorShown() const
{
    return !m_offlineIndicator->isHidden();
}

bool TermPicker::isMarkedUnresolved() const
{
    return m_unresolvedMark->isVisible();
}

void TermPicker::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

bool TermPicker::isEditing() const
{
    return m_edit->text().trimmed() != m_committedText;
}

// ---- searching ---------------------------------------------------------

TermQuery TermPicker::queryFor(const QString &text) const
{
    TermQuery query;
    query.ontologies = m_restriction.ontologies;
    query.roots = m_restriction.roots;
    query.limit = HitLimit;
    const QString trimmed = text.trimmed();
    if (m_term && trimmed == m_committedText) {
        // Asking again about the committed term: show its neighbours, not just itself.
        query.text = m_term->label.isEmpty() ? trimmed : m_term->label;
    } else if (const QString id = TermTypeAhead::idIn(trimmed); !id.isEmpty()) {
        query.text = id;
    } else {
        query.text = withoutTornId(trimmed);
    }
    return query;
}

void TermPicker::onTextEdited(const QString &text)
{
    const bool pasted = charactersInserted(m_previousText, text) > 1;
    m_previousText = text;
    clearMessage();
    updateMarks();
    m_resolveId = 0;
    if (!isEditing()) {
        // Typed back to the committed term.
        m_searchTimer->stop();
        m_searchId = 0;
        hidePopup();
        return;
    }
    if (const QString id = TermTypeAhead::idIn(text); pasted && !id.isEmpty()) {
        // A pasted id names the term; typing one letter by letter does not
        // ("NCBITaxon:9" is a real term on the way to NCBITaxon:9606).
        m_searchTimer->stop();
        resolveId(id);
        return;
    }
    if (queryFor(text).text.size() < MinSearchLength) {
        m_searchTimer->stop();
        m_searchId = 0;
        hidePopup();
        return;
    }
    m_searchTimer->start();
}

void TermPicker::startSearch()
{
    m_searchTimer->stop();
    if (!m_lookup || m_edit->isReadOnly())
        return;
    const TermQuery query = queryFor(m_edit->text());
    if (query.text.size() < MinSearchLength)
        return;
    m_searchedText = m_edit->text();
    m_searchId = m_lookup->search(query, this);
    if (isPopupVisible())
        showSearching(); // the old hits stay until the new ones are in
    else
        m_searchingTimer->start();
}

void TermPicker::showSearching()
{
    if (!m_searchId || !m_edit->hasFocus())
        return;
    if (!m_popup || m_hitsText != m_edit->text()) {
        if (m_popup)
            m_popup->setHits({});
    }
    popUp();
    m_popup->setStatus(tr("Searching…"));
    m_popup->popUpAt(m_edit);
}

void TermPicker::onEarlyAnswer(int requestId, const TermAnswer &answer)
{
    if (requestId == m_searchId)
        showHits(answer, false);
}

void TermPicker::onAnswer(int requestId, const TermAnswer &answer)
{
    if (requestId == m_resolveId || requestId == m_searchId)
        updateOfflineIndicator(); // the reason may change while the state does not
    if (requestId == m_resolveId) {
        m_resolveId = 0;
        finishResolving(answer);
    } else if (requestId == m_searchId) {
        m_searchId = 0;
        showHits(answer, true);
    }
    // Anything else answers text that is no longer in the field.
}

void TermPicker::onFailure(int requestId, const QString &message)
{
    if (requestId == m_resolveId) {
        m_resolveId = 0;
        showMessage(message, MessageKind::Problem);
    } else if (requestId == m_searchId) {
        m_searchId = 0;
        m_searchingTimer->stop();
        if (isPopupVisible())
            m_popup->setStatus(message);
        else
            showMessage(message, MessageKind::Problem);
    }
}

QString TermPicker::freeTextHint() const
{
    return m_restriction.allowFreeText ? tr("Enter without choosing keeps your text as an unresolved term.")
                                       : tr("This field takes ontology terms only: choose one, or paste its CURIE.");
}

void TermPicker::showHits(const TermAnswer &answer, bool final)
{
    m_searchingTimer->stop();
    m_hitsText = m_searchedText;
    if (!m_edit->hasFocus())
        return; // the person has moved on; a list popping up elsewhere would only confuse
    popUp();
    m_popup->setHits(answer.terms);
    const int hits = int(answer.terms.size());
    QString status;
    QString statusTip;
    if (!final)
        status = tr("%n term(s) from the offline index; still asking the Ontology Lookup Service…", "", hits);
    else if (hits == 0)
        status = tr("No term matches “%1”.").arg(queryFor(m_hitsText).text);
    else if (answer.fromOls)
        status = tr("%n term(s) from the Ontology Lookup Service", "", hits);
    else
        status = tr("%n term(s) from the offline index", "", hits);
    if (final && !answer.fallbackReason.isEmpty())
        statusTip = answer.fallbackReason;
    if (final)
        status += u'\n' + freeTextHint();
    m_popup->setStatus(status, statusTip);
    m_popup->popUpAt(m_edit);
}

void TermPicker::popUp()
{
    if (!m_popup) {
        m_popup = new TermHitPopup(window());
        connect(m_popup, &TermHitPopup::hitClicked, this, &TermPicker::commitHit);
    }
    if (!m_popup->isVisible())
        qApp->installEventFilter(m_applicationWatcher); // clicks and wheel turns elsewhere close it
}

void TermPicker::hidePopup()
{
    m_searchingTimer->stop();
    if (!m_popup || m_popup->isHidden())
        return;
    m_popup->hide();
    m_popup->setCurrentRow(-1);
    qApp->removeEventFilter(m_applicationWatcher);
}

// ---- resolving ids -------------------------------------------------------

void TermPicker::resolveId(const QString &id)
{
    m_searchId = 0;
    hidePopup();
    m_resolvedText = m_edit->text().trimmed();
    if (!m_lookup) {
        finishResolving(TermAnswer{}); // no term service: the id is kept as given
        return;
    }
    m_resolveId = m_lookup->lookup(id, this);
    showMessage(tr("Looking up %1…").arg(id), MessageKind::Progress);
}

void TermPicker::finishResolving(const TermAnswer &answer)
{
    clearMessage();
    if (!answer.terms.isEmpty()) {
        const OntologyTerm &found = answer.terms.first();
        QString note;
        if (found.obsolete) {
            note = found.replacedBy.isEmpty() ? tr("%1 is obsolete in its ontology.").arg(found.curie)
                                              : tr("%1 is obsolete in its ontology; it was replaced by %2.").arg(found.curie, found.replacedBy);
        }
        commit(found.toTerm(), note);
        return;
    }
    // Known nowhere (or OLS cannot be asked): the id the person gave is kept,
    // since it is the term's identity; they are told to check it.
    FieldSpec field;
    field.type = FieldType::Term;
    field.ontology = m_restriction;
    const Result<Value> parsed = ValueText::parse(field, m_resolvedText);
    if (!parsed || !std::holds_alternative<Term>(*parsed)) {
        showMessage(parsed ? tr("“%1” is not a term.").arg(m_resolvedText) : parsed.error(), MessageKind::Problem);
        return;
    }
    const Term &asGiven = std::get<Term>(*parsed);
    const QString id = asGiven.curie.isEmpty() ? asGiven.iri : asGiven.curie;
    if (!m_lookup) {
        commit(asGiven); // there was no term service to ask
        return;
    }
    QString note;
    if (!answer.fallbackReason.isEmpty())
        note = tr("%1 is not in the offline index, and the Ontology Lookup Service cannot be asked now (%2). It is kept as given.")
                   .arg(id, answer.fallbackReason);
    else if (m_lookup->isOffline())
        note = tr("%1 is not in the offline index (offline mode). It is kept as given; check it for typing errors.").arg(id);
    else
        note = tr("%1 was found neither online nor in the offline index. It is kept as given; check it for typing errors.").arg(id);
    commit(asGiven, note);
}

// ---- committing ----------------------------------------------------------

void TermPicker::commit(const Term &term, const QString &note)
{
    m_term = term;
    m_committedText = ValueText::format(Value(term));
    m_searchTimer->stop();
    m_searchId = 0;
    m_resolveId = 0;
    m_edit->setText(m_committedText);
    m_previousText = m_committedText;
    hidePopup();
    if (note.isEmpty())
        clearMessage();
    else
        showMessage(note, MessageKind::Note);
    updateMarks();
    emit termCommitted(term);
}

void TermPicker::commitHit(int row)
{
    if (!m_popup || row < 0 || row >= m_popup->model()->rowCount())
        return;
    const OntologyTerm hit = m_popup->model()->hit(row);
    QString note;
    if (hit.obsolete) {
        note = hit.replacedBy.isEmpty() ? tr("%1 is obsolete in its ontology.").arg(hit.curie)
                                        : tr("%1 is obsolete in its ontology; it was replaced by %2.").arg(hit.curie, hit.replacedBy);
    }
    commit(hit.toTerm(), note);
}

void TermPicker::commitTypedText()
{
    m_searchTimer->stop();
    const QString text = m_edit->text().trimmed();
    if (text == m_committedText) {
        hidePopup();
        return;
    }
    if (text.isEmpty()) {
        hidePopup();
        const bool hadTerm = m_term.has_value();
        m_term.reset();
        m_committedText.clear();
        m_searchId = 0;
        clearMessage();
        updateMarks();
        if (hadTerm)
            emit cleared();
        return;
    }
    // The text is exactly one listed term's label: that term, not free text.
    if (m_popup && m_hitsText == m_edit->text()) {
        int exact = -1;
        const QList<OntologyTerm> &hits = m_popup->model()->hits();
        for (int row = 0; row < hits.size(); ++row) {
            if (hits.at(row).label.compare(text, Qt::CaseInsensitive) == 0)
                exact = (exact == -1) ? row : -2;
        }
        if (exact >= 0) {
            commitHit(exact);
            return;
        }
    }
    if (const QString id = TermTypeAhead::idIn(text); !id.isEmpty()) {
        resolveId(id);
        return;
    }
    if (!m_restriction.allowFreeText) {
        showMessage(tr("“%1” was not kept: this field takes ontology terms only. Choose one from the list, or paste its CURIE or IRI.").arg(text),
                    MessageKind::Problem);
        return;
    }
    hidePopup();
    commit(Term{text, {}, {}, {}});
}

void TermPicker::revert()
{
    setTerm(m_term);
    m_edit->selectAll();
}

// ---- keyboard and focus --------------------------------------------------

bool TermPicker::handleKey(QKeyEvent *event)
{
    if (m_edit->isReadOnly())
        return false; // shown, not edited: no list, nothing to commit
    const bool popupOpen = isPopupVisible();
    const bool hasHits = popupOpen && m_popup->model()->rowCount() > 0;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (event->modifiers() & ~Qt::KeypadModifier)
            return false;
        if (hasHits) {
            m_popup->moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (event->key() == Qt::Key_Down && !m_edit->text().trimmed().isEmpty()) {
            startSearch(); // the list on demand, also for the committed term's neighbours
            return true;
        }
        return false;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (!hasHits)
            return false;
        m_popup->movePage(event->key() == Qt::Key_PageDown ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (hasHits && m_popup->currentRow() >= 0) {
            commitHit(m_popup->currentRow());
            return true;
        }
        if (!popupOpen && !isEditing())
            return false; // nothing to do here: let a dialog's default button have it
        commitTypedText();
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tab takes the chosen hit and moves on; leaving the field commits
        // the typed text (see FocusOut).
        if (hasHits && m_popup->currentRow() >= 0)
            commitHit(m_popup->currentRow());
        return false;
    case Qt::Key_Escape:
        if (popupOpen) {
            hidePopup();
            return true;
        }
        if (isEditing()) {
            revert();
            return true;
        }
        return false;
    case Qt::Key_Space:
        if (event->modifiers() == Qt::ControlModifier) {
            startSearch();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool TermPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride: {
            // Keys the picker needs win over window shortcuts while it uses them.
            auto *key = static_cast<QKeyEvent *>(event);
            const bool popupOpen = isPopupVisible();
            const bool wanted = (key->key() == Qt::Key_Escape && (popupOpen || isEditing()))
                || ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
                     || key->key() == Qt::Key_PageDown) && popupOpen);
            if (wanted) {
                event->accept();
                return true;
            }
            break;
        }
        case QEvent::KeyPress:
            if (handleKey(static_cast<QKeyEvent *>(event)))
                return true;
            break;
        case QEvent::FocusOut: {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            hidePopup();
            // Switching to another program or opening a menu is not leaving
            // the field; anything else is, and what was typed is kept.
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason && isEditing())
                commitTypedText();
            break;
        }
        case QEvent::Resize:
        case QEvent::Move:
            if (isPopupVisible())
                m_popup->popUpAt(m_edit);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TermPicker::watchApplication(QObject *watched, QEvent *event)
{
    if (!isPopupVisible())
        return;
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::Wheel) {
        auto *target = qobject_cast<QWidget *>(watched);
        if (target && target != m_edit && target != m_popup && !m_popup->isAncestorOf(target))
            hidePopup();
    } else if ((type == QEvent::Resize || type == QEvent::Move) && watched == window()) {
        m_popup->popUpAt(m_edit);
    }
}

void TermPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

// ---- what the field shows ------------------------------------------------

void TermPicker::showMessage(const QString &text, MessageKind kind)
{
    m_messageKind = kind;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setForegroundRole(kind == MessageKind::Progress ? QPalette::PlaceholderText : QPalette::WindowText);
    updateIcons();
    m_messageIcon->setVisible(!text.isEmpty() && kind != MessageKind::Progress);
    m_edit->setAccessibleDescription(text);
}

void TermPicker::clearMessage()
{
    m_message->clear();
    m_message->hide();
    m_messageIcon->hide();
    updateMarks();
}

void TermPicker::updateIcons()
{
    QStyle *s = style();
    m_unresolvedMark->setIcon(s->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, m_edit));
    m_offlineIndicator->setIcon(QIcon::fromTheme(u"network-offline"_s, s->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)));
    const int iconSize = s->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_offlineIndicator->setIconSize(QSize(iconSize, iconSize));
    const QStyle::StandardPixmap messagePixmap =
        m_messageKind == MessageKind::Problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_messageIcon->setPixmap(s->standardIcon(messagePixmap, nullptr, this).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
}

void TermPicker::updateMarks()
{
    const bool showingCommitted = !isEditing();
    const bool unresolved = showingCommitted && isUnresolvedText(m_term);
    m_unresolvedMark->setVisible(unresolved);
    const QString unresolvedHelp =
        tr("Unresolved: “%1” is free text, not yet an ontology term. It is kept as typed and can be resolved later, "
           "for example with “metafill-cli terms resolve”, or here by choosing a term.")
            .arg(m_term ? m_term->label : QString());
    m_unresolvedMark->setToolTip(unresolvedHelp);
    QString toolTip;
    if (unresolved) {
        toolTip = unresolvedHelp;
    } else if (showingCommitted && m_term && m_term->isResolved()) {
        toolTip = u"%1\n%2 · %3\n%4"_s.arg(m_term->label, m_term->curie, m_term->ontology, m_term->iri).trimmed();
    }
    m_edit->setToolTip(toolTip);
    // What a screen reader says besides the field's name: the message when
    // there is one, else the marks a sighted person sees beside the text.
    if (m_message->isHidden()) {
        QStringList description;
        if (unresolved)
            description << unresolvedHelp;
        if (!m_offlineIndicator->isHidden())
            description << m_offlineIndicator->toolTip();
        m_edit->setAccessibleDescription(description.join(u' '));
    }
}

void TermPicker::updateOfflineIndicator()
{
    const bool offline = m_lookup && m_lookup->isOffline();
    const QString reason = offline ? m_lookup->offlineReason() : QString();
    m_offlineIndicator->setVisible(offline);
    m_offlineIndicator->setToolTip(
        reason.isEmpty() ? tr("Terms come from the offline index.") : tr("Terms come from the offline index: %1").arg(reason));
    updateMarks();
}

} // namespace metafill::gui
