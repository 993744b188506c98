#pragma once

#include <QDir>
#include <QString>

// Where the tests find their inputs. Real microscope files from ../shared/samples
// are optional: tests that need them skip when the folder is absent.
namespace TestPaths {
inline QString data(const QString &relative = {})
{
    return QDir(QStringLiteral(METAFILL_TEST_DATA)).filePath(relative);
}
inline QString source(const QString &relative = {})
{
    return QDir(QStringLiteral(METAFILL_SOURCE_DIR)).filePath(relative);
}
inline QString samples(const QString &relative = {})
{
    return QDir(QStringLiteral(METAFILL_SHARED_DIR)).filePath(QStringLiteral("samples/") + relative);
}
inline QString cliBinary()
{
    return QStringLiteral(METAFILL_CLI_BINARY);
}
} // namespace TestPaths
