#pragma once

#include "common/RecordListModel.h"
#include "domain/Prescription.h"
#include "security/Session.h"
#include "services/Prescriptions.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace relais {
class Vault;
}

namespace relais::ui {

// The prescriptions of an open patient's file, the newest first: drafts waiting, signed and
// printed ones, each with its lines and what was acknowledged when it was signed. From here a
// new one is drafted (for today's prepared consultation when there is one), a draft changed,
// signed or thrown away, a signed one printed again or renewed as a new draft.
class PatientPrescriptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PatientPrescriptionsPanel(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session) { m_session = session; }
    void setPatient(const QString &patientId, const QString &patientName);
    // The prepared consultation a new draft belongs to (empty: none).
    void setConsultation(const QString &consultationId) { m_consultationId = consultationId; }
    void reload();

    void newPrescription();
    // The editor on a draft renewing every current treatment (not saved until it is).
    void renewTreatments();
    void openSelected();
    void signSelected();
    void renewSelected();
    void printSelected();
    void pdfSelected();
    void discardSelected();

    RecordListModel<Prescription> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }

    static QString statusText(Prescription::Status status);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Opens the editor on `draft`; after a save or a signature the list follows.
    void edit(Prescription draft);
    const Prescription *selected() const;
    void showSelected();
    void updateButtons();
    QString userName(const QString &userId) const;

    Vault &m_vault;
    Prescriptions m_prescriptions;
    Session m_session;
    QString m_patientId;
    QString m_patientName;
    QString m_consultationId;
    bool m_stale = true; // the list is read again when next shown
    mutable QHash<QString, QString> m_userNames;
    RecordListModel<Prescription> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace relais::ui
