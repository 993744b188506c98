#include "KeyValueBudget.h"

namespace metafill {

KeyValueBudget::KeyValueBudget(FileMetadata &metadata, QString origin) : m_metadata(metadata), m_origin(std::move(origin))
{
    const auto count = [this](const KeyValueList &pairs) {
        m_count += pairs.size();
        for (const auto &[key, value] : pairs)
            m_characters += key.size() + value.size();
    };
    count(metadata.originalMetadata);
    for (const ImageInfo &image : metadata.images)
        count(image.originalMetadata);
}

bool KeyValueBudget::add(KeyValueList &list, QString key, QString value)
{
    if (full()) {
        ++m_dropped;
        return false;
    }
    if (key.size() > MaxKeyLength) {
        key.truncate(MaxKeyLength);
        ++m_cut;
    }
    if (value.size() > MaxValueLength) {
        value.truncate(MaxValueLength);
        ++m_cut;
    }
    if (m_characters + key.size() + value.size() > MaxTotalCharacters) {
        m_characters = MaxTotalCharacters; // full: later, smaller pairs must not slip in out of order
        ++m_dropped;
        return false;
    }
    m_characters += key.size() + value.size();
    list.append({std::move(key), std::move(value)});
    ++m_count;
    return true;
}

void KeyValueBudget::finish()
{
    if (m_dropped > 0) {
        m_metadata.warnings.append(tr("%1: the file holds more vendor metadata than Metafill keeps; %2 further key/value pairs "
                                      "were left out (at most %3 pairs or %4 million characters per file).")
                                       .arg(m_origin, QString::number(m_dropped), QString::number(MaxPairs),
                                            QString::number(MaxTotalCharacters / (1024 * 1024))));
    }
    if (m_cut > 0) {
        m_metadata.warnings.append(
            tr("%1: %2 vendor metadata keys or values were longer than %3 characters and were cut.")
                .arg(m_origin, QString::number(m_cut), QString::number(MaxValueLength)));
    }
    m_dropped = 0;
    m_cut = 0;
}

} // namespace metafill
