#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace relais {

// Where a printed document goes: a PDF file by Qt's own writer, or a printer, on A4.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::PdfFile)

public:
    // A4 with these margins (millimetres), then the document laid out on it.
    static void print(QTextDocument &document, QPagedPaintDevice &device,
                      const QMarginsF &marginsMm);
    // QPdfWriter says nothing when it cannot write: the file is tried first, and a refusal
    // names it with the reason.
    static Status write(QTextDocument &document, const QString &path, const QString &title,
                        const QMarginsF &marginsMm);
};

} // namespace relais
