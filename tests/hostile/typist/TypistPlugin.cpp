// A Qt "generic" input plugin that stands in for the person at the keyboard,
// for tests that must drive the real, unmodified `metafill` program.
//
// Qt loads generic plugins into any Qt program that names them, the way it
// loads drivers for touch screens or tablets:
//   QT_PLUGIN_PATH=<folder holding generic/libmetafill_typist.so>
//   QT_QPA_GENERIC_PLUGINS=metafilltypist:<script file>
// The program needs no test hook: the plugin uses only what any input device
// could, focus and key presses, and what a person could click.
//
// The script is tab-separated, one step per line, done in order:
//   type  <field path>  <text>   click into the field ("field:<path>") and type
//                                 the text, one key every CharacterDelayMs
//   restore                      press Restore in the crash-recovery dialog
//   save                         File → Save (the action of Ctrl+S)
//   done                         (only logs)
// Every finished step is appended to <script>.log with the monotonic clock
// (CLOCK_MONOTONIC, through QElapsedTimer: the same clock in every process):
//   typed <path> <ms> | restored <ms> | saved <ms> | done <ms> | missing <what> <ms>
// so the test knows what had been typed, and when, at the moment it kills.

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGenericPlugin>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr int PollMs = 20;
constexpr int CharacterDelayMs = 8;
constexpr int GiveUpMs = 60'000;

// Milliseconds on the monotonic clock, which every process on this computer shares.
qint64 monotonicMs()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

class Typist : public QObject
{
public:
    explicit Typist(const QString &script) : m_log(script + u".log"_s)
    {
        QFile file(script);
        if (file.open(QIODevice::ReadOnly))
            m_steps = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
        m_waiting.start();
        QTimer::singleShot(PollMs, this, [this] { step(); });
    }

private:
    void log(const QString &line) { m_log.write((line + u'\t' + QString::number(monotonicMs()) + u'\n').toUtf8()); }

    static QWidget *widgetNamed(const QString &name)
    {
        const QWidgetList all = QApplication::allWidgets();
        for (QWidget *w : all) {
            if (w->objectName() == name && w->isEnabled())
                return w;
        }
        return nullptr;
    }

    void next()
    {
        ++m_step;
        m_typed = 0;
        m_target = nullptr;
        m_waiting.restart();
        QTimer::singleShot(0, this, [this] { step(); });
    }

    void retry(const QString &what)
    {
        if (m_waiting.elapsed() > GiveUpMs) {
            log(u"missing\t"_s + what);
            next();
            return;
        }
        QTimer::singleShot(PollMs, this, [this] { step(); });
    }

    void step()
    {
        if (m_step >= m_steps.size())
            return;
        const QStringList words = m_steps.at(m_step).split(u'\t');
        const QString &command = words.first();
        if (command == u"type" && words.size() == 3)
            type(words.at(1), words.at(2));
        else if (command == u"restore")
            restore();
        else if (command == u"save")
            save();
        else {
            log(command);
            next();
        }
    }

    // Clicks into the field, then types one character at a time.
    void type(const QString &path, const QString &text)
    {
        if (!m_target) {
            QWidget *field = widgetNamed(u"field:"_s + path);
            QWidget *input = field ? field->findChild<QLineEdit *>() : nullptr;
            if (!input && field)
                input = field->findChild<QPlainTextEdit *>();
            if (!input)
                return retry(u"field:"_s + path);
            m_target = input;
            m_target->setFocus(Qt::MouseFocusReason);
        }
        if (m_typed < text.size()) {
            const QString character = text.mid(m_typed, 1);
            QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, character));
            QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, character));
            ++m_typed;
            QTimer::singleShot(CharacterDelayMs, this, [this] { step(); });
            return;
        }
        log(u"typed\t"_s + path);
        next();
    }

    void restore()
    {
        QWidget *dialog = widgetNamed(u"JournalRecoveryDialog"_s);
        if (!m_pressed) {
            auto *button = dialog ? dialog->findChild<QPushButton *>(u"restoreButton"_s) : nullptr;
            if (!button || !button->isVisible() || !button->isEnabled())
                return retry(u"restoreButton"_s);
            button->click();
            m_pressed = true;
            return retry(u"the recovery dialog to close"_s);
        }
        if (dialog && dialog->isVisible())
            return retry(u"the recovery dialog to close"_s);
        m_pressed = false;
        log(u"restored"_s);
        next();
    }

    void save()
    {
        QWidget *window = widgetNamed(u"mainWindow"_s);
        const QList<QAction *> actions = window ? window->findChildren<QAction *>() : QList<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcut() == QKeySequence(QKeySequence::Save) && action->isEnabled()) {
                action->trigger();
                log(u"saved"_s);
                return next();
            }
        }
        retry(u"the Save action"_s);
    }

    QFile m_log;
    QStringList m_steps;
    qsizetype m_step = 0;
    qsizetype m_typed = 0;
    QPointer<QWidget> m_target; // the field being typed into; gone if the form is rebuilt
    bool m_pressed = false;
    QElapsedTimer m_waiting;
};

} // namespace

class TypistPlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "typist.json")

public:
    QObject *create(const QString &name, const QString &spec) override
    {
        if (name.compare(u"metafilltypist"_s, Qt::CaseInsensitive) != 0)
            return nullptr;
        return new Typist(spec);
    }
};

#include "TypistPlugin.moc"
