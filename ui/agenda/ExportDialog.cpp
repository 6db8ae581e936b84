#include "ExportDialog.h"

#include "common/FormHelpers.h"
#include "services/CalendarExport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QStandardPaths>

namespace relais::ui {

ExportDialog::ExportDialog(Vault &vault, const Session &session,
                           const QList<UserAccount> &practitioners, const QString &practitionerId,
                           const QDate &from, QWidget *parent)
    : FormDialog(parent, tr("&Export…"), QStringLiteral("exportIcs"))
    , m_vault(vault)
    , m_session(session)
{
    setWindowTitle(tr("Export the agenda (iCalendar)"));
    QFormLayout *form = addForm();
    auto *note = new QLabel(tr("For a phone or a shared calendar. Only the type and, unless the "
                               "practitioner chose otherwise in their hours, the patient's "
                               "initials leave the vault."),
                            this);
    note->setWordWrap(true);
    keepWhole(note);
    form->addRow(note);
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("practitioner"));
    for (const UserAccount &p : practitioners)
        m_practitioner->addItem(p.displayName, p.id);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(practitionerId)));
    form->addRow(tr("&Of:"), m_practitioner);
    m_from = new QDateEdit(from, this);
    m_from->setObjectName(QLatin1String(CalendarExport::FieldFrom));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(from.addMonths(3), this);
    m_to->setObjectName(QLatin1String(CalendarExport::FieldTo));
    m_to->setCalendarPopup(true);
    addFieldRow(form, tr("&From:"), m_from);
    addFieldRow(form, tr("&To:"), m_to);
    // Wide enough that the note reads in three lines rather than six.
    resizeWithinScreen(QSize(460, 0));
}

void ExportDialog::save()
{
    QString path = m_path;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export the agenda"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/agenda.ics"),
            tr("iCalendar files (*.ics)"));
        if (path.isEmpty())
            return;
    }
    const Status written = CalendarExport(m_vault).write(
        m_session, m_practitioner->currentData().toString(), m_from->date(), m_to->date(), path);
    if (!written) {
        refuse(written.error());
        return;
    }
    m_path = path;
    accept();
}

} // namespace relais::ui
