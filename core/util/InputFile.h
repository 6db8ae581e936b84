#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// Reads a whole file that a person hands to Relais (a drug database file, a FHIR bundle), never
// trusting it further than a file of its kind could go: a named pipe or a device is refused
// before it is opened (opening a pipe waits for a writer; a device never ends), and a file
// larger than `maxBytes` before it is read.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::InputFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace relais
