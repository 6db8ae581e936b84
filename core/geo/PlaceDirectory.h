#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace relais {

// A place of INSEE's Code officiel géographique: where a person was born, where they live.
struct Place
{
    enum class Kind : char
    {
        Commune = 'C',    // a commune of today
        Delegated = 'D',  // a commune merged into another that kept its code (commune déléguée)
        Associated = 'A', // the same under the older law (commune associée)
        Arrondissement = 'R', // Paris, Lyon, Marseille: births are coded by arrondissement
        Country = 'P',        // abroad: 99 and the country
        Territory = 'T',      // a territory abroad with its own code
    };

    QString code; // 5 characters: département and commune, or 99 and the country
    Kind kind = Kind::Commune;
    QString name;
    QString departement; // empty abroad
    QString parentCode;  // the commune a merged commune or an arrondissement belongs to
    QStringList postcodes;

    bool isAbroad() const { return kind == Kind::Country || kind == Kind::Territory; }
};

// The communes and countries of the shipped table (resources/geo/places.tsv, built by
// resources/geo/make-places.py from INSEE's published files), searched as an assistant types:
// accents, case, hyphens and apostrophes aside, "st"/"ste" read as "saint"/"sainte".
class PlaceDirectory
{
    Q_DECLARE_TR_FUNCTIONS(relais::PlaceDirectory)

public:
    // Reads a table in the format make-places.py writes; a line that cannot be read makes the
    // whole table refused (a cut or damaged file), with the line's number.
    static Result<PlaceDirectory> read(QIODevice &device, const QString &sourceName);
    // The table shipped inside Relais, read once on first use. When it is missing or damaged
    // the result says why; intake then takes INSEE codes as typed.
    static const Result<PlaceDirectory> &shipped();

    // Birth places whose name starts with what was typed, or one of whose words does, best
    // first: the whole name before a word inside it, today's communes and countries before
    // merged ones. Paris, Lyon and Marseille are offered by arrondissement only, as births
    // are coded. A trailing département ("saint-denis 93") narrows the list when the name
    // alone finds nothing there. Five digits (or 2A/2B and three) find the place of that code.
    QList<Place> findBirthPlaces(const QString &typed, int limit = 12) const;
    // The place a birth-place code stands for: today's commune before a merged one that kept
    // its code. Null when the code is not in the table.
    const Place *byCode(const QString &code) const;
    // The communes a postal code serves, for an address: today's communes, then merged ones.
    QList<Place> communesOfPostcode(const QString &postcode) const;

    // "Lyon 3e Arrondissement (69)", "Algérie (abroad)", a merged commune with the one it is
    // part of today: what a list or a header shows.
    QString describe(const Place &place) const;
    // The name of a birth-place code for a sentence, or the code itself when unknown.
    QString nameOf(const QString &code) const;

    int size() const { return int(m_places.size()); }
    // Every place, by code: for measures and checks over the whole table.
    const std::vector<Place> &all() const { return m_places; }
    // The releases the table was built from, e.g. "communes-2026, pays-2025".
    const QString &release() const { return m_release; }

private:
    struct Entry
    {
        QString key; // searchKey form, from a word start of the name to its end
        int place;
        bool wholeName;
    };
    static QString nameKey(const QString &text);
    QList<Place> search(const QString &key, const QString &departement, int limit) const;

    std::vector<Place> m_places; // sorted by code, today's commune first for a shared code
    std::vector<Entry> m_index;  // sorted by key
    QHash<QString, QList<int>> m_byPostcode;
    QSet<QString> m_dividedCities; // Paris, Lyon, Marseille
    QString m_release;
};

} // namespace relais
