#include "core/storage/ReportStore.h"

#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/storage/InspectionFile.h"
#include "core/storage/SqlSupport.h"

#include <QDir>
#include <QSqlQuery>

namespace cchc::report {

using namespace storage;

Status ReportStore::requireWritable() const
{
    if (m_file.isReadOnly() || !m_writable)
        return Error{tr("“%1” is open read-only: the report settings and edits cannot be saved.")
                         .arg(QDir::toNativeSeparators(m_file.path()))};
    return {};
}

Status ReportStore::write(const QString &sql, std::initializer_list<QVariant> values)
{
    if (auto status = requireWritable(); !status)
        return status;
    const QList<QVariant> bound(values);
    return m_writable->transact([&]() -> Status {
        QSqlQuery query(m_file.database());
        return execute(query, sql, bound);
    });
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
    return m_writable->transact([&]() -> Status { return writeSettings(settings); });
}

Status ReportStore::writeSettings(ReportSettings &settings)
{
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
        return status.failure();
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
        "SELECT id, paragraph_key, drafted_text, edited_text, modified_at, after_key, hidden"
        " FROM report_paragraphs WHERE round_id = ? ORDER BY rowid"));
    bindValues(query, {roundId});
    if (auto status = execute(query); !status)
        return status.failure();
    QList<StoredParagraph> paragraphs;
    while (query.next()) {
        paragraphs.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toString(),
                           query.value(6).toBool()});
    }
    return paragraphs;
}

