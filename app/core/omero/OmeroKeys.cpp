#include "OmeroKeys.h"

using namespace Qt::StringLiterals;

namespace metafill {

QString OmeroKeys::problemWith(const QString &key)
{
    static const QStringList parents{u"PROJECT"_s, u"DATASET"_s, u"SCREEN"_s, u"PLATE"_s, u"RUN"_s, u"WELL"_s, u"PLATEACQUISITION"_s};
    if (key.isEmpty())
        return tr("the OMERO key is empty");
    if (key != key.trimmed())
        return tr("the OMERO key '%1' starts or ends with blanks, which the import script removes").arg(key);
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("the OMERO key '%1' contains a line break, tab or control character").arg(key.simplified());
    }
    if (parents.contains(key))
        return tr("'%1' is an OMERO container name; Import_from_csv.py silently drops a column with this exact key. "
                  "Use another spelling, such as '%2'")
            .arg(key, key.left(1) + key.mid(1).toLower());
    if (key.compare(u"tag"_s, Qt::CaseInsensitive) == 0)
        return tr("a column called '%1' is read as OMERO tags, not as a key-value pair; choose another key").arg(key);
    if (key == u"OBJECT_ID" || key == u"OBJECT_NAME")
        return tr("'%1' is the column OMERO uses to find the images; it cannot be a key").arg(key);
    if (key.size() > 255)
        return tr("the OMERO key is longer than 255 characters");
    return {};
}

QString OmeroKeys::keyPattern(const SectionSpec &section, const FieldSpec &field)
{
    if (section.instanceKey.isEmpty())
        return field.omeroKey;
    return QString(section.instanceKey).replace(u"{key}"_s, field.omeroKey);
}

bool OmeroKeys::isLegacyIdentifier(const QString &key)
{
    return key == u"image" || key == u"well" || key == u"plate";
}

QString OmeroKeys::keyFor(const SectionSpec &section, const FieldSpec &field, int instance)
{
    if (section.instanceKey.isEmpty())
        return field.omeroKey;
    QString key = section.instanceKey;
    key.replace(u"{index}"_s, QString::number(instance));
    key.replace(u"{number}"_s, QString::number(instance + 1));
    key.replace(u"{key}"_s, field.omeroKey);
    return key;
}

} // namespace metafill
