#pragma once

#include <QDateTime>
#include <QFlags>
#include <QString>

namespace relais {

// What the ANSM's *Thésaurus des interactions médicamenteuses* says of two protagonists taken
// together. A protagonist is a molecule ("AMIODARONE") or a class ("ANTIVITAMINES K"), named as
// the thesaurus publishes it: upper case, without accents.

// The four levels, from the mildest. One entry may hold several, each for its own conditions
// ("contre-indication avec des doses anti-inflammatoires…, association déconseillée avec…").
enum class InteractionLevel : quint8
{
    ToConsider = 0x1,      // APEC: à prendre en compte
    Precaution = 0x2,      // PE: précaution d'emploi
    Inadvisable = 0x4,     // AD: association déconseillée
    Contraindicated = 0x8, // CI: contre-indication
};
Q_DECLARE_FLAGS(InteractionLevels, InteractionLevel)
Q_DECLARE_OPERATORS_FOR_FLAGS(InteractionLevels)

// The most serious of `levels`; ToConsider when there is none.
InteractionLevel mostSerious(InteractionLevels levels);
// "CI", "AD", "PE", "APEC": the abbreviations every prescriber reads.
QString levelCode(InteractionLevel level);

struct DrugInteraction
{
    QString first;  // protagonist, as published
    QString second; // protagonist, as published
    InteractionLevels levels;
    QString conduct;   // what to do, the level's wording taken off its head
    QString mechanism; // why
};

// One line of the molecule → class table: `molecule` belongs to `interactionClass`.
struct InteractionClassMember
{
    QString molecule;
    QString interactionClass;
};

// The thesaurus in use on this workstation: where it came from, which version, what it held.
struct InteractionRelease
{
    QString source = {};
    QString version = {}; // "2016-08", from the file's name, or the file's date
    QDateTime importedAt = {};
    bool forced = false;
    int interactions = 0;
    int memberships = 0; // molecule → class lines
    int molecules = 0;
    int classes = 0;
    int skipped = 0;
};

} // namespace relais
