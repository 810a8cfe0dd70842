#pragma once

#include "core/report/PdfOutput.h"
#include "core/report/ReportDocument.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QGraphicsView;
class QGraphicsItem;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace cchc::ui {

// The notice's pages as they will print, beside the text being edited. They are painted by
// report::paintReport on a printer at the PDF's resolution (the code and the resolution
// that write the PDF), so line and page breaks are the printed ones. A new document is
// painted a short pause after the last edit, never on the keystroke; the paragraph being
// edited is scrolled into view and tinted, and a click on a paragraph names it.
class NoticePageView : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePageView(QWidget *parent = nullptr);
    ~NoticePageView() override; // where QPrinter is a complete type

    // Where the document to paint comes from: asked once per painting, after the pause, so
    // building it is off the keystroke path too. Empty: nothing new to paint.
    using Source = std::function<std::optional<report::ReportDocument>()>;
    void setSource(Source source) { m_source = std::move(source); }
    // Paints a fresh document from the source after the pause (each call restarts it).
    void refreshLater();
    // Paints now (tests, and the first showing).
    void renderNow();
    bool renderPending() const;
    int pageCount() const;
    const QList<report::ParagraphPlace> &places() const { return m_places; }
    // Scrolls to the paragraph `key` and tints it; an empty key removes the tint.
    void showParagraph(const QString &key);
    // The paragraph at `yFraction` of the sheet's height on page `page` (from 0), or empty.
    QString paragraphAt(int page, double yFraction) const;
    QGraphicsView *graphicsView() const { return m_view; }
    // The rectangle of the page in scene coordinates (for clicks made by tests).
    QRectF pageRect(int page) const;

    static constexpr int kPauseMs = 250; // after the last keystroke

signals:
    void paragraphClicked(const QString &key);
    void rendered(int pages);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QGraphicsItem *> pageItems() const; // in page order
    void placeTint();
    void paintTint();

    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QGraphicsView *m_view = nullptr;
    QWidget *m_tint = nullptr; // over the pages, passes clicks through
    QRectF m_tintRect;         // in scene coordinates; empty: nothing tinted
    QTimer *m_pause = nullptr;
    Source m_source;
    report::ReportDocument m_document;
    QList<report::ParagraphPlace> m_places;
    QString m_shownKey;
    QPoint m_pressAt;
    int m_pages = 0;
};

} // namespace cchc::ui
