#include "ValidateIdentityDialog.h"

#include "PatientSearchModel.h"
#include "common/FormHelpers.h"
#include "domain/Nir.h"
#include "geo/PlaceDirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

ValidateIdentityDialog::ValidateIdentityDialog(PatientRegistry &registry, const Session &session,
                                               const PatientIdentity &patient, QWidget *parent)
    : FormDialog(parent, tr("&Validate"), QStringLiteral("validate"))
    , m_registry(registry)
    , m_session(session)
    , m_patient(patient)
{
    setWindowTitle(tr("Validate the identity"));
    QVBoxLayout *layout = body();
    auto *intro = new QLabel(tr("Compare each line with the document the patient shows you. If "
                                "one differs, cancel and correct the identity first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *traits = new QFormLayout;
    const auto shown = [this](const QString &text) {
        auto *label = new QLabel(text.isEmpty() ? tr("(missing)") : text, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    QString nir;
    if (auto parsed = Nir::parse(patient.nir))
        nir = parsed->formatted();
    traits->addRow(tr("Birth name:"), shown(patient.birthName));
    traits->addRow(tr("Birth given names:"), shown(patient.firstNames));
    traits->addRow(tr("Sex:"), shown(PatientSearchModel::describeSex(patient.sex)));
    traits->addRow(tr("Birth date:"),
                   shown(patient.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    // By its name, as the identity document writes it, with the code that is stored.
    const Result<PlaceDirectory> &places = PlaceDirectory::shipped();
    const Place *known = places ? places->byCode(patient.birthPlace) : nullptr;
    const QString place =
        known ? tr("%1 — INSEE %2").arg(places->describe(*known), patient.birthPlace)
              : patient.birthPlace;
    traits->addRow(tr("Birth place:"), shown(place));
    if (!nir.isEmpty())
        traits->addRow(tr("Social-security number:"), shown(nir));
    layout->addLayout(traits);

    auto *form = new QFormLayout;
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("document"));
    const QList<ProofDocument> documents = IdentityStatusRules::documents();
    for (ProofDocument document : documents)
        m_document->addItem(IdentityStatusRules::display(document), static_cast<int>(document));
    form->addRow(tr("&Document checked:"), m_document);
    layout->addLayout(form);
    setMinimumWidth(460);
}

void ValidateIdentityDialog::save()
{
    const auto document = static_cast<ProofDocument>(m_document->currentData().toInt());
    if (auto done = m_registry.validateIdentity(m_session, m_patient.id, document); !done)
        return refuse(done.error());
    accept();
}

} // namespace relais::ui
