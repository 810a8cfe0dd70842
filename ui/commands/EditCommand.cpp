#include "EditCommand.h"

#include "Session.h"

namespace cchc::ui {

EditCommand::EditCommand(Session *session, const QString &text, Write redo, Write undo)
    : QUndoCommand(text), m_session(session), m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void EditCommand::setMergeKey(int id, const QString &key)
{
    m_id = id;
    m_key = key;
}

void EditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // QUndoStack::push calls redo(); the write already happened
        return;
    }
    m_session->replay(m_redo);
}

void EditCommand::undo()
{
    m_session->replay(m_undo);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->m_id != m_id || next->m_key != m_key)
        return false;
    m_redo = next->m_redo; // keep our undo (the state before the burst), take its result
    return true;
}

} // namespace cchc::ui
