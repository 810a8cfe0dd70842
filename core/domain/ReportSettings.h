#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace cchc::report {

// Per-file report settings (stored in the .cchc file, edited in preferences). The defaults
// are those of the 2022 Hà Tĩnh city round so a new file drafts a plausible notice at once.
struct ReportSettings
{
    QString governingBody = QStringLiteral("UBND THÀNH PHỐ HÀ TĨNH");
    QString issuingBody = QStringLiteral("ĐOÀN KIỂM TRA CCHC - HĐCV");
    // How the body names itself in prose ("Đoàn kiểm tra CCHC – hoạt động công vụ của …").
    QString issuerInProse =
        QStringLiteral("Đoàn kiểm tra CCHC – hoạt động công vụ của thành phố Hà Tĩnh");
    QString issuerSymbol = QStringLiteral("ĐKT"); // "05/TB-ĐKT"
    QString placeName = QStringLiteral("Hà Tĩnh");
    QString signerAuthority = QStringLiteral("TM. ĐOÀN KIỂM TRA");
    QString signerTitle = QStringLiteral("TRƯỞNG ĐOÀN");
    QString reportTo = QStringLiteral("UBND thành phố"); // who receives corrective-action reports
    QStringList recipients = {QStringLiteral("UBND thành phố (để b/c);"),
                              QStringLiteral("Các đơn vị được kiểm tra;"),
                              QStringLiteral("Lưu: VT, ĐKT.")};
    QString id; // empty until saved: the file then drafts with these defaults
    QString modifiedAt;

    // "Số: 05/TB-ĐKT"; a number below 1 leaves the space blank ("Số:      /TB-ĐKT") for a
    // document not issued yet, to be numbered by hand or by issuing it.
    QString documentNumber(const QString &typeCode, int number) const;
};

} // namespace cchc::report
