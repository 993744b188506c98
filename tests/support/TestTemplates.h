#pragma once

#include "TestPaths.h"
#include "template/TemplateLoader.h"

#include <QtGlobal>

#include <memory>

// Templates for tests, loaded as the program loads them. A template that does
// not load is a broken test set-up: the diagnostics are printed and the
// caller gets nothing (QVERIFY on it).
namespace TestTemplates {
inline std::shared_ptr<const metafill::Template> fromFile(const QString &path)
{
    metafill::TemplateLoader loader;
    auto outcome = loader.load(path);
    if (!outcome.result) {
        qWarning("%s", qPrintable(outcome.diagnostics.toString()));
        return {};
    }
    return std::make_shared<const metafill::Template>(std::move(*outcome.result));
}
// One of the built-in templates in the repository's templates/ folder ("rembi.yaml").
inline std::shared_ptr<const metafill::Template> builtin(const QString &fileName)
{
    return fromFile(TestPaths::source(QStringLiteral("templates/") + fileName));
}
} // namespace TestTemplates
