#include "ReportStore.h"

#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/InspectionFile.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cchc::report {

using namespace storage;

namespace {

// The reserved report_paragraphs key of a round's issued number (see ReportStore.h).
const QString kIssuedPrefix = QStringLiteral("issued/");
const QString kIssuedKey = kIssuedPrefix + QStringLiteral("notice");

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

namespace {

const QString kFirstPlace = QStringLiteral("^"); // afterKey of a paragraph placed first

// "results/<group id>" belongs to "results"; "opening" is a section of its own.
QString sectionOf(const QString &key)
{
    return key.section(QLatin1Char('/'), 0, 0);
}

// Puts the paragraphs the team placed after the paragraph they name, in the order they
// were stored; a paragraph whose anchor is gone (or circular) goes before the closing one.
QList<MergedParagraph> arrange(QList<MergedParagraph> natural,
                               QList<std::pair<QString, MergedParagraph>> placed)
{
    QList<MergedParagraph> order = std::move(natural);
    QHash<QString, QString> anchorOf; // key -> anchor, for the paragraphs placed so far
    bool progress = true;
    while (!placed.isEmpty() && progress) {
        progress = false;
        for (int i = 0; i < placed.size(); ++i) {
            const QString &anchor = placed.at(i).first;
            int at = -1;
            if (anchor == kFirstPlace)
                at = 0;
            for (int j = 0; at < 0 && j < order.size(); ++j) {
                if (order.at(j).paragraph.key == anchor)
                    at = j + 1;
            }
            if (at < 0)
                continue;
            // After the anchor and after those placed after it earlier (stored order).
            while (at < order.size() && anchorOf.value(order.at(at).paragraph.key) == anchor)
                ++at;
            anchorOf.insert(placed.at(i).second.paragraph.key, anchor);
            order.insert(at, placed.takeAt(i).second);
            --i;
            progress = true;
        }
    }
    int insertAt = int(order.size());
    if (!order.isEmpty() && order.constLast().paragraph.key == QStringLiteral("closing"))
        --insertAt;
    for (auto &[anchor, paragraph] : placed)
        order.insert(insertAt++, paragraph);
    // A paragraph of the team's own belongs to the section of the paragraph before it.
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).state == ParagraphState::Own || order.at(i).section.isEmpty())
            order[i].section = i > 0 ? order.at(i - 1).section : QString();
    }
    return order;
}

} // namespace

QString newOwnParagraphKey()
{
    return QStringLiteral("own/") + newId();
}

QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored)
{
    QHash<QString, StoredParagraph> rows;
    for (const StoredParagraph &row : stored) {
        if (!row.key.startsWith(kIssuedPrefix)) // an issued number, not a paragraph
            rows.insert(row.key, row);
    }
    // A drafted paragraph placed after one that no longer exists goes back to its
    // drafted place.
    QSet<QString> keys{kFirstPlace};
    for (const DraftParagraph &draft : drafted)
        keys.insert(draft.key);
    for (const StoredParagraph &row : std::as_const(rows)) {
        if (row.isEdited()) // a row that only placed a paragraph gone from the draft is gone
            keys.insert(row.key);
    }
    QList<MergedParagraph> natural;
    QHash<QString, MergedParagraph> placedDrafts; // by key, placed in stored order below
    for (const DraftParagraph &draft : drafted) {
        MergedParagraph paragraph{draft,      ParagraphState::Drafted, draft.text, draft.text,
                                  false,      sectionOf(draft.key),    QString()};
        const auto row = rows.constFind(draft.key);
        if (row == rows.cend()) {
            natural.append(paragraph);
            continue;
        }
        paragraph.hidden = row->hidden;
        paragraph.afterKey = row->afterKey;
        if (row->isEdited()) {
            paragraph.paragraph.text = row->editedText;
            paragraph.basedOn = row->draftedText;
            paragraph.state = row->draftedText == draft.text ? ParagraphState::Edited
                                                             : ParagraphState::NeedsReview;
        }
        if (row->afterKey.isEmpty() || !keys.contains(row->afterKey))
            natural.append(paragraph);
        else
            placedDrafts.insert(draft.key, paragraph);
        rows.erase(row);
    }
    // Placed paragraphs, the team's own, and edits of paragraphs the drafter no longer
    // writes, in the order they were stored.
    QList<std::pair<QString, MergedParagraph>> placed;
    for (const StoredParagraph &row : stored) {
        if (const auto draft = placedDrafts.constFind(row.key); draft != placedDrafts.cend()) {
            placed.append({row.afterKey, *draft});
            continue;
        }
        // A row that only placed or hid a paragraph no longer drafted holds nothing typed.
        if (!rows.contains(row.key) || !row.isEdited())
            continue;
        const bool own = row.isOwn();
        MergedParagraph paragraph{{row.key, row.editedText, ParagraphStyle::Body},
                                  own ? ParagraphState::Own : ParagraphState::NeedsReview,
                                  QString(),
                                  row.draftedText,
                                  row.hidden,
                                  QString(),
                                  QString()};
        paragraph.afterKey = row.afterKey;
        // Without a place (or when the paragraph it followed is gone) it goes before the
        // closing paragraph: an empty anchor matches no paragraph.
        placed.append({row.afterKey, paragraph});
    }
    return arrange(natural, placed);
}

QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged)
{
    QList<DraftParagraph> texts;
    for (const MergedParagraph &paragraph : merged) {
        // A paragraph of the team's own is printed once it has words: no blank line while
        // it is being written.
        const bool blank = paragraph.state == ParagraphState::Own
                           && paragraph.paragraph.text.trimmed().isEmpty();
        if (!paragraph.hidden && !blank)
            texts.append(paragraph.paragraph);
    }
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
        "SELECT id, paragraph_key, drafted_text, edited_text, modified_at, after_key, hidden"
        " FROM report_paragraphs WHERE round_id = ? ORDER BY rowid"));
    bindValues(query, {roundId});
    if (auto status = execute(query); !status)
        return Error{status.error()};
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
    query.prepare(QStringLiteral(
        "SELECT edited_text FROM report_paragraphs WHERE round_id = ? AND paragraph_key = ?"));
    bindValues(query, {roundId, kIssuedKey});
    if (auto status = execute(query); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<IssuedNotice>();
    const auto issued = parseIssued(query.value(0).toString());
    if (!issued)
        return Error{tr("The issued number of the notice in “%1” is damaged.")
                         .arg(QDir::toNativeSeparators(m_file.path()))};
    return issued;
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

Status ReportStore::replaceParagraphs(const QString &roundId, const QList<StoredParagraph> &rows)
{
    if (auto status = requireWritable(); !status)
        return status;
    // transact() is not const: the store only reads through a const file otherwise.
    return const_cast<InspectionFile &>(m_file).transact([&]() -> Status {
        if (auto status = write(QStringLiteral("DELETE FROM report_paragraphs WHERE round_id = ?"
                                               " AND paragraph_key NOT LIKE 'issued/%'"),
                                {roundId});
            !status)
            return status;
        for (const StoredParagraph &row : rows) {
            if (row.key.startsWith(kIssuedPrefix))
                continue;
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

} // namespace cchc::report
