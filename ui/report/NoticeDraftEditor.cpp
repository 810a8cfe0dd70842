#include "NoticeDraftEditor.h"

#include "report/Reports.h"
#include "Session.h"
#include "widgets/WrappingDelegate.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cchc::ui {

using namespace report;

NoticeDraftEditor::NoticeDraftEditor(Session &session, const QString &roundId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_roundId(roundId), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, &NoticeDraftEditor::saveCurrent);
    connect(&m_session, &Session::noticeParagraphsChanged, this, &NoticeDraftEditor::follow);
    setWindowTitle(tr("Notice draft"));
    m_list = new QListWidget;
    m_text = new QPlainTextEdit;
    m_draft = new QLabel;
    m_draft->setWordWrap(true);
    m_draft->setTextFormat(Qt::PlainText);
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_revert = new QPushButton(tr("Back to the draft"));
    m_reviewed = new QPushButton(tr("Reviewed: keep my text"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addWidget(m_reviewed);
    buttons->addStretch();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_draft);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 560});
    wrapText(m_list); // paragraphs are read by their first words: they wrap, not cut
    m_list->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &NoticeDraftEditor::showParagraph);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoticeDraftEditor::textEdited);
    connect(m_revert, &QPushButton::clicked, this, &NoticeDraftEditor::revertToDraft);
    connect(m_reviewed, &QPushButton::clicked, this, &NoticeDraftEditor::markReviewed);
}

QString NoticeDraftEditor::stateLabel(ParagraphState state)
{
    switch (state) {
    case ParagraphState::Drafted:
        return tr("Drafted");
    case ParagraphState::Edited:
        return tr("Edited");
    case ParagraphState::NeedsReview:
        return tr("Needs review");
    }
    return {};
}

Status NoticeDraftEditor::reload()
{
    auto draft = loadNoticeDraft(*m_session.file(), m_roundId);
    if (!draft)
        return Error{draft.error()};
    m_paragraphs = draft->paragraphs;
    m_loading = true;
    m_list->clear();
    for (int row = 0; row < m_paragraphs.size(); ++row) {
        m_list->addItem(QString());
        refreshRow(row);
    }
    m_loading = false;
    m_current = -1;
    selectParagraph(0);
    return {};
}

void NoticeDraftEditor::refreshRow(int row)
{
    const MergedParagraph &paragraph = m_paragraphs.at(row);
    QString preview = paragraph.paragraph.text.simplified();
    if (preview.size() > 80)
        preview = preview.left(80) + QStringLiteral("…");
    QListWidgetItem *item = m_list->item(row);
    item->setText(QStringLiteral("[%1] %2").arg(stateLabel(paragraph.state), preview));
    item->setForeground(paragraph.state == ParagraphState::NeedsReview ? QColor(0xb0, 0x00, 0x20)
                                                                       : palette().text().color());
}

void NoticeDraftEditor::selectParagraph(int row)
{
    m_list->setCurrentRow(row);
}

void NoticeDraftEditor::showParagraph(int row)
{
    flush(); // what was typed in the paragraph left is written first
    ++m_burst;
    m_current = row;
    const bool valid = row >= 0 && row < m_paragraphs.size();
    m_loading = true;
    m_text->setPlainText(valid ? m_paragraphs.at(row).paragraph.text : QString());
    m_loading = false;
    m_text->setEnabled(valid);
    const ParagraphState state = valid ? m_paragraphs.at(row).state : ParagraphState::Drafted;
    // An edit whose paragraph is no longer drafted can be removed, not marked reviewed.
    const bool orphan = valid && m_paragraphs.at(row).currentDraft.isEmpty();
    m_revert->setEnabled(valid && state != ParagraphState::Drafted);
    m_revert->setText(orphan ? tr("Remove this paragraph") : tr("Back to the draft"));
    m_reviewed->setEnabled(valid && state == ParagraphState::NeedsReview && !orphan);
    m_draft->setVisible(valid && state == ParagraphState::NeedsReview);
    if (valid && state == ParagraphState::NeedsReview) {
        const QString draft = m_paragraphs.at(row).currentDraft;
        m_draft->setText(draft.isEmpty() ? tr("The results no longer draft this paragraph.")
                                         : tr("Current draft: %1").arg(draft));
    }
}

