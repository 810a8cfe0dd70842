#include "ReportStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/InspectionFile.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cchc::report {

using namespace storage;

namespace {

// The reserved report_paragraphs key of a round's issued number (see ReportStore.h).
const QString kIssuedPrefix = QStringLiteral("issued/");
const QString kIssuedKey = kIssuedPrefix + QStringLiteral("notice");
const QString kNoticeDateKey = kIssuedPrefix + QStringLiteral("notice-date");

std::optional<IssuedNotice> parseIssued(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    IssuedNotice issued{json.value(QStringLiteral("number")).toInt(),
                        json.value(QStringLiteral("symbol")).toString(),
                        QDate::fromString(json.value(QStringLiteral("issuedOn")).toString(),
                                          Qt::ISODate)};
    if (issued.number < 1 || !issued.issuedOn.isValid())
        return std::nullopt;
    return issued;
}

} // namespace

QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored)
{
    QHash<QString, StoredParagraph> edits;
    for (const StoredParagraph &edit : stored) {
        if (!edit.key.startsWith(kIssuedPrefix)) // an issued number, not a paragraph
            edits.insert(edit.key, edit);
    }
    QList<MergedParagraph> merged;
    for (const DraftParagraph &draft : drafted) {
        MergedParagraph paragraph{draft, ParagraphState::Drafted, draft.text, draft.text};
        if (const auto edit = edits.constFind(draft.key); edit != edits.cend()) {
            paragraph.paragraph.text = edit->editedText;
            paragraph.basedOn = edit->draftedText;
            paragraph.state = edit->draftedText == draft.text ? ParagraphState::Edited
                                                              : ParagraphState::NeedsReview;
            edits.erase(edit);
        }
        merged.append(paragraph);
    }
    // Edits of paragraphs the drafter no longer writes, in the order they were stored.
    int insertAt = int(merged.size());
    if (!merged.isEmpty() && merged.constLast().paragraph.key == QStringLiteral("closing"))
        --insertAt;
    for (const StoredParagraph &edit : stored) {
        if (!edits.contains(edit.key))
            continue;
        merged.insert(insertAt++, MergedParagraph{{edit.key, edit.editedText, ParagraphStyle::Body},
                                                  ParagraphState::NeedsReview,
                                                  QString(),
                                                  edit.draftedText});
    }
    return merged;
}

QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged)
{
    QList<DraftParagraph> texts;
    for (const MergedParagraph &paragraph : merged)
        texts.append(paragraph.paragraph);
    return texts;
}

Status ReportStore::requireWritable() const
{
    if (m_file.isReadOnly())
        return Error{tr("“%1” is open read-only: the report settings and edits cannot be saved.")
                         .arg(QDir::toNativeSeparators(m_file.path()))};
    return {};
}

Status ReportStore::write(const QString &sql, std::initializer_list<QVariant> values)
{
    if (auto status = requireWritable(); !status)
        return status;
    QSqlQuery query(m_file.database());
    query.prepare(sql);
    bindValues(query, values);
    return execute(query);
}

Result<ReportSettings> ReportStore::settings() const
{
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral(
            "SELECT governing_body, issuing_body, issuer_in_prose, issuer_symbol, place_name,"
            " signer_authority, signer_title, report_to, recipients, modified_at, id"
            " FROM report_settings LIMIT 1")))
        return queryError(query);
    ReportSettings settings;
    if (!query.next())
        return settings;
    settings.governingBody = query.value(0).toString();
    settings.issuingBody = query.value(1).toString();
    settings.issuerInProse = query.value(2).toString();
    settings.issuerSymbol = query.value(3).toString();
    settings.placeName = query.value(4).toString();
    settings.signerAuthority = query.value(5).toString();
    settings.signerTitle = query.value(6).toString();
    settings.reportTo = query.value(7).toString();
    settings.recipients = query.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    settings.modifiedAt = query.value(9).toString();
    settings.id = query.value(10).toString();
    return settings;
}

Status ReportStore::saveSettings(ReportSettings &settings)
{
    if (auto status = requireWritable(); !status)
        return status;
    QSqlDatabase db = m_file.database();
    QSqlQuery existing(db);
    if (!existing.exec(QStringLiteral("SELECT id FROM report_settings LIMIT 1")))
        return queryError(existing);
    settings.id = existing.next() ? existing.value(0).toString() : newId();
    settings.modifiedAt = Clock::nowIso();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO report_settings (id, governing_body, issuing_body,"
        " issuer_in_prose, issuer_symbol, place_name, signer_authority, signer_title, report_to,"
        " recipients, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(query, {settings.id, settings.governingBody, settings.issuingBody,
                       settings.issuerInProse, settings.issuerSymbol, settings.placeName,
                       settings.signerAuthority, settings.signerTitle, settings.reportTo,
                       settings.recipients.join(QLatin1Char('\n')), settings.modifiedAt});
    return execute(query);
}

