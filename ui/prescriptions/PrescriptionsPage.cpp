#include "PrescriptionsPage.h"

#include "DrugSearchBox.h"
#include "DrugSearchModel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace relais::ui {

PrescriptionsPage::PrescriptionsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Drugs of the national database"), this);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    title->setFont(bigger);
    layout->addWidget(title);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_box = new DrugSearchBox(vault, split);
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
    split->addWidget(m_box);
    split->addWidget(detailsArea);
    split->setStretchFactor(0, 3);
    detailsArea->setMinimumHeight(150);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_box, &DrugSearchBox::currentChanged, this, &PrescriptionsPage::showSelected);
}

void PrescriptionsPage::setSession(const Session &session)
{
    m_box->setSession(session);
}

void PrescriptionsPage::focusSearch()
{
    m_box->focusSearch();
}

void PrescriptionsPage::search(const QString &typed)
{
    m_box->search(typed);
}

DrugSearchModel *PrescriptionsPage::results() const
{
    return m_box->results();
}

void PrescriptionsPage::showSelected()
{
    const DrugChoice *current = m_box->current();
    if (!current) {
        m_details->clear();
        return;
    }
    const DrugChoice &c = *current;
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
