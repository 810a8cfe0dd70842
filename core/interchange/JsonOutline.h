#pragma once

#include "core/common/Result.h"
#include "core/interchange/JsonReader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace cchc::interchange {

// The first pass of a streamed import: the whole export except the rounds' units, which
// are most of it and stay on the device, each round's units array known by its offset.
// An export's keys are in alphabetical order, so "rounds" comes before the "templates"
// and "units" a round refers to: the rounds can only be checked once those are read.
struct JsonOutline
{
    struct Round
    {
        QJsonValue head;          // the round's object without "units" (or what is there)
        qint64 unitsOffset = -1;  // where its "units" array starts; -1: none, or not a list
    };

    QJsonObject top;     // every top-level member but a "rounds" list
    QList<Round> rounds; // that list, when it is one
};

// Reads the outline from `in` (at the device's start) to the end of the text, which is
// checked to hold nothing after the document. Errors say where the text is not JSON or
// that it is not an object, in the words of the import's messages.
Result<JsonOutline> readOutline(JsonReader &in);

// "not valid JSON (at character N: reason)"
Error syntaxError(const JsonError &error);

} // namespace cchc::interchange
