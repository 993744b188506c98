#pragma once

#include "record/Record.h"

#include <QWidget>

namespace metafill::gui {

// A small pill beside a field saying where its value came from: typed,
// header, preset, default, imported; "edited" for a header value typed
// over; "locked" for a header value people may not change; in an image's
// scope "shared" for a value the image takes from the values all images
// share. The tooltip names the source (Provenance::describe()).
class ProvenanceMark final : public QWidget
{
    Q_OBJECT

public:
    // Where the value an editor shows comes from.
    enum class Origin {
        None,            // no value
        Own,             // the scope's own value
        Shared,          // an image's scope shows the value all images share
        TemplateDefault, // nothing stored; the template's default applies
    };

    explicit ProvenanceMark(QWidget *parent = nullptr);

    void setSource(Origin origin, const Provenance &provenance, bool imageScope);
    QString text() const { return m_text; } // what the pill says; empty when there is no value
    Origin origin() const { return m_origin; }

    // Typed over a value read from a file header: the typed value keeps the
    // header's file and query, so the mark can say so (and it survives saving).
    static bool isTypedOverHeader(const Provenance &provenance);

    // The height of the editor's first line, so the pill is centred on it.
    void setLineHeight(int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor accent() const;

    Origin m_origin = Origin::None;
    Provenance m_provenance;
    QString m_text;
    int m_lineHeight = 0;
};

} // namespace metafill::gui
