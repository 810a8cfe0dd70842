#include "ui/Session.h"

#include "ui/commands/EditCommand.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/report/Reports.h"
#include "core/storage/ReportStore.h"
#include "core/teamwork/EditHistory.h"

#include <QTemporaryFile>
#include <QUndoStack>

namespace cchc::ui {

namespace {
enum MergeId { FindingMerge = 1, ParagraphMerge, NoticeMerge, NoticeSettingsMerge };
}

Session::Session(std::unique_ptr<InspectionFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this))
{
}

Session::~Session()
{
    // Commands refer to this session: drop them before the file goes.
    m_undoStack->clear();
}

Status Session::execute(EditCommand *command)
{
    std::unique_ptr<EditCommand> owned(command);
    const Status status = owned->apply();
    reportWrite(status);
    if (!status)
        return status;
    owned->skipNextWrite(); // QUndoStack::push calls redo(): the write already happened
    m_undoStack->push(owned.release());
    return status;
}

Status Session::undo()
{
    return move(-1);
}

Status Session::redo()
{
    return move(+1);
}

Status Session::move(int step)
{
    const int from = m_undoStack->index();
    const int to = from + step;
    if (to < 0 || to > m_undoStack->count())
        return {};
    // The command undone is the one below the index; the one redone is at it.
    auto *command =
        static_cast<EditCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(std::min(from, to))));
    m_undoStack->setIndex(to);
    const Status status = command->lastWrite();
    if (status)
        return status;
    // Nothing changed in the file: the history goes back to match it, without writing.
    command->skipNextWrite();
    m_undoStack->setIndex(from);
    reportWrite({}); // the file and the history agree again
    const QString reason = step < 0 ? tr("“%1” could not be undone: %2")
                                    : tr("“%1” could not be redone: %2");
    return Error{reason.arg(command->text(), status.error())};
}

Status Session::replay(const std::function<Status()> &write)
{
    m_replaying = true;
    const Status status = write();
    m_replaying = false;
    reportWrite(status);
    return status;
}

void Session::reportWrite(const Status &status)
{
    const QString error = status ? QString() : status.error();
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit saveStateChanged();
}

Status Session::writeAssessment(Assessment assessment)
{
    auto status = m_file->saveAssessment(assessment);
    if (status) {
        emit assessmentChanged(assessment);
        if (m_replaying)
            emit revisited(assessment.roundUnitId, assessment.criterionId);
    }
    return status;
}

std::optional<QString> Session::changeReason(const QString &roundUnitId)
{
    auto frozen = teamwork::frozenRoundOfUnit(*m_file, roundUnitId);
    if (!frozen || !*frozen)
        return QString(); // a failed read is the write's to report: it fails the same way
    return reasonFor(**frozen);
}

std::optional<QString> Session::reasonFor(const teamwork::FrozenRound &frozen)
{
    const QString roundId = frozen.roundId;
    if (m_reasons.contains(roundId))
        return m_reasons.value(roundId);
    std::optional<QString> given = m_reasonPrompt ? m_reasonPrompt(frozen) : std::nullopt;
    if (!given || given->trimmed().isEmpty())
        return std::nullopt;
    m_reasons.insert(roundId, given->trimmed());
    return given->trimmed();
}

Status Session::writeWithReason(const QString &reason, const std::function<Status()> &write)
{
    return reason.isEmpty() ? write() : teamwork::withReason(*m_file, reason, write);
}

namespace {
// What an issued notice printed from: a change of these needs a reason.
bool resultsDiffer(const Assessment &a, const Assessment &b)
{
    return a.result != b.result || a.selfScore != b.selfScore || a.appraisedScore != b.appraisedScore
           || a.finding != b.finding || a.exemplary != b.exemplary;
}
} // namespace

Status Session::setAssessment(const Assessment &before, const Assessment &after,
                              const QString &text, const QString &burstKey)
{
    QString reason;
    if (resultsDiffer(before, after)) {
        const auto given = changeReason(after.roundUnitId);
        if (!given)
            return Error{teamwork::frozenRefusalMessage()};
        reason = *given;
    }
    auto *command = new EditCommand(
        this, text,
        [this, after, reason] { return writeWithReason(reason, [this, after] { return writeAssessment(after); }); },
        [this, before, reason] { return writeWithReason(reason, [this, before] { return writeAssessment(before); }); });
    if (!burstKey.isEmpty())
        command->setMergeKey(FindingMerge, burstKey);
    return execute(command);
}

