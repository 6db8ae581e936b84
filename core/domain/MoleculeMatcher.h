#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace relais {

// Finds the molecule of the interaction thesaurus that a BDPM substance is. The two name things
// differently: the BDPM names the substance as weighed, with its salt and its water
// ("RANITIDINE (CHLORHYDRATE DE)", "AMOXICILLINE TRIHYDRATÉE", "CHLORHYDRATE DE MÉMANTINE",
// "VALPROATE DE SODIUM"), the thesaurus the active molecule ("RANITIDINE", "AMOXICILLINE",
// "ACIDE VALPROIQUE"). Both are brought to the same forms, the most exact first, and the first
// form both share decides.
class MoleculeMatcher
{
public:
    // `molecules`: every molecule the thesaurus names, as published.
    explicit MoleculeMatcher(const QStringList &molecules);

    // The forms a name is looked up under, the most exact first: the name itself, the salt
    // moved or taken off, the water taken off, the acid of a salt, the L- of an amino acid taken
    // off; with `shortened`, then the name less its last words ("OLMÉSARTAN MÉDOXOMIL" →
    // "OLMESARTAN"), down to one word that names a molecule on its own. Homeopathic stocks have
    // none: a dilution of a molecule does not interact as the molecule does.
    static QStringList forms(const QString &name, bool shortened);

    // The thesaurus molecule `substanceName` is, as published; empty when none.
    QString moleculeFor(const QString &substanceName) const;

private:
    QHash<QString, QString> m_byForm;
};

} // namespace relais
