#include "core/interchange/JsonOutline.h"

#include <QCoreApplication>

namespace cchc::interchange {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::JsonImport)
};

const QLatin1String kUnits("units");

// One round: its members but "units" parsed, its units array skipped over (each unit is
// read in the second pass).
JsonOutline::Round readRound(JsonReader &in)
{
    JsonOutline::Round round;
    if (in.peek() != '{') {
        round.head = in.readValue();
        return round;
    }
    QJsonObject head;
    in.beginObject();
    QString key;
    while (in.nextMember(&key)) {
        if (key == kUnits && in.peek() == '[') {
            round.unitsOffset = in.position();
            in.skipValue();
        } else {
            head.insert(key, in.readValue());
        }
    }
    round.head = head;
    return round;
}

} // namespace

Error syntaxError(const JsonError &error)
{
    return Error{Tr::tr("not valid JSON (at character %1: %2)").arg(error.offset).arg(error.reason())};
}

Result<JsonOutline> readOutline(JsonReader &in)
{
    if (in.peek() != '{') {
        // Walked to its end, so that text that is not JSON at all is named as such.
        if (in.skipValue() && in.atEnd())
            return Error{Tr::tr("not a CCHC Inspector export: the JSON is not an object")};
        return syntaxError(in.error());
    }
    JsonOutline outline;
    in.beginObject();
    QString key;
    while (in.nextMember(&key)) {
        if (key == QLatin1String("rounds") && in.peek() == '[') {
            in.beginArray();
            while (in.nextElement())
                outline.rounds.append(readRound(in));
        } else {
            outline.top.insert(key, in.readValue());
        }
    }
    in.atEnd();
    if (in.failed())
        return syntaxError(in.error());
    return outline;
}

} // namespace cchc::interchange
