#pragma once

#include <QString>

#include <string_view>

namespace metafill {

// UTF-8 from a library (nlohmann_json, yaml-cpp) into a QString, every
// character kept. QString::fromUtf8 drops a U+FEFF at the very start as if it
// were a byte-order mark; in a value or an image name it is a character the
// person's file holds, and a record must read back as it was written.
QString textFromUtf8(std::string_view bytes);

} // namespace metafill
