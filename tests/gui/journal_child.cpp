// A Metafill session in a process of its own, for TestSessionJournal to kill.
//
//   journal_child <journal folder> <template file>
//
// Reads tab-separated commands from stdin (UTF-8), one per line:
//   image <file> <name>              adds an image
//   value <scope> <path> <text>      sets a field; the text is read as the field's type (ValueText)
//   type <scope> <path> <text>       the same, one character at a time, as a person types
//   go                               apply them
// Prints "ready <journal file>" when a journal holding all of it is on disk,
// then waits to be killed (SIGKILL: no destructor, no clean-up runs).

#include "session/DocumentSession.h"
#include "session/SessionJournal.h"

#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

bool setText(DocumentSession &session, const Template &t, int scope, const QString &pathText, const QString &text, bool typing)
{
    const auto path = FieldPath::parse(pathText);
    const FieldSpec *field = path ? t.field(*path) : nullptr;
    if (!field) {
        std::fprintf(stderr, "no field %s\n", qPrintable(pathText));
        return false;
    }
    const auto apply = [&](const QString &part) {
        const auto value = ValueText::parse(*field, part);
        if (!value) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(pathText), qPrintable(value.error()));
            return false;
        }
        session.setValue(*path, scope, FieldValue{{*value}, {}});
        return true;
    };
    if (typing) {
        for (qsizetype n = 1; n < text.size(); ++n)
            apply(text.left(n)); // partial input may not parse yet, as when typing
    }
    return apply(text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: journal_child <journal folder> <template file>\n");
        return 2;
    }
    TemplateLoader loader;
    auto loaded = loader.load(args.at(2));
    if (!loaded.result) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.diagnostics.toString()));
        return 2;
    }
    auto templ = std::make_shared<const Template>(std::move(*loaded.result));

    DocumentSession session;
    session.start(templ);
    SessionJournal journal(&session, args.at(1));

    QTextStream in(stdin);
    while (true) {
        const QString line = in.readLine();
        if (line.isNull() || line == u"go")
            break;
        const QStringList parts = line.split(u'\t');
        if (parts.value(0) == u"image" && parts.size() == 3) {
            session.change(u"add image"_s, [&](Record &r) { r.images.append(ImageEntry{parts.at(1), parts.at(2), {}}); },
                           RecordChange::images());
        } else if ((parts.value(0) == u"value" || parts.value(0) == u"type") && parts.size() == 4) {
            if (!setText(session, *templ, parts.at(1).toInt(), parts.at(2), parts.at(3), parts.at(0) == u"type"))
                return 3;
        } else {
            std::fprintf(stderr, "cannot read: %s\n", qPrintable(line));
            return 3;
        }
    }

    // Everything above happened before the event loop: the first write holds all of it.
    QObject::connect(&journal, &SessionJournal::written, &app, [](const SessionJournal::WriteReport &report) {
        std::printf("ready %s\n", qPrintable(report.path));
        std::fflush(stdout);
    }, Qt::SingleShotConnection);
    QObject::connect(&journal, &SessionJournal::writeFailed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
    return QCoreApplication::exec();
}
