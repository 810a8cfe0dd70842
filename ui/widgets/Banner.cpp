#include "ui/widgets/Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace cchc::ui {

Banner::Banner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_callback)
            m_callback();
    });
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text)
{
    QColor background;
    switch (kind) {
    case Kind::Info:
        background = QColor(0xe3, 0xf2, 0xfd);
        break;
    case Kind::Warning:
        background = QColor(0xff, 0xf3, 0xcd);
        break;
    case Kind::Error:
        background = QColor(0xfd, 0xe2, 0xe1);
        break;
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, Qt::black);
    setPalette(palette);
    m_label->setText(text);
    m_callback = nullptr;
    m_action->hide();
    setVisible(!text.isEmpty());
}

void Banner::setAction(const QString &text, const std::function<void()> &action)
{
    m_callback = action;
    m_action->setText(text);
    m_action->setVisible(bool(action));
}

QString Banner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace cchc::ui
