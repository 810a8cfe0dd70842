#include "ui/widgets/CriterionController.h"

#include "ui/widgets/CriterionPane.h"
#include "core/common/Clock.h"
#include "ui/editors/CorrectiveActionDialog.h"
#include "ui/widgets/FindingEditor.h"
#include "ui/models/ChecklistModel.h"
#include "ui/widgets/Prompts.h"
#include "ui/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTimer>
#include <QUrl>

namespace cchc::ui {

namespace {

QString pendingKey(const QString &roundUnitId, const QString &criterionId)
{
    return roundUnitId + QLatin1Char('/') + criterionId;
}

bool sameEntry(const Assessment &a, const Assessment &b)
{
    return a.result == b.result && a.selfScore == b.selfScore &&
           a.appraisedScore == b.appraisedScore && a.finding == b.finding &&
           a.exemplary == b.exemplary;
}

} // namespace

CriterionController::CriterionController(CriterionPane *pane, ChecklistModel *checklist,
                                         QObject *parent)
    : QObject(parent), m_pane(pane), m_checklist(checklist), m_retryTimer(new QTimer(this))
{
    connect(m_pane, &CriterionPane::resultChosen, this, &CriterionController::setResult);
    connect(m_pane, &CriterionPane::scoresEdited, this,
            [this](std::optional<double> self, std::optional<double> appraised) {
                editCurrent(
                    [&](Assessment &a) {
                        a.selfScore = self;
                        a.appraisedScore = appraised;
                    },
                    tr("Change scores"));
            });
    connect(m_pane, &CriterionPane::exemplaryToggled, this, [this](bool on) {
        editCurrent([&](Assessment &a) { a.exemplary = on; },
                    on ? tr("Mark as exemplary") : tr("Unmark as exemplary"));
    });
    connect(m_pane, &CriterionPane::findingCommitRequested, this,
            &CriterionController::commitFinding);
    connect(m_pane->findingEditor(), &FindingEditor::burstEnded, this,
            [this] { ++m_findingBurst; });
    connect(m_pane, &CriterionPane::addDocumentRequested, this, [this] {
        const QString number = prompts::askText(m_pane, tr("Document reviewed"),
                                                tr("Document number (e.g. 15/KH-TTYT):"));
        if (!number.isEmpty())
            addDocumentReference(number);
    });
    connect(m_pane, &CriterionPane::attachFileRequested, this, [this] {
        const QString path = prompts::openFilePath(m_pane, tr("Attach a photo or file"),
                                                   tr("Photos and documents (*.jpg *.jpeg *.png "
                                                      "*.pdf *.doc *.docx);;All files (*)"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_pane, &CriterionPane::openEvidenceRequested, this,
            &CriterionController::openEvidence);
    connect(m_pane, &CriterionPane::addActionRequested, this,
            [this] { editCorrectiveAction({}); });
    connect(m_pane, &CriterionPane::editActionRequested, this,
            &CriterionController::editCorrectiveAction);
    connect(m_pane, &CriterionPane::toggleActionRequested, this,
            &CriterionController::toggleCorrectiveAction);
    connect(m_pane, &CriterionPane::removeActionRequested, this,
            &CriterionController::removeCorrectiveAction);
    connect(m_pane, &CriterionPane::removeEvidenceRequested, this,
            &CriterionController::removeEvidence);
    m_retryTimer->setInterval(5000);
    connect(m_retryTimer, &QTimer::timeout, this, &CriterionController::retryPendingFindings);
}

void CriterionController::setSession(Session *session)
{
    m_session = session;
    m_pendingFindings.clear();
    m_retryTimer->stop();
    m_roundId.clear();
}

bool CriterionController::canEdit() const
{
    return m_session && !m_pane->criterionId().isEmpty() && !m_session->file()->isReadOnly();
}

const Criterion *CriterionController::criterion(const QString &criterionId) const
{
    return m_checklist->criterion(m_checklist->indexOfCriterion(criterionId));
}

void CriterionController::show(const Criterion *shown)
{
    ++m_findingBurst;
    const Assessment assessment = shown ? m_checklist->assessment(shown->id) : Assessment{};
    m_pane->showCriterion(shown, assessment);
    loadCorrectiveActions();
    if (!shown)
        return;
    const auto pending = m_pendingFindings.constFind(pendingKey(assessment.roundUnitId, shown->id));
    if (pending != m_pendingFindings.cend())
        m_pane->showPendingFinding(*pending);
    loadThumbnails(assessment);
}

void CriterionController::follow(const Assessment &assessment)
{
    FindingEditor *editor = m_pane->findingEditor();
    if (assessment.roundUnitId != m_checklist->roundUnitId() ||
        assessment.criterionId != m_pane->criterionId() || editor->hasUncommittedText())
        return;
    const Assessment shown = m_checklist->assessment(assessment.criterionId);
    if (editor->toPlainText() == shown.finding && editor->hasFocus())
        return;
    if (editor->toPlainText() == shown.finding) {
        // A result or a score changed: the rest of the pane already shows what is stored.
        m_pane->showMarks(criterion(assessment.criterionId), shown);
        return;
    }
    const auto cursor = editor->textCursor().position();
    m_pane->showCriterion(criterion(assessment.criterionId), shown);
    QTextCursor restored = editor->textCursor();
    restored.setPosition(std::min<int>(cursor, int(shown.finding.size())));
    editor->setTextCursor(restored);
    loadThumbnails(shown);
}

void CriterionController::loadThumbnails(const Assessment &assessment)
{
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.kind != EvidenceKind::AttachedFile ||
            !evidence.mimeType.startsWith(QLatin1String("image/")))
            continue;
        auto content = m_session->file()->evidenceContent(evidence.id);
        QPixmap pixmap;
        if (content && pixmap.loadFromData(*content))
            m_pane->setThumbnail(
                evidence.id, pixmap.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

void CriterionController::editCurrent(const std::function<void(Assessment &)> &change,
                                      const QString &text, const QString &burstKey)
{
    if (!canEdit())
        return;
    const QString criterionId = m_pane->criterionId();
    const Assessment before = m_checklist->assessment(criterionId);
    Assessment after = before;
    change(after);
    if (sameEntry(before, after))
        return; // pressing 1 twice, or leaving a score box untouched, is not an edit
    if (!mayChangeResults(criterionId, before))
        return;
    if (auto status = m_session->setAssessment(before, after, text, burstKey); !status) {
        emit errorOccurred(status.error());
        m_pane->showCriterion(criterion(criterionId), before);
    }
}

void CriterionController::setResult(AssessmentResult result)
{
    const Criterion *shown = criterion(m_pane->criterionId());
    if (!shown)
        return;
    m_pane->findingEditor()->flush();
    editCurrent([result](Assessment &a) { a.result = result; },
                tr("Set %1 to “%2”").arg(shown->code, resultLabel(result)));
}

bool CriterionController::mayChangeResults(const QString &criterionId, const Assessment &before)
{
    if (m_session->changeReason(m_checklist->roundUnitId()))
        return true;
    // Cancelled: nothing changes, and the pane shows what the file still holds.
    m_pane->showCriterion(criterion(criterionId), before);
    return false;
}

void CriterionController::commitFinding(const QString &text)
{
    if (!canEdit())
        return;
    const QString criterionId = m_pane->criterionId();
    const Assessment before = m_checklist->assessment(criterionId);
    const QString key = pendingKey(before.roundUnitId, criterionId);
    if (before.finding == text) {
        m_pendingFindings.remove(key);
        m_pane->findingEditor()->markCommitted(true);
        return;
    }
    if (!mayChangeResults(criterionId, before)) {
        m_pendingFindings.remove(key);
        m_pane->findingEditor()->markCommitted(true);
        return;
    }
    Assessment after = before;
    after.finding = text;
    const Criterion *shown = criterion(criterionId);
    const auto status = m_session->setAssessment(
        before, after, tr("Edit finding of %1").arg(shown ? shown->code : QString()),
        key + QLatin1Char('#') + QString::number(m_findingBurst));
    m_pane->findingEditor()->markCommitted(status.ok());
    if (status) {
        m_pendingFindings.remove(key);
    } else {
        // The text is kept (here and in the editor) and written again a little later.
        m_pendingFindings.insert(key, text);
        m_retryTimer->start();
        emit errorOccurred(tr("The finding could not be saved yet; it is kept and will be "
                              "saved again shortly. %1")
                               .arg(status.error()));
    }
}

void CriterionController::retryPendingFindings()
{
    const auto pending = m_pendingFindings;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString roundUnitId = it.key().section(QLatin1Char('/'), 0, 0);
        const QString criterionId = it.key().section(QLatin1Char('/'), 1);
        Assessment assessment;
        if (roundUnitId == m_checklist->roundUnitId()) {
            assessment = m_checklist->assessment(criterionId);
        } else {
            auto stored = m_session->file()->assessments(roundUnitId);
            if (!stored)
                continue;
            assessment.roundUnitId = roundUnitId;
            assessment.criterionId = criterionId;
            for (const Assessment &candidate : *stored) {
                if (candidate.criterionId == criterionId)
                    assessment = candidate;
            }
        }
        Assessment after = assessment;
        after.finding = it.value();
        if (m_session->setAssessment(assessment, after, tr("Edit finding")))
            m_pendingFindings.remove(it.key());
    }
    if (m_pendingFindings.isEmpty())
        m_retryTimer->stop();
}

void CriterionController::addDocumentReference(const QString &documentNumber,
                                               const QString &description)
{
    if (!canEdit())
        return;
    Evidence evidence;
    evidence.kind = EvidenceKind::DocumentReference;
    evidence.documentNumber = documentNumber;
    evidence.description = description;
    if (auto status =
            m_session->addEvidence(m_checklist->assessment(m_pane->criterionId()), evidence, {});
        !status)
        emit errorOccurred(status.error());
}

void CriterionController::attachFile(const QString &path)
{
    if (!canEdit())
        return;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("“%1” could not be read: %2")
                               .arg(QDir::toNativeSeparators(path), source.errorString()));
        return;
    }
    Evidence evidence;
    evidence.kind = EvidenceKind::AttachedFile;
    evidence.fileName = QFileInfo(path).fileName();
    evidence.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    if (auto status = m_session->addEvidence(m_checklist->assessment(m_pane->criterionId()),
                                             evidence, source.readAll());
        !status)
        emit errorOccurred(status.error());
}

void CriterionController::openEvidence(const QString &evidenceId)
{
    const Assessment assessment = m_checklist->assessment(m_pane->criterionId());
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.id != evidenceId || evidence.kind != EvidenceKind::AttachedFile)
            continue;
        auto content = m_session->file()->evidenceContent(evidenceId);
        if (!content) {
            emit errorOccurred(content.error());
            return;
        }
        // Other programs get a copy, so nothing they do can touch the .cchc file.
        if (!m_openedEvidence)
            m_openedEvidence = std::make_unique<QTemporaryDir>();
        const QString copyPath =
            m_openedEvidence->filePath(evidence.id.left(8) + QLatin1Char('-') + evidence.fileName);
        QFile copy(copyPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(*content) != content->size()) {
            emit errorOccurred(tr("A copy of “%1” could not be made to open it: %2")
                                   .arg(evidence.fileName, copy.errorString()));
            return;
        }
        copy.close();
        if (!prompts::openUrl(QUrl::fromLocalFile(copyPath)))
            emit errorOccurred(tr("No program on this computer could open “%1”. A copy is at %2.")
                                   .arg(evidence.fileName, QDir::toNativeSeparators(copyPath)));
    }
}

