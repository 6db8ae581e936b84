#pragma once

#include "domain/PrescriptionSheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace relais {

// The ordonnance on paper (CSP R.5132-3): the prescriber's header with the prescription's id
// printed and as a QR code, the patient, each line in DCI with its posology and the pharmacist's
// mentions, the ALD lines apart on a bizone form (CSS R.161-45), and the signature right under
// the last line (R.5132-4). A4, by Qt's own PDF writer or any printer. QtGui only: the window
// and the command line both print through it.
class PrescriptionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionPrinter)

public:
    explicit PrescriptionPrinter(PrescriptionSheet sheet);

    // The page as HTML; the QR code is the image "relais:qr" that document() provides.
    QString html() const;
    // The laid-out document, ready for a print preview or a printer.
    void fill(QTextDocument &document) const;
    void print(QPagedPaintDevice &device) const;
    Status writePdf(const QString &path) const;

private:
    QString linesHtml(const QList<PrescriptionLine> &lines, int &number) const;

    PrescriptionSheet m_sheet;
};

} // namespace relais
