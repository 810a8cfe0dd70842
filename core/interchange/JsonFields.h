#pragma once

// Reading one JSON object with its fields' types checked and the JSON path of every
// problem kept: the building block of JsonImport.cpp, apart so the reader stays short.

#include "core/common/Ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

namespace cchc::interchange::detail {

// The translation context of every import message (JsonImport.cpp declares the same).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::JsonImport)
};

// Keeps the first problem found, prefixed with its JSON path. Reading goes on after a
// problem (with default values) so the code reads straight; only the first one is shown.
class Problems
{
public:
    void add(const QString &path, const QString &reason)
    {
        if (m_first.isEmpty())
            m_first = path.isEmpty() ? reason : QStringLiteral("%1: %2").arg(path, reason);
    }
    bool any() const { return !m_first.isEmpty(); }
    QString first() const { return m_first; }

private:
    QString m_first;
};

// The fields of one JSON object at `path`, read with their types checked.
class Fields
{
public:
    Fields(Problems &problems, QJsonObject object, QString path)
        : m_problems(&problems), m_object(std::move(object)), m_path(std::move(path))
    {
    }

    QString path() const { return m_path; }
    QString at(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    void fail(const char *key, const QString &reason) const { m_problems->add(at(key), reason); }

    enum class Need { Optional, Required, NonEmpty };

    QString text(const char *key, Need need = Need::Optional) const
    {
        const QJsonValue value = get(key, need != Need::Optional);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(key, Tr::tr("must be text"));
            return {};
        }
        if (need == Need::NonEmpty && value.toString().trimmed().isEmpty())
            fail(key, Tr::tr("must not be empty"));
        return value.toString();
    }

    QString id(const char *key = "id") const { return checkedId(key, text(key, Need::Required)); }

    // null or an id: an optional reference
    QString optionalId(const char *key) const
    {
        if (isNull(key))
            return {};
        return checkedId(key, text(key));
    }

    QString timestamp(const char *key = "modifiedAt") const
    {
        // Exactly the form Clock writes (UTC, milliseconds): import compares these times,
        // and a time without a zone would be read as local time.
        static const QRegularExpression form(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
        const QString value = text(key, Need::Required);
        if (!m_problems->any() && (!form.match(value).hasMatch() ||
                                   !QDateTime::fromString(value, Qt::ISODateWithMs).isValid()))
            fail(key, Tr::tr("“%1” is not a time in the form yyyy-MM-ddThh:mm:ss.zzzZ").arg(value));
        return value;
    }

    QDate date(const char *key) const
    {
        if (isNull(key))
            return {};
        const QString value = text(key);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || value.size() != 10)
            fail(key, Tr::tr("“%1” is not a date in the form yyyy-MM-dd").arg(value));
        return date;
    }

    double number(const char *key) const
    {
        const QJsonValue value = get(key, true);
        if (!value.isUndefined() && !value.isDouble())
            fail(key, Tr::tr("must be a number"));
        return value.toDouble();
    }

    std::optional<double> optionalNumber(const char *key) const
    {
        if (isNull(key))
            return std::nullopt;
        return number(key);
    }

    int integer(const char *key) const
    {
        const double value = number(key);
        const bool whole = value >= std::numeric_limits<int>::min() &&
                           value <= std::numeric_limits<int>::max() && value == double(int(value));
        if (!whole) {
            fail(key, Tr::tr("must be a whole number"));
            return 0;
        }
        return int(value);
    }

    bool boolean(const char *key) const
    {
        const QJsonValue value = get(key, false);
        if (!value.isUndefined() && !value.isBool())
            fail(key, Tr::tr("must be true or false"));
        return value.toBool();
    }

    // An enum by its stable key; `unknown` is the message for a key that is not one.
    template <typename Enum>
    Enum key(const char *key, bool (*fromKey)(const QString &, Enum *), const char *unknown) const
    {
        Enum value{};
        const QString name = text(key, Need::Required);
        if (!m_problems->any() && !fromKey(name, &value))
            fail(key, Tr::tr(unknown).arg(name));
        return value;
    }

    // A list of texts; an absent list is empty.
    QStringList texts(const char *key) const
    {
        const QJsonValue value = get(key, true);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(key, Tr::tr("must be a list"));
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                m_problems->add(at(key) + QStringLiteral("[%1]").arg(i), Tr::tr("must be text"));
            }
            list.append(array.at(i).toString());
        }
        return list;
    }

    // The fields of an object field.
    Fields object(const char *key) const
    {
        const QJsonValue value = get(key, true);
        if (!value.isUndefined() && !value.isObject())
            fail(key, Tr::tr("must be an object"));
        return Fields(*m_problems, value.toObject(), at(key));
    }

    // The objects of an array field; an absent list is empty.
    QList<Fields> objects(const char *key) const
    {
        QList<Fields> list;
        forEachObject(m_object.value(QLatin1String(key)), key,
                      [&](const Fields &item) { list.append(item); });
        return list;
    }

    bool isNull(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return value.isNull() || value.isUndefined();
    }

private:
    void forEachObject(QJsonValue value, const char *key,
                       const std::function<void(const Fields &)> &each) const
    {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            fail(key, Tr::tr("must be a list"));
            return;
        }
        QJsonArray array = value.toArray();
        value = QJsonValue(); // `array` is now the only owner (when the caller let go)
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            array[i] = QJsonValue(); // freed once `item` goes
            const QString path = at(key) + QStringLiteral("[%1]").arg(i);
            if (!item.isObject())
                m_problems->add(path, Tr::tr("must be an object"));
            each(Fields(*m_problems, item.toObject(), path));
        }
    }

    QJsonValue get(const char *key, bool required) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && required)
            fail(key, Tr::tr("is missing"));
        return value;
    }

    QString checkedId(const char *key, const QString &value) const
    {
        if (!m_problems->any() && !isValidId(value))
            fail(key, Tr::tr("“%1” is not a valid id (UUID)").arg(value));
        return value;
    }

    Problems *m_problems; // a pointer, so Fields can live in a QList
    QJsonObject m_object;
    QString m_path;
};

} // namespace cchc::interchange::detail
