#include "PdfFile.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace relais {

void PdfFile::print(QTextDocument &document, QPagedPaintDevice &device, const QMarginsF &marginsMm)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(marginsMm, QPageLayout::Millimeter);
    document.print(&device);
}

Status PdfFile::write(QTextDocument &document, const QString &path, const QString &title,
                      const QMarginsF &marginsMm)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io, tr("%1 cannot be written: %2.").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Relais"));
    writer.setResolution(300);
    print(document, writer, marginsMm);
    return {};
}

} // namespace relais
