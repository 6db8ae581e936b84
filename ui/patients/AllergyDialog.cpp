#include "AllergyDialog.h"

#include "common/FormHelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace relais::ui {

AllergyDialog::AllergyDialog(PatientAllergies &allergies, DrugSubstances &substances,
                             const Session &session, QString patientId, QWidget *parent)
    : FormDialog(parent)
    , m_allergies(allergies)
    , m_substances(substances)
    , m_session(session)
    , m_patientId(std::move(patientId))
{
    setWindowTitle(tr("Allergy or intolerance"));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    m_substance = makeNamedEdit(this, PatientAllergies::FieldSubstance);
    m_substance->setPlaceholderText(tr("a drug, a food, latex…"));
    // The list comes from the database's own word search (accents aside), so the completer
    // shows it as it is rather than filtering it again.
    m_proposals = new QStringListModel(this);
    m_completer = new QCompleter(m_proposals, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_substance->setCompleter(m_completer);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("substanceLink"));
    m_link->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Allergy"), static_cast<int>(Allergy::Kind::Allergy));
    m_kind->addItem(tr("Intolerance"), static_cast<int>(Allergy::Kind::Intolerance));
    m_reaction = makeNamedEdit(this, "reaction");
    m_reaction->setPlaceholderText(tr("what happened, if known"));
    form->addRow(tr("&Substance:"), m_substance);
    form->addRow(QString(), m_link);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Reaction:"), m_reaction);
    layout->addLayout(form);
    // "Did you mean": a name a typo away from a substance is asked about before it is kept as
    // free text, which no prescription check would ever match.
    m_suggestionBox = new QWidget(this);
    m_suggestionBox->setObjectName(QStringLiteral("suggestion"));
    auto *suggestionLayout = new QHBoxLayout(m_suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionText = new QLabel(m_suggestionBox);
    m_suggestionText->setWordWrap(true);
    m_useSuggestion = new QPushButton(m_suggestionBox);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    auto *keep = new QPushButton(tr("&Keep as typed"), m_suggestionBox);
    keep->setObjectName(QStringLiteral("keepTyped"));
    suggestionLayout->addWidget(m_suggestionText, 1);
    suggestionLayout->addWidget(m_useSuggestion);
    suggestionLayout->addWidget(keep);
    m_suggestionBox->hide();
    layout->addWidget(m_suggestionBox);
    connect(m_substance, &QLineEdit::textEdited, this, &AllergyDialog::propose);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AllergyDialog::pick);
    connect(m_useSuggestion, &QPushButton::clicked, this, &AllergyDialog::takeSuggestion);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_keptAsTyped = m_substance->text();
        save();
    });
    setMinimumWidth(480);
    showLink();
}

void AllergyDialog::propose(const QString &typed)
{
    m_suggestionBox->hide();
    if (typed != m_linkedName) {
        m_linkedCode.clear();
        m_linkedName.clear();
    }
    auto found = typed.trimmed().size() >= 2 ? m_substances.search(m_session, typed, 15)
                                             : Result<QList<DrugSubstance>>{};
    m_found = found ? *found : QList<DrugSubstance>{};
    QStringList names;
    for (const DrugSubstance &s : std::as_const(m_found))
        names.append(s.name);
    m_proposals->setStringList(names);
    if (!names.isEmpty())
        m_completer->complete();
    showLink();
}

void AllergyDialog::pick(const QString &name)
{
    for (const DrugSubstance &s : std::as_const(m_found)) {
        if (s.name == name) {
            m_linkedCode = s.code;
            m_linkedName = s.name;
            break;
        }
    }
    showLink();
}

void AllergyDialog::showLink()
{
    if (!m_linkedCode.isEmpty())
        m_link->setText(
            tr("Linked to the drug database: %1 (substance %2).").arg(m_linkedName, m_linkedCode));
    else if (m_substances.count() == 0)
        m_link->setText(tr("The drug database is not imported on this workstation: the "
                           "substance is kept as typed (Settings → Data)."));
    else
        m_link->setText(tr("Pick a drug substance from the list to link it, or type anything "
                           "else (latex, a food)."));
}

QString AllergyDialog::suggestion() const
{
    return m_suggestion && m_suggestionBox->isVisible() ? m_suggestion->name : QString();
}

void AllergyDialog::takeSuggestion()
{
    if (!m_suggestion)
        return;
    m_substance->setText(m_suggestion->name);
    m_linkedCode = m_suggestion->code;
    m_linkedName = m_suggestion->name;
    m_suggestionBox->hide();
    showLink();
    save();
}

void AllergyDialog::save()
{
    if (m_linkedCode.isEmpty() && m_substance->text() != m_keptAsTyped) {
        m_suggestion = m_substances.nearTo(m_substance->text());
        if (m_suggestion) {
            m_suggestionText->setText(
                tr("“%1” is not in the drug database. Did you mean <b>%2</b>?")
                    .arg(m_substance->text().simplified().toHtmlEscaped(),
                         m_suggestion->name.toHtmlEscaped()));
            m_useSuggestion->setText(tr("&Use %1").arg(m_suggestion->name));
            m_suggestionBox->show();
            m_useSuggestion->setFocus();
            return;
        }
    }
    m_suggestionBox->hide();
    const Allergy allergy{{},
                          m_patientId,
                          static_cast<Allergy::Kind>(m_kind->currentData().toInt()),
                          m_substance->text(),
                          m_linkedCode,
                          m_reaction->text()};
    if (auto added = m_allergies.add(m_session, allergy); !added)
        return refuse(added.error());
    accept();
}

} // namespace relais::ui
