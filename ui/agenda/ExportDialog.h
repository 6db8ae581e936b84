#pragma once

#include "common/FormDialog.h"
#include "domain/UserAccount.h"
#include "security/Session.h"

class QComboBox;
class QDateEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

// A practitioner's appointments over a span, written as an iCalendar file for a phone or a
// shared calendar (the type and, by the practitioner's choice, the patient's initials: no
// health data).
class ExportDialog : public FormDialog
{
    Q_OBJECT

public:
    ExportDialog(Vault &vault, const Session &session, const QList<UserAccount> &practitioners,
                 const QString &practitionerId, const QDate &from, QWidget *parent = nullptr);
    void save() override;
    // Where it goes: asked with a file dialog unless set (tests).
    void setPath(const QString &path) { m_path = path; }
    const QString &path() const { return m_path; }

private:
    Vault &m_vault;
    Session m_session;
    QString m_path;
    QComboBox *m_practitioner = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace relais::ui
