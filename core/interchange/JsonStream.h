#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

#include <functional>

namespace cchc::interchange {

// Writes JSON piece by piece in exactly the layout of QJsonDocument::Indented (4 spaces,
// keys in order), so exporting a large file never holds the whole document in memory and
// gives the same bytes as serialising it at once.
class JsonStream
{
public:
    using Part = std::function<Status(int depth)>;
    using Item = std::function<Status(int index, int depth)>;

    explicit JsonStream(QIODevice &device) : m_device(device) {}

    // A value nested `depth` levels deep (its closing bracket indented by depth).
    Status value(const QJsonValue &value, int depth);
    // An object whose members are `plain`'s plus `streamed` ones written by callbacks.
    Status object(const QJsonObject &plain, const QMap<QString, Part> &streamed, int depth);
    // An array of `count` items, each written by `item`.
    Status array(int count, int depth, const Item &item);
    Status write(const QByteArray &bytes);

private:
    QIODevice &m_device;
};

} // namespace cchc::interchange
