#include "ui/report/NoticeDraftEditor.h"

#include "ui/report/NoticePageView.h"
#include "ui/Session.h"
#include "ui/widgets/WindowSize.h"
#include "ui/widgets/WrappingDelegate.h"

#include "ui/report/NoticeFields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cchc::ui {

using namespace report;

namespace {

const QString kFirst = QStringLiteral("^"); // StoredParagraph::afterKey of the first paragraph

QColor stateColour(ParagraphState state)
{
    switch (state) {
    case ParagraphState::Drafted:
        return QColor(0x90, 0x90, 0x90);
    case ParagraphState::Edited:
        return QColor(0x15, 0x65, 0xc0);
    case ParagraphState::NeedsReview:
        return QColor(0xc6, 0x28, 0x28);
    case ParagraphState::Own:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return Qt::black;
}

// A round marker in the state's colour with its letter, so the state reads without colour.
QIcon stateMarker(ParagraphState state)
{
    static const char *const letters[] = {"D", "S", "!", "+"};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColour(state));
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    QFont font = painter.font();
    font.setPixelSize(18);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter,
                     QString::fromLatin1(letters[int(state)]));
    return QIcon(pixmap);
}

// `main` taking the height, `below` under it, without margins: a pane of the splitter.
QWidget *column(QWidget *main, QWidget *below)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main, 1);
    layout->addWidget(below);
    return pane;
}

} // namespace

NoticeDraftEditor::NoticeDraftEditor(Session &session, const QString &roundId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_roundId(roundId),
      m_reload(new QTimer(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeDraftEditor"));
    setWindowTitle(tr("Notice draft"));
    m_list = new QListWidget;
    m_list->setIconSize(QSize(16, 16));
    wrapText(m_list); // paragraphs are read by their first words: they wrap, not cut
    m_list->setSpacing(2);
    m_text = new QPlainTextEdit;
    m_text->setUndoRedoEnabled(false); // undo is the file's history, step by step
    m_text->installEventFilter(this);
    m_draftLabel = new QLabel;
    m_draftLabel->setWordWrap(true);
    m_draftLabel->setTextFormat(Qt::PlainText);
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_pages = new NoticePageView;

    auto *legend = new QLabel;
    QStringList marks;
    for (ParagraphState state : {ParagraphState::Drafted, ParagraphState::Edited,
                                 ParagraphState::NeedsReview, ParagraphState::Own})
        marks << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                     .arg(stateColour(state).name(), stateLabel(state).toHtmlEscaped());
    legend->setText(marks.join(QStringLiteral(" &nbsp; ")));
    legend->setWordWrap(true);
    auto *bar = new QWidget;
    buildButtons(bar);
    auto *splitter = new QSplitter;
    splitter->addWidget(column(m_list, legend));
    splitter->addWidget(column(m_text, m_draftLabel));
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({300, 420, 600});

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    m_fields = new NoticeFields;
    connect(m_fields, &NoticeFields::dateChosen, this, &NoticeDraftEditor::setNoticeDate);
    connect(m_fields, &NoticeFields::signerChosen, this, &NoticeDraftEditor::setSigner);
    connect(m_fields, &NoticeFields::settingsRequested, this,
            &NoticeDraftEditor::settingsRequested);
    layout->addWidget(m_fields);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resizeToFit(this, QSize(1340, 688));
    m_list->setFocus(); // the paragraphs first, not the date field above them

    connect(m_list, &QListWidget::currentRowChanged, this, &NoticeDraftEditor::showParagraph);
    // Typing is written after a pause, like a finding: a burst is one commit and one undo
    // step; every other action, a change of paragraph and closing write it first.
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &NoticeDraftEditor::saveCurrent);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_typing->start();
    });
    m_pages->setSource([this] { return pagesDocument(); });
    connect(m_pages, &NoticePageView::paragraphClicked, this,
            [this](const QString &key) { selectParagraph(rowOf(key)); });
    // Results changed elsewhere, or an undo in the main window: draft again.
    m_reload->setSingleShot(true);
    connect(m_reload, &QTimer::timeout, this, &NoticeDraftEditor::reloadOrSay);
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this,
            &NoticeDraftEditor::scheduleReload);
    connect(&m_session, &Session::noticeParagraphsChanged, this, &NoticeDraftEditor::scheduleReload);
    connect(&m_session, &Session::noticeSettingsChanged, this, &NoticeDraftEditor::scheduleReload);
}

