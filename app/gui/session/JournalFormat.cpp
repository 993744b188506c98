#include "JournalFormat.h"

#include "record/RecordFile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace metafill::gui {

QByteArray JournalHeader::toLine() const
{
    const QJsonObject templ{
        {u"path"_s, templatePath},
        {u"id"_s, templateId},
        {u"version"_s, templateVersion},
        {u"sha256"_s, templateSha256},
        {u"title"_s, templateTitle},
    };
    const QJsonObject root{
        {u"metafill_journal"_s, FormatVersion},
        {u"written"_s, written.toUTC().toString(Qt::ISODateWithMs)},
        {u"pid"_s, pid},
        {u"host"_s, host},
        {u"app_version"_s, appVersion},
        {u"template"_s, templ},
        {u"record_file"_s, recordFile},
        {u"modified"_s, modified},
        {u"values"_s, valueCount},
        {u"images"_s, imageCount},
        {u"record_bytes"_s, recordBytes},
        {u"record_sha256"_s, QString::fromLatin1(recordSha256)},
    };
    // Compact JSON escapes every control character in strings, so the header
    // never contains a line break of its own.
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

Result<JournalHeader> JournalHeader::fromLine(const QByteArray &line)
{
    using R = Result<JournalHeader>;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("the journal's first line is not a journal header"));
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(u"metafill_journal"_s);
    if (!format.isDouble())
        return R::failure(tr("the journal's first line is not a journal header"));
    if (format.toInt() != FormatVersion)
        return R::failure(tr("the journal was written by another version of Metafill (journal format %1)").arg(format.toInt()));

    JournalHeader h;
    h.written = QDateTime::fromString(root.value(u"written"_s).toString(), Qt::ISODateWithMs);
    h.pid = root.value(u"pid"_s).toInteger();
    h.host = root.value(u"host"_s).toString();
    h.appVersion = root.value(u"app_version"_s).toString();
    const QJsonObject templ = root.value(u"template"_s).toObject();
    h.templatePath = templ.value(u"path"_s).toString();
    h.templateId = templ.value(u"id"_s).toString();
    h.templateVersion = templ.value(u"version"_s).toString();
    h.templateSha256 = templ.value(u"sha256"_s).toString();
    h.templateTitle = templ.value(u"title"_s).toString();
    h.recordFile = root.value(u"record_file"_s).toString();
    h.modified = root.value(u"modified"_s).toBool(true);
    h.valueCount = root.value(u"values"_s).toInt();
    h.imageCount = root.value(u"images"_s).toInt();
    h.recordBytes = root.value(u"record_bytes"_s).toInteger(-1);
    h.recordSha256 = root.value(u"record_sha256"_s).toString().toLatin1();

    if (!h.written.isValid())
        return R::failure(tr("the journal header has no valid time"));
    if (h.templateId.isEmpty())
        return R::failure(tr("the journal header does not say which template was used"));
    // A length beyond any record also keeps the sums the reader makes with it
    // (header line + record) far from overflowing.
    if (h.recordBytes < 0 || h.recordBytes > RecordFile::MaxBytes || h.recordSha256.size() != 64)
        return R::failure(tr("the journal header does not describe the record it holds"));
    return h;
}

} // namespace metafill::gui
