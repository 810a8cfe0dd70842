#include "ui/report/NoticePageView.h"

#include "core/report/OfficialLayout.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cchc::ui {

NoticePageView::NoticePageView(QWidget *parent)
    : QWidget(parent), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)),
      m_pause(new QTimer(this))
{
    m_printer->setFullPage(true); // paintReport applies the official margins itself
    m_printer->setResolution(report::layout::kDeviceDpi); // as writePdf: the same breaks
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    // The preview widget has no API for positions on its pages; its view and scene are
    // plain QGraphicsView ones, one item per page, stacked in page order.
    m_view = m_preview->findChild<QGraphicsView *>();
    if (m_view) {
        m_view->viewport()->installEventFilter(this);
        // The tint is not an item of the preview's scene: the preview takes every item
        // of its scene for a page.
        m_tint = new QWidget(m_view->viewport());
        m_tint->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_tint->installEventFilter(this);
        m_tint->hide();
        for (QScrollBar *bar : {m_view->verticalScrollBar(), m_view->horizontalScrollBar()})
            connect(bar, &QScrollBar::valueChanged, this, [this] { paintTint(); });
    }
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        m_pages = report::paintReport(m_document, *printer, &m_places);
    });
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &NoticePageView::renderNow);
}

NoticePageView::~NoticePageView() = default;

void NoticePageView::refreshLater()
{
    m_pause->start();
}

bool NoticePageView::renderPending() const
{
    return m_pause->isActive();
}

void NoticePageView::renderNow()
{
    m_pause->stop();
    if (m_source) {
        auto document = m_source();
        if (!document)
            return;
        m_document = std::move(*document);
    }
    m_preview->updatePreview();
    placeTint();
    emit rendered(m_pages);
}

int NoticePageView::pageCount() const
{
    return m_pages;
}

QList<QGraphicsItem *> NoticePageView::pageItems() const
{
    QList<QGraphicsItem *> pages;
    if (!m_view)
        return pages;
    pages = m_view->scene()->items();
    std::sort(pages.begin(), pages.end(), [](const QGraphicsItem *a, const QGraphicsItem *b) {
        return a->pos().y() != b->pos().y() ? a->pos().y() < b->pos().y()
                                            : a->pos().x() < b->pos().x();
    });
    return pages;
}

QRectF NoticePageView::pageRect(int page) const
{
    const QList<QGraphicsItem *> pages = pageItems();
    if (page < 0 || page >= pages.size())
        return {};
    // A page item draws the sheet from (0, 0) with a shadow border of 1/25 around it.
    const QRectF bounds = pages.at(page)->boundingRect();
    const double border = -bounds.left();
    return QRectF(pages.at(page)->pos(), bounds.size() - QSizeF(2 * border, 2 * border));
}

QString NoticePageView::paragraphAt(int page, double yFraction) const
{
    for (const report::ParagraphPlace &place : m_places) {
        if (place.page == page && yFraction >= place.top && yFraction <= place.bottom)
            return place.key;
    }
    return {};
}

void NoticePageView::showParagraph(const QString &key)
{
    m_shownKey = key;
    placeTint();
    if (m_view && !m_tintRect.isEmpty())
        m_view->ensureVisible(m_tintRect, 0, m_view->viewport()->height() / 4);
}

void NoticePageView::placeTint()
{
    m_tintRect = {};
    for (const report::ParagraphPlace &place : m_places) {
        if (place.key != m_shownKey)
            continue;
        const QRectF sheet = pageRect(place.page);
        if (!sheet.isEmpty()) // the first part of the paragraph: where reading it starts
            m_tintRect = QRectF(sheet.left(), sheet.top() + place.top * sheet.height(),
                                sheet.width(), (place.bottom - place.top) * sheet.height());
        break;
    }
    paintTint();
}

void NoticePageView::paintTint()
{
    if (!m_tint)
        return;
    m_tint->setVisible(!m_tintRect.isEmpty());
    m_tint->setGeometry(m_view->viewport()->rect());
    m_tint->update();
}

bool NoticePageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tint && event->type() == QEvent::Paint) {
        QPainter painter(m_tint);
        painter.fillRect(m_view->mapFromScene(m_tintRect).boundingRect(), QColor(255, 214, 0, 70));
        return true;
    }
    if (m_view && watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressAt = static_cast<QMouseEvent *>(event)->position().toPoint();
        if (event->type() == QEvent::MouseButtonRelease) {
            const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
            // A click, not the end of dragging the pages along.
            if ((at - m_pressAt).manhattanLength() <= 4) {
                const QPointF scenePoint = m_view->mapToScene(at);
                const int pages = int(pageItems().size());
                for (int page = 0; page < pages; ++page) {
                    const QRectF sheet = pageRect(page);
                    if (!sheet.contains(scenePoint))
                        continue;
                    const QString key =
                        paragraphAt(page, (scenePoint.y() - sheet.top()) / sheet.height());
                    if (!key.isEmpty())
                        emit paragraphClicked(key);
                    break;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cchc::ui