void CriterionController::removeEvidence(const QString &evidenceId)
{
    const Assessment assessment = m_checklist->assessment(m_pane->criterionId());
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.id == evidenceId) {
            if (auto status = m_session->removeEvidence(assessment, evidence); !status)
                emit errorOccurred(status.error());
            return;
        }
    }
}

void CriterionController::loadCorrectiveActions()
{
    m_shownActions.clear();
    if (m_session && !m_pane->criterionId().isEmpty()) {
        auto actions = m_session->file()->correctiveActions(m_roundId);
        if (!actions) {
            emit errorOccurred(actions.error());
        } else {
            for (const CorrectiveAction &action : *actions) {
                if (action.roundUnitId == m_checklist->roundUnitId() &&
                    action.criterionId == m_pane->criterionId())
                    m_shownActions.append(action);
            }
        }
    }
    m_pane->setCorrectiveActions(m_shownActions);
}

std::optional<CorrectiveAction> CriterionController::shownAction(const QString &actionId) const
{
    for (const CorrectiveAction &action : m_shownActions) {
        if (action.id == actionId)
            return action;
    }
    return std::nullopt;
}

void CriterionController::editCorrectiveAction(const QString &actionId)
{
    if (!canEdit())
        return;
    const std::optional<CorrectiveAction> before = shownAction(actionId);
    CorrectiveAction draft = before.value_or(CorrectiveAction{});
    draft.roundUnitId = m_checklist->roundUnitId();
    draft.criterionId = m_pane->criterionId();
    CorrectiveActionDialog dialog(draft, m_pane);
    if (prompts::execDialog(&dialog) != QDialog::Accepted)
        return;
    if (auto status = m_session->saveCorrectiveAction(before, dialog.action()); !status)
        emit errorOccurred(status.error());
}

void CriterionController::toggleCorrectiveAction(const QString &actionId)
{
    const std::optional<CorrectiveAction> before = shownAction(actionId);
    if (!before || !m_session || m_session->file()->isReadOnly())
        return;
    CorrectiveAction after = *before;
    const bool done = after.status != ActionStatus::Done;
    after.status = done ? ActionStatus::Done : ActionStatus::Open;
    after.completedOn = done ? Clock::today() : QDate();
    if (auto status = m_session->saveCorrectiveAction(before, after); !status)
        emit errorOccurred(status.error());
}

void CriterionController::removeCorrectiveAction(const QString &actionId)
{
    const std::optional<CorrectiveAction> action = shownAction(actionId);
    if (!action || !m_session || m_session->file()->isReadOnly())
        return;
    if (auto status = m_session->removeCorrectiveAction(*action); !status)
        emit errorOccurred(status.error());
}

} // namespace cchc::ui
