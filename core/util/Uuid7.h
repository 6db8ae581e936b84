#pragma once

#include <QString>

namespace relais {

// RFC 9562 version 7 identifiers: 48 bits of Unix milliseconds, then random bits. Made where the
// record is created, so two workstations never hand out the same id, and they sort by creation
// time, which keeps SQLite's primary-key B-tree appending rather than splitting pages.
class Uuid7
{
public:
    static QString generateAt(qint64 unixMs);
    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &text);
};

} // namespace relais
