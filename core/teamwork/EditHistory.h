#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cchc {
class InspectionFile;
}

namespace cchc::teamwork {

// Who is typing on this laptop: the inspector's name (Preferences) and the device id.
struct Editor
{
    QString name;
    QString deviceId;
};

// The editor every file opened from now on records; set once at start-up (and again when
// the name changes in Preferences: `applyEditor` updates files already open).
void setEditor(const Editor &editor);
Editor editor();
// Files opened while it lives record `editor`; the previous editor comes back after (a demo's
// or a test's made-up team).
class EditorScope
{
public:
    explicit EditorScope(const Editor &editor) : m_previous(teamwork::editor()) { setEditor(editor); }
    ~EditorScope() { setEditor(m_previous); }
    EditorScope(const EditorScope &) = delete;
    EditorScope &operator=(const EditorScope &) = delete;

private:
    Editor m_previous;
};

// The editor this laptop's settings name (QSettings "inspector/name"); the device id is made
// once and kept there ("inspector/deviceId").
Editor editorFromSettings();
void storeEditorName(const QString &name);

// Installs the recording on a writable connection: temporary triggers (they live with the
// connection, not in the file) that add one edit_history row per changed field of an
// assessment, evidence or corrective action, whichever code path wrote it. This is the one
// place changes are recorded, so no window or command can forget it.
Status installEditHistory(QSqlDatabase &db);
Status applyEditor(QSqlDatabase &db, const Editor &editor);
// Stops and restarts the recording (a merge brings the member's own history instead).
Status pauseEditHistory(QSqlDatabase &db, bool paused);

// Issued means frozen. While `work` runs, changes of results (result, scores, finding,
// exemplary) are recorded with `reason`, and those of a round whose notice is issued are
// allowed: without a reason the file refuses them (a TEMP trigger like the recording, so
// every write path is covered). The reason is cleared afterwards, whatever happened. A write
// with a reason is recorded even where the history is paused (an import, a merge).
Status withReason(InspectionFile &file, const QString &reason, const std::function<Status()> &work);
// The marker the refusal's SQLite error carries, and the message a user is shown for it.
inline constexpr const char *kFrozenRefusal = "CCHC_FROZEN_ROUND";
bool isFrozenRefusal(const QString &error);
QString frozenRefusalMessage();

// Runs `work` in one transaction of `file` without recording it: records written as they
// come from elsewhere (a JSON import, the demo), not typed by this laptop's inspector.
Status withoutHistory(InspectionFile &file, const std::function<Status()> &work);

struct HistoryEntry
{
    QString changedAt;
    QString author;
    QString deviceId;
    QString table;
    QString field;
    QString oldValue; // as stored; isNull() = none
    QString newValue;
    QString reason;
    QString unitName;      // empty when not tied to a unit
    QString criterionCode; // empty when not tied to a criterion
    QString criterionText;
};

// The history of a round (or of one criterion at one round unit), oldest first.
Result<QList<HistoryEntry>> readHistory(const InspectionFile &file, const QString &roundId,
                                        const QString &roundUnitId = {},
                                        const QString &criterionId = {});

// A stored value as a person reads it: result numbers as their labels, booleans as yes/no.
QString displayValue(const HistoryEntry &entry, const QString &stored);

} // namespace cchc::teamwork
