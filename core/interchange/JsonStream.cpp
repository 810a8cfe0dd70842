#include "core/interchange/JsonStream.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cchc::interchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::JsonExport)
};

QByteArray indent(int depth)
{
    return QByteArray(4 * depth, ' ');
}
} // namespace

Status JsonStream::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size())
        return Error{Tr::tr("The JSON could not be written: %1").arg(m_device.errorString())};
    return {};
}

Status JsonStream::value(const QJsonValue &value, int depth)
{
    QByteArray text;
    if (value.isObject() || value.isArray()) {
        text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        text.chop(1); // the document's final newline
        text.replace("\n", "\n" + indent(depth));
    } else {
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2); // inside "[…]"
    }
    return write(text);
}

Status JsonStream::object(const QJsonObject &plain, const QMap<QString, Part> &streamed, int depth)
{
    QStringList keys = plain.keys() + streamed.keys();
    keys.sort(); // QJsonObject's own order: by code unit
    if (auto status = write("{\n"); !status)
        return status;
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        auto status = write(indent(depth + 1) + '"' + key.toUtf8() + "\": ");
        if (status) {
            const auto part = streamed.constFind(key);
            status =
                part != streamed.cend() ? (*part)(depth + 1) : value(plain.value(key), depth + 1);
        }
        if (status)
            status = write(i + 1 == keys.size() ? "\n" : ",\n");
        if (!status)
            return status;
    }
    return write(indent(depth) + '}');
}

Status JsonStream::array(int count, int depth, const Item &item)
{
    if (auto status = write("[\n"); !status)
        return status;
    for (int i = 0; i < count; ++i) {
        auto status = write(indent(depth + 1));
        if (status)
            status = item(i, depth + 1);
        if (status)
            status = write(i + 1 == count ? "\n" : ",\n");
        if (!status)
            return status;
    }
    return write(indent(depth) + ']');
}

} // namespace cchc::interchange
