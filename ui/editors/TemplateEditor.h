#pragma once

#include "core/common/Result.h"
#include "core/domain/ChecklistTemplate.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cchc::ui {

class Session;

// Checklist templates: areas, criteria (with both report phrasings, score, weight, guidance
// and legal reference) and grading bands. Saving a version that a round already uses
// stores a new version, so finished rounds and their reports never change; the dialog says so.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditor(Session *session, QWidget *parent = nullptr);

    bool selectTemplate(const QString &templateId);
    // The template as edited so far (the form's fields included).
    ChecklistTemplate &draft();
    Result<QString> saveDraft();
    QString notice() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QWidget *buildGroupForm();
    QWidget *buildCriterionForm();
    void reloadTemplates(const QString &selectId);
    void loadDraft(const ChecklistTemplate &checklist);
    void rebuildTree();
    void storeForm();
    void showItem(QTreeWidgetItem *item);
    void addGroup();
    void addCriterion();
    void removeCurrent();

    Session *m_session;
    std::optional<ChecklistTemplate> m_original;
    ChecklistTemplate m_draft;
    int m_group = -1; // what the form shows
    int m_criterion = -1;
    QComboBox *m_templates;
    QTreeWidget *m_tree;
    QStackedWidget *m_forms;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_responseKind;
    QLineEdit *m_groupCode;
    QLineEdit *m_groupTitle;
    QLineEdit *m_code;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_phraseMet;
    QPlainTextEdit *m_phraseUnmet;
    QPlainTextEdit *m_phrasePartial;
    QPlainTextEdit *m_phraseExemplary;
    QDoubleSpinBox *m_maxScore;
    QDoubleSpinBox *m_weight;
    QPlainTextEdit *m_guidance;
    QLineEdit *m_legal;
    QTableWidget *m_bands;
    QLabel *m_notice;
};

} // namespace cchc::ui