Result<std::optional<IssuedNotice>> ReportStore::issuedNotice(const QString &roundId) const
{
    QSqlQuery query(m_file.database());
    if (auto status = execute(query,
                              QStringLiteral("SELECT number, issuer_symbol, issued_on, id, modified_at"
                                             " FROM issued_notices WHERE round_id = ?"),
                              {roundId});
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<IssuedNotice>();
    return std::optional<IssuedNotice>(IssuedNotice{query.value(0).toInt(), query.value(1).toString(),
                                                    dateFrom(query.value(2)), query.value(3).toString(),
                                                    query.value(4).toString()});
}

Result<int> ReportStore::highestIssued(const QString &symbol, int year) const
{
    // issued_on is "yyyy-MM-dd": the year's notices sort between its first and last day.
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);
    auto highest = selectValue(m_file.database(),
                               QStringLiteral("SELECT MAX(number) FROM issued_notices WHERE"
                                              " issuer_symbol = ? AND issued_on BETWEEN ? AND ?"),
                               {symbol, from, to});
    if (!highest)
        return highest.failure();
    return highest->toInt(); // NULL (none issued) reads as 0
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

Status ReportStore::saveIssuedNotice(const QString &roundId, IssuedNotice &issued)
{
    // Inserted, never replaced: a round is issued once (round_id is UNIQUE).
    if (issued.id.isEmpty())
        issued.id = newId();
    issued.modifiedAt = Clock::nowIso();
    return write(QStringLiteral("INSERT INTO issued_notices (id, round_id, number, issuer_symbol,"
                                " issued_on, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {issued.id, roundId, issued.number, issued.symbol, dateValue(issued.issuedOn),
                  issued.modifiedAt});
}

Result<std::optional<NoticeSnapshot>> ReportStore::noticeSnapshot(const QString &roundId) const
{
    QSqlQuery query(m_file.database());
    if (auto status = execute(query,
                              QStringLiteral("SELECT s.content, s.sha256, s.made_at, s.after_the_fact, s.id"
                                             " FROM notice_snapshots s JOIN issued_notices n"
                                             " ON n.id = s.issued_notice_id WHERE n.round_id = ?"),
                              {roundId});
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<NoticeSnapshot>();
    return std::optional<NoticeSnapshot>(NoticeSnapshot{query.value(0).toByteArray(),
                                                        query.value(1).toString(),
                                                        query.value(2).toString(),
                                                        query.value(3).toInt() != 0,
                                                        query.value(4).toString()});
}

Status ReportStore::saveNoticeSnapshot(const IssuedNotice &issued, NoticeSnapshot &snapshot)
{
    // Inserted, never replaced: what was printed stays what was printed. A snapshot put
    // back (the undo of a removed round) keeps the time it was made.
    if (snapshot.madeAt.isEmpty())
        snapshot.madeAt = Clock::nowIso();
    if (snapshot.id.isEmpty())
        snapshot.id = newId();
    return write(QStringLiteral("INSERT INTO notice_snapshots (id, issued_notice_id, content,"
                                " sha256, made_at, after_the_fact, modified_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {snapshot.id, issued.id, snapshot.content, snapshot.sha256, snapshot.madeAt,
                  snapshot.afterTheFact ? 1 : 0, snapshot.madeAt});
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

Status ReportStore::replaceParagraphs(const QString &roundId, const QList<StoredParagraph> &rows)
{
    if (auto status = requireWritable(); !status)
        return status;
    return m_writable->transact([&]() -> Status {
        if (auto status =
                write(QStringLiteral("DELETE FROM report_paragraphs WHERE round_id = ?"), {roundId});
            !status)
            return status;
        for (const StoredParagraph &row : rows) {
            if (auto status = write(
                    QStringLiteral("INSERT INTO report_paragraphs (id, round_id, paragraph_key,"
                                   " drafted_text, edited_text, modified_at, after_key, hidden)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {row.id.isEmpty() ? newId() : row.id, roundId, row.key, row.draftedText,
                     row.editedText, Clock::nowIso(), row.afterKey, row.hidden ? 1 : 0});
                !status)
                return status;
        }
        return {};
    });
}

Status ReportStore::revertParagraph(const QString &roundId, const QString &key)
{
    return write(
        QStringLiteral("DELETE FROM report_paragraphs WHERE round_id = ? AND paragraph_key = ?"),
        {roundId, key});
}

Result<NoticeSettings> ReportStore::noticeSettings(const QString &roundId) const
{
    QSqlQuery query(m_file.database());
    if (auto status = execute(query,
                              QStringLiteral("SELECT notice_date, signer_member_id, id, modified_at"
                                             " FROM notice_settings WHERE round_id = ?"),
                              {roundId});
        !status)
        return status.failure();
    if (!query.next())
        return NoticeSettings{};
    return NoticeSettings{dateFrom(query.value(0)), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()};
}

Status ReportStore::saveNoticeSettings(const QString &roundId, NoticeSettings &settings)
{
    if (auto status = requireWritable(); !status)
        return status;
    return m_writable->transact([&]() -> Status {
        auto issued = issuedNotice(roundId);
        if (!issued)
            return issued.failure();
        if (*issued)
            return Error{tr("The notice was issued on %1: its date and signer no longer change.")
                             .arg((*issued)->issuedOn.toString(QStringLiteral("dd/MM/yyyy")))};
        if (settings.isDefault()) {
            settings.id.clear();
            return write(QStringLiteral("DELETE FROM notice_settings WHERE round_id = ?"),
                         {roundId});
        }
        if (!settings.signerMemberId.isEmpty()) {
            auto member = selectValue(m_file.database(),
                                      QStringLiteral("SELECT COUNT(*) FROM team_members"
                                                     " WHERE id = ? AND round_id = ?"),
                                      {settings.signerMemberId, roundId});
            if (!member)
                return member.failure();
            if (member->toInt() == 0)
                return Error{tr("The chosen signer is not a member of this round's team.")};
        }
        auto existing = noticeSettings(roundId);
        if (!existing)
            return existing.failure();
        settings.id = !existing->id.isEmpty()   ? existing->id
                      : !settings.id.isEmpty() ? settings.id
                                               : newId();
        settings.modifiedAt = Clock::nowIso();
        return write(QStringLiteral("INSERT INTO notice_settings (id, round_id, notice_date,"
                                    " signer_member_id, modified_at) VALUES (?, ?, ?, ?, ?)"
                                    " ON CONFLICT (round_id) DO UPDATE SET"
                                    " notice_date = excluded.notice_date,"
                                    " signer_member_id = excluded.signer_member_id,"
                                    " modified_at = excluded.modified_at"),
                     {settings.id, roundId, dateValue(settings.noticeDate),
                      settings.signerMemberId.isEmpty() ? QVariant()
                                                        : QVariant(settings.signerMemberId),
                      settings.modifiedAt});
    });
}

} // namespace cchc::report
