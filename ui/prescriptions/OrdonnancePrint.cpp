#include "OrdonnancePrint.h"

#include "documents/PrescriptionPrinter.h"
#include "services/Prescriptions.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace relais::ui {

namespace {

// The sheet of `id`, or nothing once the person was told why not (or chose not to go on).
std::optional<PrescriptionSheet> sheetToPrint(Prescriptions &prescriptions, const Session &session,
                                              const QString &id, QWidget *parent)
{
    auto sheet = prescriptions.sheet(session, id);
    if (!sheet) {
        QMessageBox::warning(parent, OrdonnancePrint::tr("Print"), sheet.error().message);
        return std::nullopt;
    }
    const QStringList missing = sheet->missingMentions();
    if (!missing.isEmpty() &&
        QMessageBox::question(
            parent, OrdonnancePrint::tr("Print"),
            OrdonnancePrint::tr("This ordonnance lacks %1: a pharmacist may refuse it. An "
                                "administrator completes it in Settings → Users. Print anyway?")
                .arg(missing.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return std::nullopt;
    return std::move(*sheet);
}

} // namespace

OrdonnancePrint::OrdonnancePrint(Vault &vault, const Session &session, QWidget *parent)
    : m_vault(vault)
    , m_session(session)
    , m_parent(parent)
{}

bool OrdonnancePrint::toPrinter(const QString &id)
{
    Prescriptions prescriptions(m_vault);
    const auto sheet = sheetToPrint(prescriptions, m_session, id, m_parent);
    if (!sheet)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Prescription %1").arg(id));
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setWindowTitle(tr("Ordonnance: preview before printing"));
    const PrescriptionPrinter ordonnance(*sheet);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&ordonnance](QPrinter *target) { ordonnance.print(*target); });
    if (preview.exec() != QDialog::Accepted)
        return false;
    if (auto marked = prescriptions.markPrinted(m_session, id); !marked) {
        QMessageBox::warning(m_parent, tr("Print"), marked.error().message);
        return false;
    }
    return true;
}

int OrdonnancePrint::toPrinter(const QStringList &ids)
{
    if (ids.size() == 1)
        return toPrinter(ids.first()) ? 1 : 0;
    if (ids.isEmpty())
        return 0;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog choose(&printer, m_parent);
    choose.setWindowTitle(tr("Print %n ordonnance(s)", nullptr, static_cast<int>(ids.size())));
    if (choose.exec() != QDialog::Accepted)
        return 0;
    Prescriptions prescriptions(m_vault);
    int printed = 0;
    for (const QString &id : ids) {
        const auto sheet = sheetToPrint(prescriptions, m_session, id, m_parent);
        if (!sheet)
            continue;
        printer.setDocName(tr("Prescription %1").arg(id));
        PrescriptionPrinter(*sheet).print(printer);
        if (prescriptions.markPrinted(m_session, id))
            ++printed;
    }
    return printed;
}

bool OrdonnancePrint::toPdf(const QString &id, QString path)
{
    Prescriptions prescriptions(m_vault);
    const auto sheet = sheetToPrint(prescriptions, m_session, id, m_parent);
    if (!sheet)
        return false;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            m_parent, tr("Save the ordonnance as PDF"),
            folder + QStringLiteral("/ordonnance-%1.pdf").arg(sheet->date.toString(Qt::ISODate)),
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    if (auto written = PrescriptionPrinter(*sheet).writePdf(path); !written) {
        QMessageBox::warning(m_parent, tr("Save as PDF"), written.error().message);
        return false;
    }
    if (auto marked = prescriptions.markPrinted(m_session, id); !marked) {
        QMessageBox::warning(m_parent, tr("Save as PDF"), marked.error().message);
        return false;
    }
    return true;
}

} // namespace relais::ui
