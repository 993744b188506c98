#pragma once

#include <QTreeWidget>

namespace metafill {
struct SectionSpec;
}

namespace metafill::gui {

struct SectionCompleteness;

// The sections of the form as a list to jump by, each with how much of it
// is filled. Moving through the list scrolls the form; Enter or a click
// goes into the section's first field.
class SectionOutline final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SectionOutline(QWidget *parent = nullptr);

    void setSections(const QList<const SectionSpec *> &sections);
    void setCompleteness(const QString &sectionKey, const SectionCompleteness &completeness, int instances, bool repeatable);
    // Follows the focus in the form without telling anyone.
    void setCurrentSection(const QString &sectionKey);
    QString currentSection() const;
    QTreeWidgetItem *item(const QString &sectionKey) const;

signals:
    void sectionShown(const QString &sectionKey);   // browsed to: scroll there
    void sectionEntered(const QString &sectionKey); // chosen: go into it

private:
    bool m_following = false;
    QIcon m_warningIcon;
    QIcon m_completeIcon;
};

} // namespace metafill::gui
