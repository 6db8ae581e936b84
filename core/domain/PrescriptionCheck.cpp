#include "PrescriptionCheck.h"

#include "util/SearchKey.h"

#include <QHash>
#include <QSet>

namespace relais {

namespace {

int severity(const DrugAlert &alert)
{
    // An allergy first, then the interactions by level, then a substance twice.
    switch (alert.kind) {
    case DrugAlert::Kind::Allergy: return 10;
    case DrugAlert::Kind::Duplicate: return 0;
    case DrugAlert::Kind::Interaction: break;
    }
    return 1 + static_cast<int>(alert.level);
}

bool shares(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&b](const QString &x) { return b.contains(x); });
}

} // namespace

QList<DrugAlert> PrescriptionCheck::run(const QList<CheckedDrug> &drugs,
                                        const QList<CheckedAllergy> &allergies,
                                        const QList<DrugInteraction> &interactions)
{
    QList<DrugAlert> alerts;
    // The thesaurus by protagonist, both ways.
    QMultiHash<QString, qsizetype> byProtagonist;
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        byProtagonist.insert(searchKey(interactions.at(i).first), i);
        byProtagonist.insert(searchKey(interactions.at(i).second), i);
    }

    for (const CheckedDrug &drug : drugs) {
        if (!drug.isLine())
            continue;
        for (const CheckedAllergy &allergy : allergies) {
            const bool same = !allergy.substanceCode.isEmpty() &&
                              drug.substanceCodes.contains(allergy.substanceCode);
            if (!same && !shares(drug.protagonists, allergy.molecules))
                continue;
            DrugAlert alert;
            alert.kind = DrugAlert::Kind::Allergy;
            alert.line = drug.line;
            alert.first = drug.name;
            alert.second = allergy.label;
            alert.text = tr("The patient is allergic or intolerant to %1.").arg(allergy.label);
            alert.needsAcknowledgement = true;
            alert.key =
                QStringLiteral("allergy:%1:%2").arg(searchKey(drug.name), searchKey(allergy.label));
            alerts.append(alert);
        }
    }

    QSet<QString> seen;
    for (qsizetype a = 0; a < drugs.size(); ++a) {
        const CheckedDrug &one = drugs.at(a);
        for (qsizetype b = a + 1; b < drugs.size(); ++b) {
            const CheckedDrug &other = drugs.at(b);
            if (!one.isLine() && !other.isLine())
                continue; // two current treatments: not this prescription's business
            const CheckedDrug &line = one.isLine() ? one : other;
            const CheckedDrug &partner = one.isLine() ? other : one;
            if (shares(one.substanceCodes, other.substanceCodes)) {
                DrugAlert alert;
                alert.kind = DrugAlert::Kind::Duplicate;
                alert.line = line.line;
                alert.first = line.name;
                alert.second = partner.name;
                alert.text = partner.isLine()
                                 ? tr("The same substance is prescribed twice.")
                                 : tr("The same substance is already in the current treatment.");
                alert.key = QStringLiteral("twice:%1:%2")
                                .arg(searchKey(line.name), searchKey(partner.name));
                alerts.append(alert);
            }
            QList<qsizetype> matched;
            for (const QString &protagonist : one.protagonists) {
                const auto range = byProtagonist.equal_range(protagonist);
                for (auto it = range.first; it != range.second; ++it) {
                    const DrugInteraction &i = interactions.at(*it);
                    const QString firstKey = searchKey(i.first);
                    const QString secondKey = searchKey(i.second);
                    const bool forward = one.protagonists.contains(firstKey) &&
                                         other.protagonists.contains(secondKey);
                    const bool backward = one.protagonists.contains(secondKey) &&
                                          other.protagonists.contains(firstKey);
                    if ((forward || backward) && !matched.contains(*it))
                        matched.append(*it);
                }
            }
            std::sort(matched.begin(), matched.end()); // the thesaurus' order, every time
            for (const qsizetype index : std::as_const(matched)) {
                const DrugInteraction &i = interactions.at(index);
                DrugAlert alert;
                alert.kind = DrugAlert::Kind::Interaction;
                alert.level = mostSerious(i.levels);
                alert.line = line.line;
                alert.first = line.name;
                alert.second = partner.name;
                alert.between = i.first + QStringLiteral(" + ") + i.second;
                alert.text = i.mechanism.isEmpty() ? i.conduct
                             : i.conduct.isEmpty() ? i.mechanism
                                                   : i.mechanism + QLatin1Char(' ') + i.conduct;
                alert.needsAcknowledgement = i.levels.testFlag(InteractionLevel::Contraindicated);
                alert.key = QStringLiteral("interaction:%1:%2:%3")
                                .arg(searchKey(line.name), searchKey(partner.name),
                                     searchKey(alert.between));
                if (!seen.contains(alert.key)) {
                    seen.insert(alert.key);
                    alerts.append(alert);
                }
            }
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const DrugAlert &a, const DrugAlert &b) {
        return severity(a) > severity(b);
    });
    return alerts;
}

QString PrescriptionCheck::levelName(InteractionLevel level)
{
    switch (level) {
    case InteractionLevel::Contraindicated: return tr("Contraindication");
    case InteractionLevel::Inadvisable: return tr("Inadvisable combination");
    case InteractionLevel::Precaution: return tr("Precaution for use");
    case InteractionLevel::ToConsider: break;
    }
    return tr("To take into account");
}

QString PrescriptionCheck::summary(const DrugAlert &alert)
{
    switch (alert.kind) {
    case DrugAlert::Kind::Allergy: return tr("Allergy: %1 (%2)").arg(alert.second, alert.first);
    case DrugAlert::Kind::Duplicate:
        return tr("Same substance twice: %1 and %2").arg(alert.first, alert.second);
    case DrugAlert::Kind::Interaction: break;
    }
    return tr("%1: %2").arg(levelName(alert.level), alert.between);
}

} // namespace relais
