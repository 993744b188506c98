// libFuzzer entry point for what the batch grid pastes: tab-separated text
// from the clipboard, as any program may have put it there (GUI layer,
// app/gui/grid/TsvText). The input is the clipboard's text as UTF-8.
//
// Checked beyond "no crash": rows copied out of the grid (TsvText::write)
// and pasted back come back as the same rows.
#include "FuzzInput.h"
#include "grid/TsvText.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using metafill::gui::TsvText;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzInput::view(data, size));
    const QList<QStringList> rows = TsvText::parse(text);
    for (const QStringList &row : rows) {
        if (row.isEmpty())
            __builtin_trap(); // every row has at least one cell
    }
    if (TsvText::parse(TsvText::write(rows)) != rows)
        __builtin_trap();
    return 0;
}
