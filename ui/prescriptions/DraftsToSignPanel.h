#pragma once

#include "common/RecordListModel.h"
#include "domain/Prescription.h"
#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace relais {
class Vault;
}

namespace relais::ui {

// The physician's drafts to sign, every patient's, the oldest first: with the prepared
// consultation each was drafted for, so that the GP signs what they just reviewed, several in
// a row with one password (SignDialog).
class DraftsToSignPanel : public QWidget
{
    Q_OBJECT

public:
    struct Draft
    {
        Prescription prescription;
        QString patientName;
        QString consultation; // "14:20, renouvellement", or empty when drafted outside one
        QString draftedByName;
    };

    explicit DraftsToSignPanel(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    void reload();
    // Selects the drafts of a prepared consultation (those the GP is reviewing).
    void selectForConsultation(const QString &consultationId);
    // Signs the drafts selected (all when none is); true when some were signed.
    bool signSelected();

    RecordListModel<Draft> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QStringList selectedIds() const;

Q_SIGNALS:
    void openPatient(const QString &patientId);
    void countChanged(int count);

private:
    Vault &m_vault;
    Session m_session;
    RecordListModel<Draft> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace relais::ui