QDateEdit *NoticeDraftEditor::dateEdit() const
{
    return m_fields->dateEdit();
}

QComboBox *NoticeDraftEditor::signerBox() const
{
    return m_fields->signerBox();
}

Status NoticeDraftEditor::refreshNoticeFields()
{
    const InspectionFile &file = *m_session.file();
    ReportStore store(file);
    auto chosen = store.noticeSettings(m_roundId);
    if (!chosen)
        return chosen.failure();
    auto issued = store.issuedNotice(m_roundId);
    if (!issued)
        return issued.failure();
    auto date = noticeDateOf(file, m_roundId);
    if (!date)
        return date.failure();
    m_chosen = *chosen;
    m_issued = issued->has_value();
    m_fields->showChoice(m_draft.data.round, m_chosen, *date, *issued, !file.isReadOnly());
    return {};
}

void NoticeDraftEditor::setNoticeDate(const QDate &date)
{
    commitTyping();
    NoticeSettings next = m_chosen;
    next.noticeDate = date;
    if (next == m_chosen)
        return;
    const Status status = m_session.setNoticeSettings(
        m_roundId, next, date.isValid() ? tr("Notice date") : tr("Default notice date"),
        date.isValid() ? QStringLiteral("date") : QString());
    if (!status)
        showError(status.error());
    else
        reloadOrSay();
}

void NoticeDraftEditor::setSigner(const QString &memberId)
{
    commitTyping();
    NoticeSettings next = m_chosen;
    next.signerMemberId = memberId;
    if (next == m_chosen)
        return;
    const Status status = m_session.setNoticeSettings(m_roundId, next, tr("Notice signer"));
    if (!status)
        showError(status.error());
    else
        reloadOrSay();
}

