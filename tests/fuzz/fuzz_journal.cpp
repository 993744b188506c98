// libFuzzer entry point for the session journal reader (GUI layer,
// app/gui/session): what the desktop program reads at start from the journals
// that crashed or killed sessions left behind — a damaged one must be set
// aside with a reason, never crash the start. The journal is listed
// (JournalRecovery::scan) and every session found is loaded against the
// template tests/data/templates/valid/all-types.yaml.
//
// The first byte chooses how the rest is used:
//   even: as the journal file, byte for byte;
//   odd:  as header line + record, with the header's record length, checksum
//         and template path made to fit, so that the record itself is read
//         and bound (a checksum is otherwise out of a fuzzer's reach).
// Seeds: tests/data/fuzz/journal.
#include "FuzzInput.h"
#include "TestPaths.h"
#include "session/JournalFormat.h"
#include "session/JournalRecovery.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace metafill::gui;

namespace {

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes.data(), bytes.size());
}

// A header that parses is written so that it parses again into the same header.
void checkHeaderRoundTrip(const JournalHeader &header)
{
    const QByteArray line = header.toLine();
    if (line.count('\n') != 1 || !line.endsWith('\n'))
        __builtin_trap();
    const auto again = JournalHeader::fromLine(line);
    if (!again || again->toLine() != line)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir root;
    static const QString templateDir = [] {
        const QString dir = root.filePath(u"templates"_s);
        QDir().mkpath(dir);
        QFile::copy(TestPaths::data(u"templates/valid/all-types.yaml"_s), dir + u"/all-types.yaml"_s);
        return dir;
    }();
    if (!root.isValid() || size == 0)
        return 0;
    const bool fitted = data[0] & 1;
    const QByteArrayView input = FuzzInput::view(data + 1, size - 1);

    QByteArray journal;
    const qsizetype lineEnd = input.indexOf('\n');
    if (lineEnd >= 0) {
        auto header = JournalHeader::fromLine(input.first(lineEnd).toByteArray());
        if (header)
            checkHeaderRoundTrip(*header);
        if (fitted && header) {
            JournalHeader fitting = *header;
            const QByteArrayView record = input.sliced(lineEnd + 1);
            fitting.templatePath = templateDir + u"/all-types.yaml"_s;
            fitting.recordBytes = record.size();
            fitting.recordSha256 = QCryptographicHash::hash(record, QCryptographicHash::Sha256).toHex();
            journal = fitting.toLine() + record.toByteArray();
        }
    }
    if (journal.isEmpty()) {
        if (fitted)
            return 0;
        journal = input.toByteArray();
    }

    const QString journalDir = root.filePath(u"journals"_s);
    QDir(journalDir).removeRecursively();
    QDir().mkpath(journalDir);
    writeFile(journalDir + u"/session.journal"_s, journal);

    JournalRecovery recovery(journalDir);
    recovery.scan();
    if (recovery.sessions().size() + recovery.damaged().size() != 1)
        __builtin_trap(); // the one journal is either offered or set aside
    for (const RecoverableSession &session : recovery.sessions()) {
        const JournalRecovery::LoadOutcome outcome = JournalRecovery::load(session, QStringList{templateDir});
        if (outcome.session.has_value() == !outcome.error.isEmpty())
            __builtin_trap(); // a session, or a reason why not
    }
    return 0;
}
