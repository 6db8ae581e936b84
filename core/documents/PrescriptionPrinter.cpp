#include "PrescriptionPrinter.h"

#include "documents/PdfFile.h"
#include "documents/QrCode.h"

#include <QLocale>
#include <QTextDocument>
#include <QUrl>

namespace relais {

namespace {

const QString QrResource = QStringLiteral("relais:qr");
const QMarginsF Margins(15, 12, 15, 12); // millimetres

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "72,5": the decimal comma of the interface's language.
QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

PrescriptionPrinter::PrescriptionPrinter(PrescriptionSheet sheet)
    : m_sheet(std::move(sheet))
{}

QString PrescriptionPrinter::linesHtml(const QList<PrescriptionLine> &lines, int &number) const
{
    QString html;
    for (const PrescriptionLine &line : lines) {
        ++number;
        // The DCI with strength and form is what the pharmacist dispenses; the brand follows
        // for information only.
        const QString title = line.title();
        QStringList details;
        if (!line.route.isEmpty())
            details.append(tr("route: %1").arg(line.route));
        if (!line.brand.isEmpty())
            details.append(tr("for information: %1").arg(line.brand));
        QStringList mentions;
        if (line.renewals > 0)
            mentions.append(tr("To be renewed %n time(s)", nullptr, line.renewals));
        if (const QString ban = PrescriptionRules::nonSubstitutableMention(line.nonSubstitutable);
            !ban.isEmpty())
            mentions.append(QStringLiteral("<b>%1</b>").arg(esc(ban)));
        html +=
            QStringLiteral("<p style=\"margin-top:8px\"><b>%1. %2</b>").arg(number).arg(esc(title));
        if (!details.isEmpty())
            html += QStringLiteral("<br/><span style=\"font-size:8pt\">%1</span>")
                        .arg(esc(details.join(QStringLiteral(" · "))));
        html += QStringLiteral("<br/>%1").arg(esc(line.posology.text()));
        if (!mentions.isEmpty())
            html += QStringLiteral("<br/>") + mentions.join(QStringLiteral(" · "));
        html += QStringLiteral("</p>");
    }
    return html;
}

QString PrescriptionPrinter::html() const
{
    const QLocale locale;
    const PrescriptionSheet::Prescriber &doctor = m_sheet.prescriber;
    const PrescriptionSheet::Patient &patient = m_sheet.patient;

    QStringList header;
    header.append(QStringLiteral("<b style=\"font-size:13pt\">%1</b>").arg(esc(doctor.name)));
    header.append(esc(doctor.specialty.isEmpty()
                          ? doctor.qualification
                          : doctor.qualification + QStringLiteral(" · ") + doctor.specialty));
    if (!doctor.rpps.isEmpty())
        header.append(esc(tr("RPPS no. %1").arg(doctor.rpps)));
    if (!doctor.practice.isEmpty())
        header.append(esc(doctor.practice));
    if (!doctor.address.isEmpty())
        header.append(esc(doctor.address));
    if (!doctor.phone.isEmpty())
        header.append(esc(tr("Phone: %1").arg(doctor.phone)));
    if (!doctor.email.isEmpty())
        header.append(esc(tr("E-mail: %1").arg(doctor.email)));

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td valign=\"top\">%1</td>"
                                  "<td valign=\"top\" align=\"right\">"
                                  "<img src=\"%2\" width=\"96\" height=\"96\"/></td>"
                                  "</tr></table>")
                       .arg(header.join(QStringLiteral("<br/>")), QrResource);
    if (m_sheet.duplicate)
        html += QStringLiteral("<p align=\"center\" style=\"font-size:14pt\"><b>%1</b></p>")
                    .arg(esc(tr("DUPLICATE: not to be dispensed again")));
    // The number on one line, in a font without ligatures: it is read and typed back.
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td style=\"font-size:8pt\">%1 <span style=\"font-family:monospace\">"
                       "%2</span></td><td align=\"right\">%3</td></tr></table>")
            .arg(
                esc(tr("Prescription no.")), esc(m_sheet.prescriptionId),
                esc(tr("On %1").arg(locale.toString(m_sheet.date, QStringLiteral("d MMMM yyyy")))));

