#include "TermFileReader.h"

#include "OboReader.h"
#include "TermJsonReader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace metafill {

Result<TermFile> TermFileReader::read(const QString &path, const TermReadLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<TermFile>::failure(tr("%1: the file cannot be opened (%2).").arg(path, file.errorString()));
    // Checked before reading, so that a huge file costs no memory.
    if (file.size() > limits.maxFileBytes) {
        return Result<TermFile>::failure(tr("%1: the file is larger than %2 MiB, more than any ontology or term pack Metafill takes.")
                                             .arg(path, QString::number(limits.maxFileBytes / (1024 * 1024))));
    }
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<TermFile>::failure(tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    return parse(bytes, path, limits);
}

Result<TermFile> TermFileReader::parse(QByteArrayView bytes, const QString &path, const TermReadLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return Result<TermFile>::failure(tr("%1: the file is larger than %2 MiB, more than any ontology or term pack Metafill takes.")
                                             .arg(path, QString::number(limits.maxFileBytes / (1024 * 1024))));
    }
    if (looksLikeJson(bytes))
        return TermJsonReader::parse(bytes, path, limits);
    return OboReader::parse(bytes, path, limits);
}

bool TermFileReader::looksLikeJson(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

void TermWarnings::add(const QString &warning)
{
    if (m_warnings.size() < m_max)
        m_warnings.append(warning);
    else
        ++m_dropped;
}

QStringList TermWarnings::finish() &&
{
    if (m_dropped > 0)
        m_warnings.append(tr("… and %n more warning(s) like these.", nullptr, m_dropped));
    return std::move(m_warnings);
}

} // namespace metafill