Status Session::writeEvidence(const Assessment &assessment, const QString &assessmentId,
                             const Evidence &evidence, const QByteArray &content, QString &id)
{
    auto added = m_file->addEvidence(assessmentId, evidence, content);
    if (!added)
        return added.failure();
    id = added->id;
    emit evidenceChanged(assessment.roundUnitId, assessment.criterionId);
    if (m_replaying)
        emit revisited(assessment.roundUnitId, assessment.criterionId);
    return {};
}

Status Session::deleteEvidence(const Assessment &assessment, const QString &id)
{
    auto status = m_file->removeEvidence(id);
    if (status)
        emit evidenceChanged(assessment.roundUnitId, assessment.criterionId);
    if (m_replaying)
        emit revisited(assessment.roundUnitId, assessment.criterionId);
    return status;
}

Status Session::addEvidence(const Assessment &assessment, const Evidence &evidence,
                            const QByteArray &content)
{
    const auto reason = changeReason(assessment.roundUnitId);
    if (!reason)
        return Error{teamwork::frozenRefusalMessage()};
    auto addedId = std::make_shared<QString>();
    const auto redo = [this, assessment, evidence, content, addedId, reason = *reason]() -> Status {
        return writeWithReason(reason, [&] {
            return m_file->transact([&]() -> Status {
                Assessment owner = assessment;
                if (auto status = m_file->saveAssessment(owner); !status)
                    return status;
                return writeEvidence(assessment, owner.id, evidence, content, *addedId);
            });
        });
    };
    const auto undo = [this, assessment, addedId, reason = *reason]() -> Status {
        return writeWithReason(reason, [&] { return deleteEvidence(assessment, *addedId); });
    };
    return execute(new EditCommand(this, tr("Add evidence"), redo, undo));
}

Status Session::removeEvidence(const Assessment &assessment, const Evidence &evidence)
{
    const auto reason = changeReason(assessment.roundUnitId);
    if (!reason)
        return Error{teamwork::frozenRefusalMessage()};
    auto content = m_file->evidenceContent(evidence.id);
    if (!content)
        return content.failure();
    auto currentId = std::make_shared<QString>(evidence.id);
    const QByteArray bytes = *content;
    const auto redo = [this, assessment, currentId, reason = *reason]() -> Status {
        return writeWithReason(reason, [&] { return deleteEvidence(assessment, *currentId); });
    };
    const auto undo = [this, assessment, evidence, bytes, currentId, reason = *reason]() -> Status {
        return writeWithReason(reason, [&] {
            return writeEvidence(assessment, assessment.id, evidence, bytes, *currentId);
        });
    };
    return execute(new EditCommand(this, tr("Remove evidence"), redo, undo));
}

Status Session::writeCorrectiveAction(CorrectiveAction action)
{
    auto status = m_file->saveCorrectiveAction(action);
    if (status) {
        emit correctiveActionsChanged(action.roundUnitId, action.criterionId);
        if (m_replaying)
            emit revisited(action.roundUnitId, action.criterionId);
    }
    return status;
}

Status Session::deleteCorrectiveAction(const CorrectiveAction &action)
{
    auto status = m_file->removeCorrectiveAction(action.id);
    if (status) {
        emit correctiveActionsChanged(action.roundUnitId, action.criterionId);
        if (m_replaying)
            emit revisited(action.roundUnitId, action.criterionId);
    }
    return status;
}

namespace {
// What an issued notice asked a unit to correct: changing it needs a reason. Its status and
// completion date are the follow-up, done after the notice.
bool requestDiffers(const std::optional<CorrectiveAction> &before, const CorrectiveAction &after)
{
    return !before || before->criterionId != after.criterionId
           || before->description != after.description || before->deadline != after.deadline;
}
} // namespace

Status Session::saveCorrectiveAction(const std::optional<CorrectiveAction> &before,
                                     const CorrectiveAction &after)
{
    const auto reason =
        requestDiffers(before, after) ? changeReason(after.roundUnitId) : std::optional(QString());
    if (!reason)
        return Error{teamwork::frozenRefusalMessage()};
    // A new action gets its id on the first write; redo and undo reuse it.
    auto saved = std::make_shared<CorrectiveAction>(after);
    const auto redo = [this, saved, reason = *reason]() -> Status {
        CorrectiveAction action = *saved;
        auto status = writeWithReason(reason, [&] { return m_file->saveCorrectiveAction(action); });
        if (!status)
            return status;
        saved->id = action.id;
        emit correctiveActionsChanged(action.roundUnitId, action.criterionId);
        if (m_replaying)
            emit revisited(action.roundUnitId, action.criterionId);
        return {};
    };
    const auto undo = [this, before, saved, reason = *reason]() -> Status {
        return writeWithReason(reason, [&] {
            return before ? writeCorrectiveAction(*before) : deleteCorrectiveAction(*saved);
        });
    };
    return execute(new EditCommand(
        this, before ? tr("Edit corrective action") : tr("Add corrective action"), redo, undo));
}