Result<int> ReportStore::nextNumber(const QString &symbol, int year) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "SELECT next_number FROM report_number_series WHERE issuer_symbol = ? AND year = ?"));
    bindValues(query, {symbol, year});
    if (auto status = execute(query); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toInt() : 1;
}

Status ReportStore::setNextNumber(const QString &symbol, int year, int next)
{
    return write(
        QStringLiteral(
            "INSERT INTO report_number_series (id, issuer_symbol, year, next_number, modified_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (issuer_symbol, year)"
            " DO UPDATE SET next_number = excluded.next_number, modified_at = "
            "excluded.modified_at"),
        {newId(), symbol, year, std::max(1, next), Clock::nowIso()});
}

Result<QList<NumberSeries>> ReportStore::numberSeries() const
{
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT id, issuer_symbol, year, next_number, modified_at"
                                   " FROM report_number_series ORDER BY issuer_symbol, year, id")))
        return queryError(query);
    QList<NumberSeries> series;
    while (query.next()) {
        series.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                       query.value(3).toInt(), query.value(4).toString()});
    }
    return series;
}

Result<QList<StoredParagraph>> ReportStore::paragraphs(const QString &roundId) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "SELECT id, paragraph_key, drafted_text, edited_text, modified_at FROM report_paragraphs"
        " WHERE round_id = ? ORDER BY rowid"));
    bindValues(query, {roundId});
    if (auto status = execute(query); !status)
        return Error{status.error()};
    QList<StoredParagraph> paragraphs;
    while (query.next()) {
        paragraphs.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString()});
    }
    return paragraphs;
}

Result<std::optional<QString>> ReportStore::reservedRow(const QString &roundId,
                                                        const QString &key) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "SELECT edited_text FROM report_paragraphs WHERE round_id = ? AND paragraph_key = ?"));
    bindValues(query, {roundId, key});
    if (auto status = execute(query); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<std::optional<IssuedNotice>> ReportStore::issuedNotice(const QString &roundId) const
{
    auto row = reservedRow(roundId, kIssuedKey);
    if (!row)
        return Error{row.error()};
    if (!*row)
        return std::optional<IssuedNotice>();
    const auto issued = parseIssued(**row);
    if (!issued)
        return Error{tr("The issued number of the notice in “%1” is damaged.")
                         .arg(QDir::toNativeSeparators(m_file.path()))};
    return issued;
}

Result<QDate> ReportStore::noticeDate(const QString &roundId) const
{
    auto row = reservedRow(roundId, kNoticeDateKey);
    if (!row)
        return Error{row.error()};
    return *row ? QDate::fromString(**row, Qt::ISODate) : QDate();
}

Status ReportStore::saveNoticeDate(const QString &roundId, const QDate &date)
{
    if (!date.isValid())
        return revertParagraph(roundId, kNoticeDateKey);
    return saveParagraph(roundId, kNoticeDateKey, QString(), date.toString(Qt::ISODate));
}

Result<int> ReportStore::highestIssued(const QString &symbol, int year) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT edited_text FROM report_paragraphs WHERE paragraph_key = ?"));
    bindValues(query, {kIssuedKey});
    if (auto status = execute(query); !status)
        return Error{status.error()};
    int highest = 0;
    while (query.next()) {
        const auto issued = parseIssued(query.value(0).toString());
        if (issued && issued->symbol == symbol && issued->issuedOn.year() == year)
            highest = std::max(highest, issued->number);
    }
    return highest;
}

Result<int> ReportStore::numberToIssue(const QString &symbol, int year) const
{
    auto next = nextNumber(symbol, year);
    if (!next)
        return next;
    auto highest = highestIssued(symbol, year);
    if (!highest)
        return highest;
    return std::max(*next, *highest + 1);
}

Status ReportStore::saveIssuedNotice(const QString &roundId, const IssuedNotice &issued)
{
    const QJsonObject json{{QStringLiteral("number"), issued.number},
                           {QStringLiteral("symbol"), issued.symbol},
                           {QStringLiteral("issuedOn"), issued.issuedOn.toString(Qt::ISODate)}};
    return saveParagraph(roundId, kIssuedKey, QString(),
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

Status ReportStore::saveParagraph(const QString &roundId, const QString &key,
                                  const QString &draftedText, const QString &editedText)
{
    return write(
        QStringLiteral(
            "INSERT INTO report_paragraphs (id, round_id, paragraph_key, drafted_text, edited_text,"
            " modified_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, paragraph_key)"
            " DO UPDATE SET drafted_text = excluded.drafted_text, edited_text = "
            "excluded.edited_text,"
            " modified_at = excluded.modified_at"),
        {newId(), roundId, key, draftedText, editedText, Clock::nowIso()});
}

Status ReportStore::revertParagraph(const QString &roundId, const QString &key)
{
    return write(
        QStringLiteral("DELETE FROM report_paragraphs WHERE round_id = ? AND paragraph_key = ?"),
        {roundId, key});
}

} // namespace cchc::report