void NoticeDraftEditor::textEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_paragraphs.size())
        return;
    m_dirty = true;
    m_idle->start(); // restarted by every keystroke: one write after the pause
}

void NoticeDraftEditor::flush()
{
    if (m_dirty)
        saveCurrent();
}

void NoticeDraftEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit saveFailed(message);
}

void NoticeDraftEditor::saveCurrent()
{
    m_idle->stop();
    if (!m_dirty || m_current < 0 || m_current >= m_paragraphs.size())
        return;
    MergedParagraph &paragraph = m_paragraphs[m_current];
    const QString text = m_text->toPlainText();
    // A paragraph under review keeps the draft its edit was based on until marked reviewed.
    m_writing = true;
    const Status status = m_session.editNoticeParagraph(
        m_roundId, paragraph.paragraph.key, paragraph.basedOn, text,
        QStringLiteral("%1/%2#%3").arg(m_roundId, paragraph.paragraph.key).arg(m_burst));
    m_writing = false;
    if (!status) {
        showError(status.error()); // the text stays typed and dirty: the next pause retries
        m_idle->start();
        return;
    }
    m_dirty = false;
    m_error->hide();
    paragraph.paragraph.text = text;
    if (paragraph.state == ParagraphState::Drafted)
        paragraph.state = ParagraphState::Edited;
    refreshRow(m_current);
    m_revert->setEnabled(true);
}

void NoticeDraftEditor::follow(const QString &roundId)
{
    // Our own writes are shown already; undo, redo or another window's edit is reloaded,
    // unless typed text is waiting (it is written first, and wins).
    if (roundId != m_roundId || m_writing || m_dirty)
        return;
    const int row = m_current;
    if (auto status = reload(); !status) {
        showError(status.error());
        return;
    }
    selectParagraph(std::min(row, int(m_paragraphs.size()) - 1));
}

void NoticeDraftEditor::closeEvent(QCloseEvent *event)
{
    flush();
    QWidget::closeEvent(event);
}

void NoticeDraftEditor::revertToDraft()
{
    if (m_current < 0)
        return;
    flush();
    ++m_burst;
    MergedParagraph &paragraph = m_paragraphs[m_current];
    m_writing = true;
    const Status status = m_session.revertNoticeParagraph(m_roundId, paragraph.paragraph.key);
    m_writing = false;
    if (!status) {
        showError(status.error());
        return;
    }
    if (paragraph.currentDraft.isEmpty()) { // nothing drafted under it: the paragraph goes
        const int row = m_current;
        m_paragraphs.removeAt(row);
        m_loading = true;
        delete m_list->takeItem(row);
        m_loading = false;
        selectParagraph(std::min(row, int(m_paragraphs.size()) - 1));
        return;
    }
    paragraph.paragraph.text = paragraph.currentDraft;
    paragraph.basedOn = paragraph.currentDraft;
    paragraph.state = ParagraphState::Drafted;
    refreshRow(m_current);
    showParagraph(m_current);
}

void NoticeDraftEditor::markReviewed()
{
    if (m_current < 0)
        return;
    flush();
    ++m_burst;
    MergedParagraph &paragraph = m_paragraphs[m_current];
    m_writing = true;
    const Status status = m_session.acceptNoticeParagraph(
        m_roundId, paragraph.paragraph.key, paragraph.currentDraft, paragraph.paragraph.text);
    m_writing = false;
    if (!status) {
        showError(status.error());
        return;
    }
    paragraph.basedOn = paragraph.currentDraft;
    paragraph.state = ParagraphState::Edited;
    refreshRow(m_current);
    showParagraph(m_current);
}

} // namespace cchc::ui
