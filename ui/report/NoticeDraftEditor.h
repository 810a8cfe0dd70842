#pragma once

#include "report/ReportStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cchc {
class InspectionFile;
}

namespace cchc::ui {

// The drafted notice, paragraph by paragraph, for the team to rewrite. Every keystroke is
// saved to the file with the draft it was based on (nothing typed is lost, even on a crash);
// paragraphs show whether they are drafted, edited, or edited but in need of review because
// the results behind their draft changed.
class NoticeDraftEditor : public QWidget
{
    Q_OBJECT

public:
    NoticeDraftEditor(InspectionFile &file, const QString &roundId, QWidget *parent = nullptr);

    // Drafts afresh from the file's results and lays the stored edits over the draft.
    Status reload();
    const QList<report::MergedParagraph> &paragraphs() const { return m_paragraphs; }
    void selectParagraph(int row);
    QPlainTextEdit *textEdit() const { return m_text; }
    QString roundId() const { return m_roundId; }

    void revertToDraft(); // drop the edit of the selected paragraph
    void markReviewed();  // keep the edit, now based on the current draft
    static QString stateLabel(report::ParagraphState state);

signals:
    void saveFailed(const QString &message);

private:
    void showParagraph(int row);
    void saveCurrent();
    void refreshRow(int row);

    InspectionFile &m_file;
    QString m_roundId;
    QList<report::MergedParagraph> m_paragraphs;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_draft = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reviewed = nullptr;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace cchc::ui