Status Session::removeCorrectiveAction(const CorrectiveAction &action)
{
    const auto reason = changeReason(action.roundUnitId);
    if (!reason)
        return Error{teamwork::frozenRefusalMessage()};
    return execute(new EditCommand(
        this, tr("Remove corrective action"),
        [this, action, reason = *reason] {
            return writeWithReason(reason, [&] { return deleteCorrectiveAction(action); });
        },
        [this, action, reason = *reason] {
            return writeWithReason(reason, [&] { return writeCorrectiveAction(action); });
        }));
}

Status Session::announceStructure(Status status)
{
    // Rounds, units and templates feed the navigation and the pickers: they reload only
    // after a write that succeeded.
    if (status)
        emit structureChanged();
    return status;
}

Status Session::saveUnit(const std::optional<Unit> &before, const Unit &after)
{
    auto saved = std::make_shared<Unit>(after);
    const auto redo = [this, saved]() -> Status {
        return announceStructure(m_file->saveUnit(*saved));
    };
    const auto undo = [this, before, saved]() -> Status {
        Unit previous = before.value_or(Unit{});
        return announceStructure(before ? m_file->saveUnit(previous)
                                        : m_file->removeUnit(saved->id));
    };
    return execute(new EditCommand(this, before ? tr("Edit unit") : tr("Add unit"), redo, undo));
}

Status Session::removeUnit(const Unit &unit)
{
    const auto redo = [this, unit]() -> Status {
        return announceStructure(m_file->removeUnit(unit.id));
    };
    const auto undo = [this, unit]() -> Status {
        Unit restored = unit;
        return announceStructure(m_file->saveUnit(restored));
    };
    return execute(new EditCommand(this, tr("Remove unit"), redo, undo));
}

Status Session::saveRound(const std::optional<InspectionRound> &before, InspectionRound &after)
{
    auto saved = std::make_shared<InspectionRound>(after);
    const auto redo = [this, saved]() -> Status {
        return announceStructure(m_file->saveRound(*saved));
    };
    const auto undo = [this, before, saved]() -> Status {
        InspectionRound previous = before.value_or(InspectionRound{});
        return announceStructure(before ? m_file->saveRound(previous)
                                        : m_file->removeRound(saved->id));
    };
    auto status =
        execute(new EditCommand(this, before ? tr("Edit round") : tr("New round"), redo, undo));
    if (status)
        after = *saved;
    return status;
}

Status Session::removeRound(const QString &roundId)
{
    auto round = m_file->loadRound(roundId);
    if (!round)
        return round.failure();
    // The snapshot goes to a temporary file, not memory: a round's photos can run to
    // hundreds of megabytes, and the undo step lives as long as the history.
    auto snapshot = std::make_shared<QTemporaryFile>();
    const auto noRoom = [&snapshot] {
        return Error{tr("The round cannot be removed: no room for the copy that undo needs "
                        "(%1).")
                         .arg(snapshot->errorString())};
    };
    if (!snapshot->open())
        return noRoom();
    if (auto written = interchange::writeRoundJson(*m_file, roundId, *snapshot); !written)
        return written;
    if (!snapshot->flush())
        return noRoom();
    auto paragraphs = report::ReportStore(*m_file).paragraphs(roundId);
    if (!paragraphs)
        return paragraphs.failure();
    const QList<report::StoredParagraph> edits = *paragraphs;
    const auto redo = [this, roundId]() -> Status {
        return announceStructure(m_file->removeRound(roundId));
    };
    const auto undo = [this, snapshot, roundId, edits]() -> Status {
        // Put back as it was, not a change of its results: not recorded as one. (An issued
        // round is never removed: the file refuses it.)
        auto status = teamwork::withoutHistory(*m_file, [&]() -> Status {
            if (auto imported = interchange::importJsonFile(*m_file, snapshot->fileName());
                !imported)
                return imported.failure();
            report::ReportStore restored(*m_file);
            // With their places and left-out marks (schema 5), not only their texts.
            return restored.replaceParagraphs(roundId, edits);
        });
        return announceStructure(status);
    };
    // The Edit menu names the step: a long round title is cut to keep the menu narrow.
    QString title = round->title;
    if (title.size() > 48)
        title = title.left(45).trimmed() + QStringLiteral("…");
    return execute(new EditCommand(this, tr("Remove round “%1”").arg(title), redo, undo));
}

