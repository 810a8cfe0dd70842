#pragma once

#include "core/common/Result.h"
#include "core/domain/ReportRecords.h"
#include "core/report/ReportDocument.h"

#include <QByteArray>

namespace cchc::report {

// An issued notice is kept as the final document it printed: every block (header, title,
// paragraphs, tables with their numbers, the annex's chart as PNG, the signature) in
// canonical JSON. Why the document and not the data it was drafted from: re-drafting from
// kept data would tie the frozen text to today's drafting rules, templates and settings,
// which change between versions; the blocks are exactly what the PDF, DOCX and preview
// writers walk, so every export of an issued notice prints the same text by construction.
// The bytes are stored as made and the digest is taken over exactly those bytes.
QByteArray snapshotContent(const ReportDocument &document);
Result<ReportDocument> documentFromSnapshot(const QByteArray &content);
NoticeSnapshot makeSnapshot(const ReportDocument &document, bool afterTheFact);

QString sha256Hex(const QByteArray &content);
// The first 12 hex digits: what the printed footer shows.
QString shortDigest(const QString &sha256);
// Whether `snapshot.content` still has the digest stored with it.
bool digestMatches(const NoticeSnapshot &snapshot);

// The footer and PDF metadata of an issued notice printed from `snapshot` (or, with none,
// from the current data: the footer then says so).
void markIssuedDocument(ReportDocument &document, const std::optional<NoticeSnapshot> &snapshot);

} // namespace cchc::report