    // The patient, by the names of their identity (birth name, used name, all first names).
    QString names = patient.birthName;
    if (!patient.usedName.isEmpty())
        names +=
            QStringLiteral(" (") + tr("used name: %1").arg(patient.usedName) + QLatin1Char(')');
    names += QLatin1Char(' ') + patient.firstNames;
    QStringList identity{tr("Patient: %1").arg(names)};
    const QString sex = patient.sex == QLatin1Char('F')   ? tr("female")
                        : patient.sex == QLatin1Char('M') ? tr("male")
                                                          : tr("undetermined");
    identity.append(tr("Sex: %1").arg(sex));
    if (patient.birthDate.isValid())
        identity.append(tr("Born on %1 (%n year(s) old)", nullptr, m_sheet.ageInYears())
                            .arg(patient.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    QStringList measures;
    if (patient.weightKg)
        measures.append(tr("Weight: %1 kg").arg(number(*patient.weightKg)));
    if (patient.heightCm)
        measures.append(tr("Height: %1 cm").arg(number(*patient.heightCm)));
    if (!measures.isEmpty() && patient.measuredOn.isValid())
        measures.append(
            tr("measured on %1").arg(patient.measuredOn.toString(QStringLiteral("dd/MM/yyyy"))));
    html += QStringLiteral("<p>%1</p>").arg(esc(identity.join(QStringLiteral(" · "))));
    if (!measures.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(measures.join(QStringLiteral(" · "))));
    html += QStringLiteral("<hr/>");

    int numbered = 0;
    if (m_sheet.bizone()) {
        QList<PrescriptionLine> ald;
        QList<PrescriptionLine> other;
        for (const PrescriptionLine &line : m_sheet.lines)
            (line.ald ? ald : other).append(line);
        html += QStringLiteral("<p style=\"font-size:9pt\"><b>%1</b></p>")
                    .arg(esc(tr("Prescriptions for the treatment of the recognised long-term "
                                "condition (ALD, listed or not)")));
        html += linesHtml(ald, numbered);
        html += QStringLiteral("<hr/><p style=\"font-size:9pt\"><b>%1</b></p>")
                    .arg(esc(tr("Prescriptions UNRELATED to the long-term condition "
                                "(intercurrent illnesses)")));
        // An empty part is struck through in words, so that nothing can be added to it.
        html += other.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None.")))
                                : linesHtml(other, numbered);
    } else {
        html += linesHtml(m_sheet.lines, numbered);
    }

    // Right under the last line: nothing can be written between them (R.5132-4).
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top:12px\"><tr><td width=\"50%\"></td>"
                           "<td><p>%1<br/>%2</p><p style=\"font-size:8pt\">%3</p>"
                           "<p>&nbsp;</p><p>&nbsp;</p></td></tr></table>")
                .arg(esc(tr("%n line(s) prescribed", nullptr, numbered)), esc(doctor.name),
                     esc(tr("Signature:")));
    html += QStringLiteral("<p style=\"font-size:7pt\">%1</p>")
                .arg(esc(tr("The prescription number and its QR code are Relais' own: this is "
                            "not an electronic prescription (ordonnance numérique).")));
    return QStringLiteral("<html><body style=\"font-size:10pt\">%1</body></html>").arg(html);
}

void PrescriptionPrinter::fill(QTextDocument &document) const
{
    const QrCode code = QrCode::encode(m_sheet.prescriptionId.toUtf8());
    document.addResource(QTextDocument::ImageResource, QUrl(QrResource), code.image(8));
    document.setHtml(html());
}

void PrescriptionPrinter::print(QPagedPaintDevice &device) const
{
    QTextDocument document;
    fill(document);
    PdfFile::print(document, device, Margins);
}

Status PrescriptionPrinter::writePdf(const QString &path) const
{
    QTextDocument document;
    fill(document);
    return PdfFile::write(document, path, tr("Prescription %1").arg(m_sheet.prescriptionId),
                          Margins);
}

} // namespace relais