Status Session::editNotice(const QString &roundId, const QString &text,
                           std::function<Status(report::ReportStore &)> change,
                           const QString &burstKey)
{
    auto before = report::ReportStore(*m_file).paragraphs(roundId);
    if (!before)
        return before.failure();
    // The first redo runs `change` and keeps what it left; later redos write that back.
    auto after = std::make_shared<std::optional<QList<report::StoredParagraph>>>();
    const auto redo = [this, roundId, change, after]() -> Status {
        report::ReportStore store(*m_file);
        Status status;
        if (*after) {
            status = store.replaceParagraphs(roundId, **after);
        } else {
            status = m_file->transact([&] { return change(store); });
            auto rows = status ? store.paragraphs(roundId)
                               : Result<QList<report::StoredParagraph>>(status.failure());
            if (!rows)
                return rows.failure();
            *after = *rows;
        }
        if (status)
            emit noticeParagraphsChanged(roundId);
        return status;
    };
    const auto undo = [this, roundId, rows = *before]() -> Status {
        const Status status = report::ReportStore(*m_file).replaceParagraphs(roundId, rows);
        if (status)
            emit noticeParagraphsChanged(roundId);
        return status;
    };
    auto *command = new EditCommand(this, text, redo, undo);
    if (!burstKey.isEmpty())
        command->setMergeKey(NoticeMerge, roundId + QLatin1Char('/') + burstKey);
    return execute(command);
}

Result<QString> Session::saveTemplate(const std::optional<ChecklistTemplate> &before,
                                      ChecklistTemplate &after)
{
    auto saved = std::make_shared<ChecklistTemplate>(after);
    const ChecklistTemplate original = after;
    // Redo stores the edited template again: when a round uses it, that is a new version.
    const auto redo = [this, saved, original]() -> Status {
        *saved = original;
        auto id = m_file->saveTemplate(*saved);
        if (!id)
            return id.failure();
        emit structureChanged();
        return {};
    };
    const auto undo = [this, before, saved, original]() -> Status {
        const bool newVersion = !before || saved->id != original.id;
        ChecklistTemplate previous = before.value_or(ChecklistTemplate{});
        Status status = newVersion ? m_file->removeTemplate(saved->id)
                                   : Status(m_file->saveTemplate(previous)
                                                ? Status()
                                                : Status(Error{tr("The template could not be "
                                                                  "restored.")}));
        return announceStructure(status);
    };
    auto status = execute(new EditCommand(this, tr("Save template"), redo, undo));
    if (!status)
        return status.failure();
    after = *saved;
    return saved->id;
}

Result<teamwork::MergeSummary> Session::mergePackage(const QString &packagePath,
                                                     const teamwork::MergeOptions &options)
{
    // A merge may change results of the round: if its notice is issued, with a reason.
    QString reason;
    auto info = teamwork::readPackageInfo(packagePath);
    auto frozen = info ? teamwork::frozenRound(*m_file, info->roundId)
                       : Result<std::optional<teamwork::FrozenRound>>(std::nullopt);
    if (!frozen)
        return frozen.failure();
    if (*frozen) {
        const auto given = reasonFor(**frozen);
        if (!given)
            return Error{teamwork::frozenRefusalMessage()};
        reason = *given;
    }
    Result<teamwork::MergeSummary> summary = Error{};
    const Status merged = writeWithReason(reason, [&]() -> Status {
        summary = teamwork::mergePackage(*m_file, packagePath, options);
        return summary ? Status() : Status(summary.failure());
    });
    if (!merged && summary)
        return merged.failure();
    if (summary && summary->applied && summary->added + summary->updated + summary->removed > 0) {
        m_undoStack->clear();
        emit structureChanged();
    }
    return summary;
}

