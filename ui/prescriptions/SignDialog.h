#pragma once

#include "common/FormDialog.h"
#include "security/Session.h"
#include "services/Prescriptions.h"

#include <QHash>

class QCheckBox;
class QLineEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

// A physician signs one draft or several in a row: each with its patient and lines, a reason
// field under each contraindication or allergy alert, the warnings about missing or old drug
// data to confirm once, and their password once. The service checks it all again; a draft it
// refuses stays a draft, with the reason, and those signed before it stay signed.
class SignDialog : public FormDialog
{
    Q_OBJECT

public:
    SignDialog(Vault &vault, const Session &session, const QStringList &ids,
               QWidget *parent = nullptr);

    void save() override;
    const QStringList &signedIds() const { return m_signed; }
    // The reason field of an alert, for tests: by prescription and DrugAlert::key.
    QLineEdit *reasonField(const QString &id, const QString &key) const;

private:
    Prescriptions m_prescriptions;
    Session m_session;
    QStringList m_ids;
    QStringList m_signed;
    QHash<QString, QHash<QString, QLineEdit *>> m_reasons; // prescription → alert key → field
    QCheckBox *m_confirmData = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace relais::ui
