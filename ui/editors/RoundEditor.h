#pragma once

#include "core/domain/InspectionRound.h"
#include "core/common/Result.h"
#include "core/domain/Unit.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cchc {
class InspectionFile;
}

namespace cchc::ui {

class EditableTable;

// Creates or edits a round: general facts, legal bases, the team and the units visited.
// Nothing is written until OK; the window then saves it as one undoable step.
class RoundEditor : public QDialog
{
    Q_OBJECT

public:
    RoundEditor(InspectionFile *file, const QString &roundId, QWidget *parent = nullptr);

    // The round as edited (ids kept for rows that existed).
    InspectionRound round() const;
    std::optional<InspectionRound> original() const { return m_original; }

    void setTitle(const QString &title);
    void addLegalBasis(const LegalReference &reference);
    void addTeamMember(const TeamMember &member);
    void addUnit(const QString &unitId, const QDate &visitDate,
                 const QString &representatives = {});
    QString loadError() const { return m_loadError; }
    void showError(const QString &message);
    // Keeps the dialog open while the title or the checklist is missing.
    void accept() override;

    // Units come from the file's unit register. The window lets the editor add one to the
    // register (an undoable step of its own) when the unit to visit is not there yet.
    using UnitCreator = std::function<Result<Unit>(const QString &name)>;
    void setUnitCreator(UnitCreator creator) { m_createUnit = std::move(creator); }
    // Asks for the new unit's name, adds it to the register and to the units visited.
    void createUnit();

private:
    QWidget *buildGeneralTab();
    QComboBox *roleBox(TeamRole role) const;
    QComboBox *unitBox(const QString &unitId) const;
    QDateEdit *dateBox(const QDate &date) const;
    QWidget *buildUnitsTab();
    // For a round whose notice is issued: its units cannot be removed or swapped.
    void keepIssuedUnits(const QString &roundId);

    InspectionFile *m_file;
    std::optional<InspectionRound> m_original;
    QList<Unit> m_units;
    QString m_loadError;
    QLineEdit *m_title;
    QComboBox *m_template;
    QLineEdit *m_unitKind;
    QLineEdit *m_period;
    QDateEdit *m_visitStart;
    QDateEdit *m_visitEnd;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    EditableTable *m_legal;
    EditableTable *m_team;
    EditableTable *m_roundUnits;
    QLabel *m_unitsHint = nullptr;
    QLabel *m_error;
    UnitCreator m_createUnit;
};

} // namespace cchc::ui
