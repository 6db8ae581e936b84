#pragma once

#include "domain/Interaction.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace relais {

// The ANSM interaction thesaurus as read from its files: the pairs, the molecule → class tables,
// and a sentence for each line that could not be read.
struct InteractionThesaurus
{
    QList<DrugInteraction> interactions;
    QList<InteractionClassMember> memberships;
    // Every molecule the thesaurus knows, as first spelt: the protagonists that are not classes
    // and the molecules of the class tables (some of which only have interactions of their own).
    QStringList molecules;
    QStringList classes;
    QString interactionsFile; // its name
    QStringList classFiles;   // their names
    QString version;          // "2016-08"
    QStringList skipped;
    QStringList cutShort;
    int lines = 0;
};

// Reads the thesaurus as the ANSM's tables are published in tab-separated text: the interactions
// (protagonist 1, protagonist 2, description, drug description, mechanism, then the CI, AD, PE
// and PC texts), and one or more molecule → class tables (molecule, class; quoted or not, upper
// case or with accents). Files are told apart by their first line, not by their names.
class ThesaurusReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::ThesaurusReader)

public:
    // A folder holding the interactions file and the class tables, or the interactions file
    // (the class tables next to it are read too). A source with no interactions file, or an
    // interactions file whose first line is not the thesaurus' header, is refused.
    static Result<InteractionThesaurus> read(const QString &source);

    // The levels a description states at its head ("CONTRE-INDICATION", "Association
    // DECONSEILLEE", "Précaution d'emploi", "A prendre en compte", or "CI - ASDEC - APEC" when
    // several apply), and in `conduct` what follows them.
    static InteractionLevels levelsOf(const QString &description, QString *conduct);

    // "thesaurus_2016-08.tsv" → "2016-08"; empty when the name holds no year and month.
    static QString versionOf(const QString &fileName);
};

} // namespace relais
