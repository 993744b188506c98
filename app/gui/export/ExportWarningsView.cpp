#include "ExportWarningsView.h"

#include "ExportPlan.h"

#include <QEvent>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// Details beyond this many are summed up in one line: a list of 2,000
// duplicate names helps nobody more than the first 100 do.
constexpr int MaxDetails = 100;

const QUrl ErrorIcon(u"metafill-icon:error"_s);
const QUrl WarningIcon(u"metafill-icon:warning"_s);
const QUrl FineIcon(u"metafill-icon:fine"_s);

} // namespace

ExportWarningsView::ExportWarningsView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"exportWarnings"_s);
    setAccessibleName(tr("Warnings about the export"));
    setOpenLinks(false);
    setTabChangesFocus(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    addIcons();
}

void ExportWarningsView::addIcons()
{
    // The style's own icons, at the screen's pixel ratio, so they stay sharp
    // on high-DPI screens and match the theme.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const qreal ratio = devicePixelRatioF();
    const auto add = [&](const QUrl &url, QStyle::StandardPixmap which) {
        document()->addResource(QTextDocument::ImageResource, url,
                                style()->standardIcon(which, nullptr, this).pixmap(QSize(size, size), ratio));
    };
    add(ErrorIcon, QStyle::SP_MessageBoxCritical);
    add(WarningIcon, QStyle::SP_MessageBoxWarning);
    add(FineIcon, QStyle::SP_DialogApplyButton);
}

void ExportWarningsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        addIcons();
        viewport()->update();
    }
    QTextBrowser::changeEvent(event);
}

void ExportWarningsView::showPlan(const ExportPlan &plan)
{
    m_lines.clear();

    // The reason nothing can be written comes first, unless a warning below
    // already says it in more detail (duplicate names).
    QList<ExportWarning> warnings = plan.warnings();
    const bool explained = std::any_of(warnings.cbegin(), warnings.cend(), [](const ExportWarning &w) { return w.blocksExport; });
    if (!plan.canExport() && !explained) {
        QString reason = plan.error(); // may be the core's lower-case fragment
        reason[0] = reason.at(0).toUpper();
        warnings.prepend(ExportWarning{ExportWarning::Kind::Exporter, true, reason, {}});
    }
    // Most serious first: what blocks the export, then what is missing.
    std::stable_sort(warnings.begin(), warnings.end(), [](const ExportWarning &a, const ExportWarning &b) {
        const auto rank = [](const ExportWarning &w) {
            return w.blocksExport ? 0 : w.kind == ExportWarning::Kind::RequiredMissing ? 1 : 2;
        };
        return rank(a) < rank(b);
    });

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = [size](const QUrl &url) {
        return u"<img src=\"%1\" width=\"%2\" height=\"%2\" style=\"vertical-align: middle\"/>&nbsp;"_s.arg(url.toString()).arg(size);
    };
    QString html;
    for (const ExportWarning &warning : std::as_const(warnings)) {
        m_lines.append(warning.text);
        const bool strong = warning.blocksExport || warning.kind == ExportWarning::Kind::RequiredMissing;
        html += u"<p style=\"margin-top: 4px; margin-bottom: 2px\">"_s + icon(warning.blocksExport ? ErrorIcon : WarningIcon) +
                (strong ? u"<b>"_s : QString()) + warning.text.toHtmlEscaped() + (strong ? u"</b>"_s : QString()) + u"</p>"_s;
        if (warning.details.isEmpty())
            continue;
        html += u"<ul style=\"margin-top: 0px; margin-bottom: 4px\">"_s;
        const int shown = std::min(int(warning.details.size()), MaxDetails);
        for (int i = 0; i < shown; ++i) {
            m_lines.append(warning.details.at(i));
            html += u"<li>"_s + warning.details.at(i).toHtmlEscaped() + u"</li>"_s;
        }
        if (warning.details.size() > shown) {
            const QString more = tr("… and %n more", nullptr, int(warning.details.size()) - shown);
            m_lines.append(more);
            html += u"<li>"_s + more.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (m_lines.isEmpty()) {
        const QString fine = tr("No problems found: every image has its required values, and OMERO can import the file as it is.");
        m_lines.append(fine);
        html = u"<p>"_s + icon(FineIcon) + fine.toHtmlEscaped() + u"</p>"_s;
    }
    setHtml(html);
}

} // namespace metafill::gui
