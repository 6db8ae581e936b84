#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// How a drug is to be taken, as a structure a check can read and an ordonnance can print:
// a dose and its unit per intake; when (at set times of the day, N times a day or every N
// hours); as needed with a ceiling per day; for how long, or how many boxes; and free words.
//
// Its text is French whatever the window's language: it is printed on an ordonnance that a
// French pharmacist and patient read.
struct Posology
{
    Q_DECLARE_TR_FUNCTIONS(relais::Posology)

public:
    enum class Moment
    {
        Morning,
        Noon,
        Evening,
        Bedtime
    };
    struct Intake
    {
        Moment moment = Moment::Morning;
        double dose = 1; // in `unit`; 0.5 is half a tablet
        bool operator==(const Intake &) const = default;
    };
    enum class Rhythm
    {
        AtMoments,  // intakes at set moments of the day, each with its dose
        TimesADay,  // `dose`, `timesADay` times a day
        EveryHours, // `dose` every `everyHours` hours
        AsNeeded,   // `dose` when needed, up to `maxPerDay`
    };
    enum class DurationUnit
    {
        Days,
        Weeks,
        Months
    };
    struct Duration
    {
        int count = 0;
        DurationUnit unit = DurationUnit::Days;
        int days() const; // a month counted as 30 days, as pharmacies count
        bool operator==(const Duration &) const = default;
    };

    QString unit = QStringLiteral("comprimé"); // singular: "comprimé", "bouffée", "ml", "goutte"…
    Rhythm rhythm = Rhythm::AtMoments;
    QList<Intake> intakes = {}; // AtMoments
    double dose = 1;            // TimesADay, EveryHours, AsNeeded
    int timesADay = 0;
    int everyHours = 0;
    // AsNeeded always; for the others, a ceiling when the prescriber sets one.
    std::optional<double> maxPerDay = {};
    std::optional<Duration> duration = {};
    std::optional<int> boxes = {}; // instead of a duration, or with it
    QString instructions = {};     // "au cours du repas"
    bool operator==(const Posology &) const = default;

    // Field names, for a refusal to show under its field.
    static constexpr auto FieldDose = "dose";
    static constexpr auto FieldRhythm = "rhythm";
    static constexpr auto FieldMaxPerDay = "maxPerDay";
    static constexpr auto FieldDuration = "duration";
    static constexpr auto FieldBoxes = "boxes";

    // "1 comprimé matin et soir pendant 7 jours", "2 bouffées si besoin, sans dépasser 8 par
    // jour", "½ comprimé le soir".
    QString text() const;
    // Every reason it cannot be prescribed as it is (a dose of zero, no moment, a ceiling under
    // one dose…), each naming its field; empty when it can.
    QList<Error> problems() const;
    // How many units a day at most: the ceiling when set, or what the rhythm adds up to; none
    // for as-needed without a ceiling.
    std::optional<double> unitsPerDay() const;
    // How many units the duration needs (unitsPerDay × days); none without both.
    std::optional<double> unitsNeeded() const;

    // How finely a unit of `form` (the BDPM's form: "comprimé sécable", "gélule"…) may be cut:
    // 1 whole units only, 2 halves, 4 quarters, 0 any amount (a liquid, a measured unit).
    static int finestSplit(const QString &form, const QString &unit);
    // The unit a dose of `form` is counted in: "comprimé" for "comprimé pelliculé sécable",
    // "ml" for an oral solution, "goutte" for eye drops, "bouffée" for an inhaler,
    // "application" for a cream; "unité" when the form says nothing a dose can be counted in.
    static QString unitFor(const QString &form);
    // A sentence when a dose of this posology is finer than `form` allows ("½ comprimé, but this
    // tablet is not scored"); empty when every dose can be given.
    QString splitWarning(const QString &form) const;
    // The units a box holds, read from its BDPM label ("plaquette(s) … de 30 comprimé(s)" → 30);
    // none when the label does not say in this unit.
    static std::optional<int> unitsPerBox(const QString &label, const QString &unit);
    // The boxes the duration needs, from the box's label; none when either cannot be read.
    std::optional<int> boxesNeeded(const QString &boxLabel) const;

    // A posology read from how a treatment was written down ("1 comprimé matin et soir",
    // "2 gélules 3 fois par jour", "½ cp le soir", "1 sachet si besoin"), in `unit`: the
    // moments, the rhythm and the dose it can read. What it cannot read stays in the
    // instructions, for the prescriber to turn into fields; none when the text says nothing.
    static std::optional<Posology> fromText(const QString &text, const QString &unit);

    // As stored with a prescription line: a JSON text whose names stay the same across
    // versions; a text that is not one reads as nothing.
    QString toJson() const;
    static std::optional<Posology> fromJson(const QString &json);

    // "½", "1 ½", "2", "2,5": a dose as printed, in halves and quarters for units that are
    // cut, in decimals with a comma for the others.
    static QString amountText(double amount, const QString &unit);
    // "comprimé" or "comprimés" for `amount`: plural from 2 on, as French writes it.
    static QString unitText(const QString &unit, double amount);
};

} // namespace relais