void NoticeDraftEditor::buildButtons(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &name, const QString &text, const QKeySequence &keys,
                            const std::function<void()> &slot) {
        auto *pushButton = new QPushButton(text);
        pushButton->setObjectName(name);
        if (!keys.isEmpty()) {
            auto *shortcut = new QShortcut(keys, this);
            connect(shortcut, &QShortcut::activated, pushButton, &QPushButton::click);
            pushButton->setToolTip(QStringLiteral("%1 (%2)").arg(
                text, keys.toString(QKeySequence::NativeText)));
        }
        connect(pushButton, &QPushButton::clicked, this, slot);
        layout->addWidget(pushButton);
        m_buttons.insert(name, pushButton);
    };
    button(QStringLiteral("add"), tr("Add after"), QKeySequence(Qt::CTRL | Qt::Key_Return),
           [this] { addParagraph(); });
    button(QStringLiteral("remove"), tr("Leave out"), QKeySequence(Qt::ALT | Qt::Key_Delete),
           [this] { removeParagraph(); });
    button(QStringLiteral("up"), tr("Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
           [this] { moveParagraph(-1); });
    button(QStringLiteral("down"), tr("Down"), QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { moveParagraph(+1); });
    button(QStringLiteral("revert"), tr("Back to the draft"), {}, [this] { revertToDraft(); });
    button(QStringLiteral("reviewed"), tr("Reviewed: keep my text"), {},
           [this] { markReviewed(); });
    layout->addStretch();
    // Undo and redo act on the file's history here too (the text box has none of its own).
    for (const auto &[keys, slot] :
         {std::pair{QKeySequence(QKeySequence::Undo), &NoticeDraftEditor::undo},
          std::pair{QKeySequence(QKeySequence::Redo), &NoticeDraftEditor::redo}}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

QString NoticeDraftEditor::stateLabel(ParagraphState state)
{
    switch (state) {
    case ParagraphState::Drafted:
        return tr("Drafted");
    case ParagraphState::Edited:
        return tr("Edited");
    case ParagraphState::NeedsReview:
        return tr("Out of date: review");
    case ParagraphState::Own:
        return tr("The team's own");
    }
    return {};
}

QString NoticeDraftEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NoticeDraftEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit saveFailed(message);
}

void NoticeDraftEditor::scheduleReload()
{
    if (!m_writing) // our own step: the editor reloads when it is done
        m_reload->start(0);
}

void NoticeDraftEditor::commitTyping()
{
    if (!m_typing->isActive())
        return;
    m_typing->stop();
    saveCurrent();
}

Status NoticeDraftEditor::reload()
{
    commitTyping();
    m_reload->stop();
    const QString key = m_current >= 0 && m_current < m_paragraphs.size()
                            ? m_paragraphs.at(m_current).paragraph.key
                            : QString();
    auto draft = loadNoticeDraft(*m_session.file(), m_roundId);
    if (!draft)
        return draft.failure();
    auto rows = ReportStore(*m_session.file()).paragraphs(m_roundId);
    if (!rows)
        return rows.failure();
    m_rowIds.clear();
    for (const StoredParagraph &row : *rows)
        m_rowIds.insert(row.key, row.id);
    m_draft.data = std::move(draft->data);
    m_draft.settings = std::move(draft->settings);
    m_drafted = std::move(draft->drafted);
    m_paragraphs = std::move(draft->paragraphs);
    m_loading = true;
    m_list->clear();
    for (int row = 0; row < m_paragraphs.size(); ++row) {
        m_list->addItem(QString());
        refreshRow(row);
    }
    m_loading = false;
    m_current = -1;
    // First: whether the notice is issued decides what the selected paragraph allows.
    if (auto status = refreshNoticeFields(); !status)
        return status;
    selectParagraph(std::max(0, rowOf(key)));
    refreshPages();
    return {};
}

int NoticeDraftEditor::rowOf(const QString &key) const
{
    for (int row = 0; row < m_paragraphs.size(); ++row) {
        if (m_paragraphs.at(row).paragraph.key == key)
            return row;
    }
    return -1;
}

void NoticeDraftEditor::refreshRow(int row)
{
    const MergedParagraph &paragraph = m_paragraphs.at(row);
    QString preview = paragraph.paragraph.text.simplified();
    if (preview.size() > 120)
        preview = preview.left(120) + QStringLiteral("…");
    if (preview.isEmpty())
        preview = tr("(empty: type the paragraph)");
    QListWidgetItem *item = m_list->item(row);
    item->setText(preview);
    item->setIcon(stateMarker(paragraph.state));
    QString tip = stateLabel(paragraph.state);
    if (paragraph.hidden)
        tip = tr("%1; left out of the notice").arg(tip);
    item->setToolTip(tip);
    QFont font = m_list->font();
    font.setStrikeOut(paragraph.hidden); // listed, but not printed
    font.setItalic(paragraph.hidden);
    item->setFont(font);
    item->setForeground(paragraph.hidden ? palette().placeholderText().color()
                                         : palette().text().color());
}

void NoticeDraftEditor::selectParagraph(int row)
{
    if (row == m_list->currentRow())
        showParagraph(row);
    else
        m_list->setCurrentRow(row);
}

void NoticeDraftEditor::showParagraph(int row)
{
    commitTyping(); // into the paragraph it was typed in, before another is shown
    m_current = row;
    const bool valid = row >= 0 && row < m_paragraphs.size();
    const QString text = valid ? m_paragraphs.at(row).paragraph.text : QString();
    if (m_text->toPlainText() != text) { // keeps the cursor when the text is the same
        m_loading = true;
        m_text->setPlainText(text);
        m_loading = false;
    }
    m_text->setEnabled(valid && editable());
    const bool review = valid && m_paragraphs.at(row).state == ParagraphState::NeedsReview;
    m_draftLabel->setVisible(review);
    if (review) {
        const QString draft = m_paragraphs.at(row).currentDraft;
        m_draftLabel->setText(draft.isEmpty() ? tr("The results no longer draft this paragraph.")
                                              : tr("Current draft: %1").arg(draft));
    }
    updateButtons();
    m_pages->showParagraph(valid ? m_paragraphs.at(row).paragraph.key : QString());
}

// An issued notice prints from its snapshot: an edit of its text would never print, so its
// paragraphs are shown, not edited (the banner of the fields says why).
bool NoticeDraftEditor::editable() const
{
    return !m_session.file()->isReadOnly() && !m_issued;
}

void NoticeDraftEditor::updateButtons()
{
    const bool writable = editable();
    const bool valid = writable && m_current >= 0 && m_current < m_paragraphs.size();
    const MergedParagraph *paragraph = valid ? &m_paragraphs.at(m_current) : nullptr;
    const ParagraphState state = paragraph ? paragraph->state : ParagraphState::Drafted;
    // An edit whose paragraph is no longer drafted can be removed, not marked reviewed.
    const bool orphan = paragraph && state == ParagraphState::NeedsReview
                        && paragraph->currentDraft.isEmpty();
    m_buttons.value(QStringLiteral("add"))->setEnabled(valid);
    QPushButton *remove = m_buttons.value(QStringLiteral("remove"));
    remove->setEnabled(valid);
    remove->setText(state == ParagraphState::Own || orphan ? tr("Delete")
                    : paragraph && paragraph->hidden       ? tr("Put back")
                                                           : tr("Leave out"));
    m_buttons.value(QStringLiteral("up"))->setEnabled(valid && canMove(m_current, -1));
    m_buttons.value(QStringLiteral("down"))->setEnabled(valid && canMove(m_current, +1));
    QPushButton *revert = m_buttons.value(QStringLiteral("revert"));
    revert->setEnabled(valid && (state == ParagraphState::Edited || state == ParagraphState::NeedsReview));
    revert->setText(orphan ? tr("Remove this paragraph") : tr("Back to the draft"));
    m_buttons.value(QStringLiteral("reviewed"))
        ->setEnabled(valid && state == ParagraphState::NeedsReview && !orphan);
}

bool NoticeDraftEditor::canMove(int row, int step) const
{
    const int to = row + step;
    if (row < 0 || row >= m_paragraphs.size() || to < 0 || to >= m_paragraphs.size())
        return false;
    const MergedParagraph &from = m_paragraphs.at(row);
    const MergedParagraph &other = m_paragraphs.at(to);
    // The opening and the closing paragraph frame the notice: they stay where they are.
    for (const MergedParagraph *paragraph : {&from, &other}) {
        if (paragraph->paragraph.key == QLatin1String("opening")
            || paragraph->paragraph.key == QLatin1String("closing"))
            return false;
    }
    return from.section == other.section;
}

void NoticeDraftEditor::refreshPages()
{
    m_pages->refreshLater();
}

std::optional<ReportDocument> NoticeDraftEditor::pagesDocument()
{
    NoticeDraft draft;
    draft.data = m_draft.data;
    draft.settings = m_draft.settings;
    draft.paragraphs = m_paragraphs;
    ReportRequest request;
    request.roundId = m_roundId;
    request.withAnnex = false; // the notice itself: the annex does not change as it is edited
    auto document = noticeDocument(*m_session.file(), std::move(draft), request);
    if (!document) {
        showError(document.error());
        return std::nullopt;
    }
    return *document;
}

bool NoticeDraftEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The text box takes Ctrl+Z for itself: here it is the file's undo.
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true; // not accepted: the window's shortcut runs
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoticeDraftEditor::closeEvent(QCloseEvent *event)
{
    commitTyping();
    // Closed windows are deleted later, maybe after their file's session: nothing more
    // may reach for it.
    m_reload->stop();
    disconnect(m_session.undoStack(), nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
    QWidget::closeEvent(event);
}

bool NoticeDraftEditor::write(const QString &step,
                              const std::function<Status(ReportStore &)> &change,
                              const QString &burstKey, const QString &selectKey)
{
    commitTyping(); // what was typed first, as its own step (stops before saveCurrent's write)
    m_writing = true;
    const Status status = m_session.editNotice(m_roundId, step, change, burstKey);
    m_writing = false;
    if (!status) {
        showError(status.error());
        return false;
    }
    m_error->hide();
    if (burstKey.isEmpty()) { // a step of structure: show the file as it now is
        const QString key = selectKey;
        if (auto reloaded = reload(); !reloaded) {
            showError(reloaded.error());
            return false;
        }
        if (!key.isEmpty())
            selectParagraph(rowOf(key));
    }
    return true;
}

void NoticeDraftEditor::saveCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_paragraphs.size())
        return;
    MergedParagraph &paragraph = m_paragraphs[m_current];
    const QString text = m_text->toPlainText();
    const QString key = paragraph.paragraph.key;
    // A paragraph under review keeps the draft its edit was based on until marked reviewed.
    const QString basedOn = paragraph.state == ParagraphState::Own ? QString() : paragraph.basedOn;
    const QString roundId = m_roundId;
    if (!write(tr("Edit paragraph"),
               [roundId, key, basedOn, text](ReportStore &store) {
                   return store.saveParagraph(roundId, key, basedOn, text);
               },
               key))
        return;
    paragraph.paragraph.text = text;
    if (paragraph.state == ParagraphState::Drafted && text != paragraph.basedOn)
        paragraph.state = ParagraphState::Edited;
    refreshRow(m_current);
    updateButtons();
    refreshPages(); // after the pause: typing never waits for the document or the pages
}

