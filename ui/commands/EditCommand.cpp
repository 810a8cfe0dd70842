#include "ui/commands/EditCommand.h"

#include "ui/Session.h"

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
    run(m_redo);
}

void EditCommand::undo()
{
    run(m_undo);
}

void EditCommand::run(const Write &write)
{
    if (m_skipNext) {
        m_skipNext = false;
        m_lastWrite = {};
        return;
    }
    m_lastWrite = m_session->replay(write);
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
