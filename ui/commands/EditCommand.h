#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace cchc::ui {

class Session;

// One undoable edit of the file. Both directions write to the file at once through the
// session, which reports whether the write succeeded (so the window can say "saved").
// Commands of the same kind and key merge into one undo step: a burst of typing in one
// finding is undone at once.
class EditCommand : public QUndoCommand
{
public:
    using Write = std::function<Status()>;

    EditCommand(Session *session, const QString &text, Write redo, Write undo);

    // Merge with the following command when both carry this id and key.
    void setMergeKey(int id, const QString &key);
    // The file already is in the state the stack's next move would write: the session ran
    // the first redo itself (to keep a failed edit out of the stack), or it moves the stack
    // back over an undo or redo whose write failed. The next redo() or undo() writes nothing.
    void skipNextWrite() { m_skipNext = true; }
    Status apply() { return m_redo(); }
    // Whether the last undo() or redo() reached the file.
    const Status &lastWrite() const { return m_lastWrite; }

    void redo() override;
    void undo() override;
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Write &write);

    Session *m_session;
    Write m_redo;
    Write m_undo;
    int m_id = -1;
    QString m_key;
    bool m_skipNext = false;
    Status m_lastWrite;
};

} // namespace cchc::ui
