#include "PrescriptionsPage.h"

#include "DrugSearchModel.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// A search shows this many drugs at most: past it, a person types one more word.
constexpr int MostShown = 50;

} // namespace

PrescriptionsPage::PrescriptionsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_search(vault)
    , m_substances(vault)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Drugs of the national database"), this);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    title->setFont(bigger);
    layout->addWidget(title);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("drugSearch"));
    m_field->setPlaceholderText(tr("Name, substance (DCI) or box code — or scan the box"));
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("drugSearchState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_results = new DrugSearchModel(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = makeListTable(split, m_results, QStringLiteral("drugResults"), DrugSearchModel::Name);
    m_table->horizontalHeader()->setSectionResizeMode(DrugSearchModel::Name, QHeaderView::Stretch);
    // The details of the drug selected scroll when a small screen leaves them little room.
    auto *detailsArea = new QScrollArea(split);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    m_details = new QLabel(detailsArea);
    detailsArea->setWidget(m_details);
    m_details->setObjectName(QStringLiteral("drugDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(6);
    split->addWidget(m_table);
    split->addWidget(detailsArea);
    split->setStretchFactor(0, 3);
    detailsArea->setMinimumHeight(150);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // Typing waits for a pause; a barcode scanner types fast and ends with Enter.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_field, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        search(m_field->text());
        if (m_results->rowCount() > 0)
            m_table->setFocus();
    });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search(text);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrescriptionsPage::showSelected);
    // A new release imported meanwhile: the same search again, on it.
    new ChangeFollower(
        vault, {QStringLiteral("drug_specialty")},
        [this](const VaultChanges &) { search(m_field->text()); }, this);
    search(QString());
}

void PrescriptionsPage::setSession(const Session &session)
{
    m_session = session;
    m_field->clear();
    search(QString());
}

void PrescriptionsPage::focusSearch()
{
    m_field->setFocus();
    m_field->selectAll();
}

void PrescriptionsPage::search(const QString &typed)
{
    QList<DrugChoice> found;
    if (!typed.trimmed().isEmpty() && m_session.isValid()) {
        auto result = m_search.find(m_session, typed, MostShown);
        if (!result) {
            m_results->setChoices({});
            m_state->setText(result.error().message);
            return;
        }
        found = std::move(*result);
    }
    m_results->setChoices(found);
    showState(typed, found.size());
    if (!found.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

void PrescriptionsPage::showState(const QString &typed, qsizetype found)
{
    if (!m_substances.release()) {
        m_state->setText(tr("The national drug database is not imported on this workstation yet: "
                            "a physician or an administrator imports it in Settings → Data."));
        return;
    }
    if (typed.trimmed().isEmpty()) {
        m_state->setText(tr("Type a drug's name, its substance or the code on its box, or scan "
                            "the box's barcode."));
        return;
    }
    if (found == 0) {
        m_state->setText(tr("No drug matches “%1”. Check the spelling, or type fewer letters.")
                             .arg(typed.trimmed()));
        return;
    }
    m_state->setText(
        found >= MostShown
            ? tr("The first %1 drugs: type another word (a strength, a form) to "
                 "narrow.")
                  .arg(MostShown)
            : tr("%n drug(s), the marketed ones first.", nullptr, static_cast<int>(found)));
}

void PrescriptionsPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const DrugChoice &c = m_results->choice(current.row());
    QStringList lines;
    lines.append(c.specialty.name);
    // One entry per active substance: the salt as weighed, and the fraction it amounts to
    // ("AMOXICILLINE TRIHYDRATÉE, soit AMOXICILLINE ANHYDRE 500 mg").
    QStringList substances;
    QString reference;
    for (const DrugComposition &part : c.composition) {
        if (!part.activeSubstance)
            continue;
        const auto fraction = std::find_if(
            c.composition.cbegin(), c.composition.cend(), [&part](const DrugComposition &other) {
                return !other.activeSubstance && other.link == part.link;
            });
        substances.append(
            fraction == c.composition.cend()
                ? tr("%1 %2").arg(part.substanceName, part.dosage).trimmed()
                : tr("%1, equivalent to %2 %3")
                      .arg(part.substanceName, fraction->substanceName, fraction->dosage)
                      .trimmed());
        if (reference.isEmpty())
            reference = part.reference;
    }
    if (!reference.isEmpty() && !substances.isEmpty())
        substances.last() += QLatin1Char(' ') + tr("(for %1)").arg(reference);
    if (!substances.isEmpty())
        lines.append(tr("Substances: %1").arg(substances.join(QStringLiteral("; "))));
    lines.append(tr("Form: %1; route: %2.")
                     .arg(c.specialty.form, c.specialty.routes.join(QStringLiteral(", "))));
    if (c.generic)
        lines.append(tr("%1 of generic group %2: %3")
                         .arg(DrugSearchModel::genericText(c))
                         .arg(c.generic->group)
                         .arg(c.generic->groupLabel));
    lines.append(tr("Reimbursement: %1.").arg(DrugSearchModel::rateText(c)));
    if (!c.conditions.isEmpty())
        lines.append(
            tr("Prescribing conditions: %1.").arg(c.conditions.join(QStringLiteral("; "))));
    if (c.specialty.enhancedMonitoring)
        lines.append(tr("Under enhanced monitoring (black triangle): report any adverse effect."));
    if (!c.cip13.isEmpty())
        lines.append(tr("Found by the box %1.").arg(c.cip13));
    lines.append(tr("%1, %2; holder: %3.")
                     .arg(c.specialty.marketed ? tr("Marketed") : tr("Not marketed"),
                          c.specialty.authorisation, c.specialty.holder.trimmed()));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace relais::ui
