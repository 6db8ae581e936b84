#include "SignDialog.h"

#include "common/FormHelpers.h"
#include "domain/PrescriptionCheck.h"
#include "services/PatientRegistry.h"
#include "services/PrescriptionChecks.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relais::ui {

SignDialog::SignDialog(Vault &vault, const Session &session, const QStringList &ids,
                       QWidget *parent)
    : FormDialog(parent, tr("&Sign"), QStringLiteral("sign"))
    , m_prescriptions(vault)
    , m_session(session)
    , m_ids(ids)
{
    setWindowTitle(tr("Sign %n prescription(s)", nullptr, static_cast<int>(ids.size())));
    PatientRegistry registry(vault);
    PrescriptionChecks checker(vault);
    QStringList dataWarnings;
    QLineEdit *firstReason = nullptr; // the cursor starts there, else in the password

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *list = new QWidget(area);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &id : ids) {
        auto p = m_prescriptions.load(session, id);
        if (!p)
            continue;
        const auto patient = registry.refresh(session, p->patientId);
        auto *group = new QGroupBox(
            patient ? PatientRegistry::displayName(*patient) : tr("Unknown patient"), list);
        auto *form = new QFormLayout(group);
        QStringList titles;
        for (const PrescriptionLine &line : std::as_const(p->lines))
            titles.append(QStringLiteral("%1 — %2").arg(line.title(), line.posology.text()));
        auto *lines = new QLabel(titles.join(QLatin1Char('\n')), group);
        lines->setWordWrap(true);
        form->addRow(lines);
        if (auto outcome = checker.check(session, *p)) {
            for (const QString &warning : std::as_const(outcome->dataWarnings))
                if (!dataWarnings.contains(warning))
                    dataWarnings.append(warning);
            for (const DrugAlert &alert : std::as_const(outcome->alerts)) {
                if (!alert.needsAcknowledgement)
                    continue;
                auto *summary =
                    new QLabel(QStringLiteral("<b style=\"color:#a40000\">%1</b><br/>%2")
                                   .arg(PrescriptionCheck::summary(alert).toHtmlEscaped(),
                                        alert.text.toHtmlEscaped()),
                               group);
                summary->setWordWrap(true);
                form->addRow(summary);
                auto *reason = new QLineEdit(group);
                reason->setObjectName(QStringLiteral("reason/%1").arg(alert.key));
                reason->setPlaceholderText(tr("why you prescribe it anyway"));
                form->addRow(tr("Reason:"), reason);
                m_reasons[id].insert(alert.key, reason);
                if (!firstReason)
                    firstReason = reason;
            }
        }
        listLayout->addWidget(group);
    }
    listLayout->addStretch();
    area->setWidget(list);
    body()->addWidget(area, 1);

    QFormLayout *form = addForm();
    if (!dataWarnings.isEmpty()) {
        auto *warnings = new QLabel(dataWarnings.join(QLatin1Char('\n')), this);
        warnings->setWordWrap(true);
        warnings->setStyleSheet(QStringLiteral("color: #6b4d00;"));
        form->addRow(warnings);
        m_confirmData = new QCheckBox(tr("I have read this and sign &anyway"), this);
        m_confirmData->setObjectName(QLatin1String(Prescriptions::FieldDataWarnings));
        addFieldRow(form, QString(), m_confirmData);
    }
    m_password = makeNamedEdit(this, Prescriptions::FieldPassword, true);
    addFieldRow(form, tr("Your &password:"), m_password);
    resizeWithinScreen(QSize(640, 560));
    // The first reason to give, else the password.
    (firstReason ? firstReason : m_password)->setFocus();
}

QLineEdit *SignDialog::reasonField(const QString &id, const QString &key) const
{
    return m_reasons.value(id).value(key);
}

void SignDialog::save()
{
    const bool confirmed = m_confirmData && m_confirmData->isChecked();
    for (const QString &id : std::as_const(m_ids)) {
        if (m_signed.contains(id))
            continue;
        Prescriptions::SignOff signOff{m_password->text(), {}, confirmed};
        const auto reasons = m_reasons.value(id);
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            signOff.reasons.insert(it.key(), it.value()->text());
        const Status signedNow = m_prescriptions.sign(m_session, id, signOff);
        if (!signedNow) {
            Error error = signedNow.error();
            if (!m_signed.isEmpty())
                error.message =
                    tr("%n signed before this one. ", nullptr, static_cast<int>(m_signed.size())) +
                    error.message;
            if (error.field == QLatin1String(Prescriptions::FieldAcknowledgements)) {
                // The first empty reason of this prescription gets the cursor.
                for (QLineEdit *field : reasons)
                    if (field->text().trimmed().isEmpty()) {
                        field->setFocus();
                        break;
                    }
                error.field.clear();
            }
            refuse(error);
            return;
        }
        m_signed.append(id);
    }
    accept();
}

} // namespace relais::ui