QList<StoredParagraph> NoticeDraftEditor::rowsFor(const QList<MergedParagraph> &order) const
{
    QList<StoredParagraph> rows;
    for (const MergedParagraph &paragraph : order) {
        const bool placed = !paragraph.afterKey.isEmpty();
        if (paragraph.state == ParagraphState::Drafted && !paragraph.hidden && !placed)
            continue; // follows the draft where the draft puts it: nothing to keep
        StoredParagraph row;
        row.id = m_rowIds.value(paragraph.paragraph.key);
        row.key = paragraph.paragraph.key;
        row.afterKey = paragraph.afterKey;
        row.hidden = paragraph.hidden;
        switch (paragraph.state) {
        case ParagraphState::Drafted: // placed or left out, its text the draft's
            row.draftedText = row.editedText = paragraph.currentDraft;
            break;
        case ParagraphState::Own:
            row.editedText = paragraph.paragraph.text;
            break;
        case ParagraphState::Edited:
        case ParagraphState::NeedsReview:
            row.draftedText = paragraph.basedOn;
            row.editedText = paragraph.paragraph.text;
            break;
        }
        rows.append(row);
    }
    return rows;
}

void NoticeDraftEditor::writeOrder(QList<MergedParagraph> next, const QString &step,
                                   const QString &selectKey)
{
    const auto keysOf = [](const QList<MergedParagraph> &order) {
        QStringList keys;
        for (const MergedParagraph &paragraph : order)
            keys << paragraph.paragraph.key;
        return keys;
    };
    const QStringList wanted = keysOf(next);
    // As few places as will do: a drafted paragraph keeps a place only where the draft's
    // own order would put it elsewhere (so moving one back leaves nothing stored). Each
    // pass places the paragraphs that a merge of the rows so far puts after another one.
    for (MergedParagraph &paragraph : next) {
        if (paragraph.state != ParagraphState::Own)
            paragraph.afterKey.clear();
    }
    QList<StoredParagraph> rows = rowsFor(next);
    for (int pass = 0; pass <= 2; ++pass) {
        const QStringList merged = keysOf(mergeDraft(m_drafted, rows));
        if (merged == wanted)
            break;
        for (int row = 0; row < next.size(); ++row) {
            const QString above = row > 0 ? wanted.at(row - 1) : kFirst;
            const int at = int(merged.indexOf(wanted.at(row)));
            const QString mergedAbove = at > 0 ? merged.at(at - 1) : kFirst;
            if (pass == 2 || at < 0 || mergedAbove != above) // the last pass places all
                next[row].afterKey = above;
        }
        rows = rowsFor(next);
    }
    const QString roundId = m_roundId;
    write(step, [roundId, rows](ReportStore &store) { return store.replaceParagraphs(roundId, rows); },
          {}, selectKey);
}

