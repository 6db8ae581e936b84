#pragma once

#include "services/PreparedConsultations.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace relais::ui {

// The consultation tab of a patient's file: the assistant starts preparing today's
// consultation for a physician, fills in why the patient comes, the checklist, notes and what
// the GP may want to sign, and hands it over ("ready for the doctor"). The vital signs typed
// meanwhile belong to it.
class ConsultationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationPanel(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session) { m_session = session; }
    void showPatient(const QString &patientId);

    bool start();
    bool save();
    bool markReady();
    const std::optional<PreparedConsultation> &consultation() const { return m_current; }

Q_SIGNALS:
    // The consultation the file's new vital signs belong to (empty: none open).
    void consultationChanged(const QString &id);

private:
    void reload();
    // Whether the form holds typing not saved yet: a change heard meanwhile (a vital sign taken
    // in the other tab, the GP's review) refreshes the rest of the panel and leaves it alone.
    bool formEdited() const;
    void fillPhysicians(QComboBox *combo, const QString &selected);
    PreparedConsultation fromForm() const;

    Vault &m_vault;
    PreparedConsultations m_consultations;
    Session m_session;
    QString m_patientId;
    std::optional<PreparedConsultation> m_current;

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_startPhysician = nullptr;
    QLineEdit *m_startReason = nullptr;
    QLabel *m_startReasonLabel = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_physician = nullptr;
    QLineEdit *m_reason = nullptr;
    QMap<QString, QCheckBox *> m_checklist;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_drafts = nullptr;
    QLabel *m_vitals = nullptr;
    QWidget *m_noVitals = nullptr; // the row that asks why no vital sign was taken
    QLineEdit *m_noVitalsReason = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_gpReview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_ready = nullptr;
};

} // namespace relais::ui
