#pragma once

#include "PackBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

// Small real packs for the tests: templates written out as a facility would
// write them, term packs in OBO, and the index made by PackBuilder (the code
// behind `metafill-cli pack build`).
namespace PackFixture {

// A complete, valid template with one section and the given presets.
inline QByteArray templateYaml(const QString &id, const QString &version, const QStringList &presets = {},
                               const QString &fieldLabel = QStringLiteral("Sample name"))
{
    QString text = QStringLiteral("metafill: 1\nid: %1\nversion: %2\ntitle: {en: \"Template %1\"}\n"
                                  "sections:\n  - key: sample\n    label: Sample\n    fields:\n"
                                  "      - {key: name, type: text, label: \"%3\", requirement: required}\n"
                                  "      - {key: stain, type: text, label: Stain}\n")
                       .arg(id, version, fieldLabel);
    if (!presets.isEmpty()) {
        text += QStringLiteral("presets:\n");
        for (const QString &preset : presets)
            text += QStringLiteral("  - {key: %1, label: \"%1\", values: {sample.stain: \"DAPI\"}}\n").arg(preset);
    }
    return text.toUtf8();
}

inline QByteArray termsObo(const QString &ontology, const QStringList &labels)
{
    QString text = QStringLiteral("format-version: 1.4\ndata-version: 2026-01-01\nontology: %1\n").arg(ontology);
    int number = 1;
    for (const QString &label : labels)
        text += QStringLiteral("\n[Term]\nid: FAC:%1\nname: %2\n").arg(number++, 7, 10, QLatin1Char('0')).arg(label);
    return text.toUtf8();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Builds the index of `folder` as `pack build` does; fails the test if it cannot.
inline metafill::PackIndex buildIndex(const QString &folder, const QString &id, const QString &version)
{
    const metafill::PackBuilder::Outcome outcome = metafill::PackBuilder::build(
        folder, {id, version, QStringLiteral("LMF templates"), QStringLiteral("Light Microscopy Facility"), {}});
    if (!outcome.index) {
        QTest::qFail(qPrintable(outcome.errors.join(u'\n')), __FILE__, __LINE__);
        return {};
    }
    if (!metafill::PackBuilder::write(folder, *outcome.index))
        QTest::qFail("the index could not be written", __FILE__, __LINE__);
    return *outcome.index;
}

} // namespace PackFixture