void NoticeDraftEditor::addParagraph()
{
    if (m_current < 0 || m_current >= m_paragraphs.size())
        return;
    MergedParagraph own;
    own.paragraph = {newOwnParagraphKey(), QString(), ParagraphStyle::Body};
    own.state = ParagraphState::Own;
    own.section = m_paragraphs.at(m_current).section;
    QList<MergedParagraph> next = m_paragraphs;
    next.insert(m_current + 1, own);
    writeOrder(next, tr("Add a paragraph"), own.paragraph.key);
    m_text->setFocus(); // the new paragraph is typed at once
}

void NoticeDraftEditor::removeParagraph()
{
    if (m_current < 0 || m_current >= m_paragraphs.size())
        return;
    QList<MergedParagraph> next = m_paragraphs;
    MergedParagraph &paragraph = next[m_current];
    const bool drafted = !paragraph.currentDraft.isEmpty();
    if (!drafted) { // the team's own, or an edit nothing drafts any more: it goes
        const QString below =
            m_current + 1 < next.size() ? next.at(m_current + 1).paragraph.key : QString();
        next.removeAt(m_current);
        writeOrder(next, tr("Delete a paragraph"),
                   below.isEmpty() && !next.isEmpty() ? next.constLast().paragraph.key : below);
        return;
    }
    paragraph.hidden = !paragraph.hidden;
    writeOrder(next, paragraph.hidden ? tr("Leave a paragraph out") : tr("Put a paragraph back"),
               paragraph.paragraph.key);
}

