#include "ui/widgets/FindingEditor.h"

#include <QKeyEvent>
#include <QTimer>

namespace cchc::ui {

FindingEditor::FindingEditor(QWidget *parent) : QPlainTextEdit(parent), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    setTabChangesFocus(true);
    setPlaceholderText(tr("Finding: what the team saw (F2 to write, Esc to return)"));
    connect(m_idle, &QTimer::timeout, this, &FindingEditor::flush);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        setDirty(true);
        m_idle->start();
    });
}

void FindingEditor::setCommittedText(const QString &text)
{
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    setDirty(false);
    m_idle->stop();
}

void FindingEditor::flush()
{
    m_idle->stop();
    if (m_dirty)
        emit commitRequested(toPlainText());
}

void FindingEditor::markCommitted(bool ok)
{
    setDirty(!ok);
    if (!ok)
        m_idle->start(5000); // retry quietly; the text stays here meanwhile
}

void FindingEditor::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit pendingChanged(dirty);
}

void FindingEditor::keyPressEvent(QKeyEvent *event)
{
    const bool ctrlEnter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                           event->modifiers().testFlag(Qt::ControlModifier);
    if (event->key() == Qt::Key_Escape || ctrlEnter) {
        flush();
        emit burstEnded();
        emit leaveRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void FindingEditor::focusOutEvent(QFocusEvent *event)
{
    flush();
    emit burstEnded();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace cchc::ui