namespace {

// The stored row of `key` in `roundId`, or nullopt when the paragraph is not edited.
Result<std::optional<report::StoredParagraph>> storedParagraph(const InspectionFile &file,
                                                               const QString &roundId,
                                                               const QString &key)
{
    auto rows = report::ReportStore(file).paragraphs(roundId);
    if (!rows)
        return rows.failure();
    for (const report::StoredParagraph &row : std::as_const(*rows)) {
        if (row.key == key)
            return std::optional<report::StoredParagraph>(row);
    }
    return std::optional<report::StoredParagraph>();
}

} // namespace

Status Session::saveReportSettings(const report::ReportSettings &settings, int year,
                                   int nextNumber)
{
    report::ReportStore store(*m_file);
    auto before = store.settings();
    if (!before)
        return before.failure();
    auto previousNext = store.nextNumber(before->issuerSymbol, year);
    if (!previousNext)
        return previousNext.failure();
    const auto write = [this, year](report::ReportSettings saved, int next) -> Status {
        auto status = report::saveReportSettings(*m_file, saved, year, next);
        if (status)
            emit reportSettingsChanged();
        return status;
    };
    const report::ReportSettings previous = *before;
    const int previousNumber = *previousNext;
    return execute(new EditCommand(
        this, tr("Change report settings"),
        [write, settings, nextNumber] { return write(settings, nextNumber); },
        [write, previous, previousNumber] { return write(previous, previousNumber); }));
}

Status Session::writeParagraph(const QString &roundId, const QString &key,
                               const std::optional<report::StoredParagraph> &row)
{
    report::ReportStore store(*m_file);
    const Status status = row ? store.saveParagraph(roundId, key, row->draftedText, row->editedText)
                              : store.revertParagraph(roundId, key);
    if (status)
        emit noticeParagraphsChanged(roundId);
    return status;
}

Status Session::changeParagraph(const QString &roundId, const QString &key,
                                const std::optional<report::StoredParagraph> &after,
                                const QString &text, const QString &burstKey)
{
    auto before = storedParagraph(*m_file, roundId, key);
    if (!before)
        return before.failure();
    auto *command = new EditCommand(
        this, text, [this, roundId, key, after] { return writeParagraph(roundId, key, after); },
        [this, roundId, key, previous = *before] {
            return writeParagraph(roundId, key, previous);
        });
    if (!burstKey.isEmpty())
        command->setMergeKey(ParagraphMerge, burstKey);
    return execute(command);
}

Status Session::editNoticeParagraph(const QString &roundId, const QString &key,
                                    const QString &basedOn, const QString &text,
                                    const QString &burstKey)
{
    return changeParagraph(roundId, key, report::StoredParagraph{{}, key, basedOn, text, {}, {}, false},
                           tr("Edit notice paragraph"), burstKey);
}

Status Session::revertNoticeParagraph(const QString &roundId, const QString &key)
{
    return changeParagraph(roundId, key, std::nullopt, tr("Back to the drafted paragraph"));
}

Status Session::acceptNoticeParagraph(const QString &roundId, const QString &key,
                                      const QString &currentDraft, const QString &text)
{
    return changeParagraph(roundId, key, report::StoredParagraph{{}, key, currentDraft, text, {}, {}, false},
                           tr("Mark paragraph as reviewed"));
}

Status Session::writeNoticeSettings(const QString &roundId, report::NoticeSettings settings)
{
    const Status status = report::ReportStore(*m_file).saveNoticeSettings(roundId, settings);
    if (status)
        emit noticeSettingsChanged(roundId);
    return status;
}

Status Session::setNoticeSettings(const QString &roundId, const report::NoticeSettings &settings,
                                  const QString &text, const QString &burstKey)
{
    auto before = report::ReportStore(*m_file).noticeSettings(roundId);
    if (!before)
        return before.failure();
    auto *command = new EditCommand(
        this, text, [this, roundId, settings] { return writeNoticeSettings(roundId, settings); },
        [this, roundId, previous = *before] { return writeNoticeSettings(roundId, previous); });
    if (!burstKey.isEmpty())
        command->setMergeKey(NoticeSettingsMerge, roundId + QLatin1Char('/') + burstKey);
    return execute(command);
}

Result<report::IssuedNotice> Session::issueNotice(const QString &roundId, QDate issuedOn,
                                                  int confirmedNumber)
{
    auto issued = report::issueNotice(*m_file, roundId, issuedOn, confirmedNumber);
    if (issued)
        emit noticeIssued(roundId);
    return issued;
}

Status Session::snapshotIssuedNotice(const QString &roundId)
{
    const Status status = report::snapshotIssuedNotice(*m_file, roundId);
    reportWrite(status);
    return status;
}

} // namespace cchc::ui