void NoticeDraftEditor::moveParagraph(int step)
{
    if (!canMove(m_current, step))
        return;
    QList<MergedParagraph> next = m_paragraphs;
    next.swapItemsAt(m_current, m_current + step);
    writeOrder(next, step < 0 ? tr("Move a paragraph up") : tr("Move a paragraph down"),
               m_paragraphs.at(m_current).paragraph.key);
}

void NoticeDraftEditor::revertToDraft()
{
    if (m_current < 0 || m_current >= m_paragraphs.size())
        return;
    MergedParagraph paragraph = m_paragraphs.at(m_current);
    if (paragraph.currentDraft.isEmpty()) { // nothing drafted under it: the paragraph goes
        removeParagraph();
        return;
    }
    QList<MergedParagraph> next = m_paragraphs;
    next[m_current].state = ParagraphState::Drafted;
    next[m_current].paragraph.text = paragraph.currentDraft;
    next[m_current].basedOn = paragraph.currentDraft;
    writeOrder(next, tr("Back to the draft"), paragraph.paragraph.key);
}

void NoticeDraftEditor::markReviewed()
{
    if (m_current < 0 || m_current >= m_paragraphs.size())
        return;
    const MergedParagraph &paragraph = m_paragraphs.at(m_current);
    const QString roundId = m_roundId;
    const QString key = paragraph.paragraph.key;
    const QString draft = paragraph.currentDraft;
    const QString text = paragraph.paragraph.text;
    write(tr("Accept as reviewed"),
          [roundId, key, draft, text](ReportStore &store) {
              return store.saveParagraph(roundId, key, draft, text);
          },
          {}, key);
}

void NoticeDraftEditor::undo()
{
    commitTyping();
    historyStep(m_session.undo());
}

void NoticeDraftEditor::redo()
{
    commitTyping();
    historyStep(m_session.redo());
}

void NoticeDraftEditor::historyStep(const Status &status)
{
    if (!status)
        showError(status.error());
    else if (m_reload->isActive()) // the step changed the file: show it at once
        reloadOrSay();
}

void NoticeDraftEditor::reloadOrSay()
{
    if (auto status = reload(); !status)
        showError(status.error());
}

} // namespace cchc::ui
