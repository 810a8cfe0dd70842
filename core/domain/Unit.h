#pragma once

#include <QString>

namespace cchc {

// An inspected unit (đơn vị được kiểm tra). The register is shared by every round in a file.
struct Unit
{
    QString id;
    QString name;          // "Trung tâm Y tế Thành phố"
    QString shortName;     // used in tables where the full name is too long
    QString address;
    QString headName;      // the unit's head, who signs the minutes
    QString headTitle;     // "Giám đốc"
    QString phone;
    QString notes;
    QString modifiedAt;    // ISO UTC, set by storage
};

} // namespace cchc
