#pragma once

#include "domain/Drug.h"
#include "domain/Posology.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// Why a line may not be replaced by a generic (arrêté of 12 November 2019): "non substituable"
// is written with its reason, or not at all.
enum class SubstitutionBan
{
    None,
    Mte, // narrow therapeutic margin, for a patient stabilised; only the arrêté's substances
    Efg, // a child under 6 for whom no generic has a suitable form
    Cif, // a proven contraindication to an excipient present in every generic
};

// One drug of an ordonnance: named by its DCI with strength and form (the brand for
// information), how it is taken, and the rules the prescriber set for the pharmacist.
struct PrescriptionLine
{
    QString id = {};
    QString cis = {};            // the specialty chosen in the BDPM, if any
    QString brand = {};          // "AMOXICILLINE BIOGARAN 500 mg, gélule", for information
    QString dci = {};            // "AMOXICILLINE"
    QString strength = {};       // "500 mg"
    QString form = {};           // "gélule"
    QString route = {};          // "orale"
    QStringList conditions = {}; // the BDPM's prescribing conditions: "liste I", "stupéfiant"…
    QStringList substanceCodes = {}; // the BDPM's active substances, for the checks
    Posology posology = {};
    int renewals = 0;
    SubstitutionBan nonSubstitutable = SubstitutionBan::None;
    bool ald = false; // care for the patient's long-term condition: the ordonnance's top part

    // A line for a drug picked from the search: its DCI, strength, form and route, its
    // conditions and substances; taken in the unit of its form, once in the morning, until the
    // prescriber says otherwise.
    static PrescriptionLine fromChoice(const DrugChoice &choice);
    // The common name of a published substance name: its hydrate, its "base" and a salt in
    // brackets left out ("AMOXICILLINE TRIHYDRATÉE" → "AMOXICILLINE", "RANITIDINE (CHLORHYDRATE
    // DE)" → "RANITIDINE"); a salt that is part of the name stays ("LÉVOTHYROXINE SODIQUE").
    static QString dciOf(const QString &substanceName);
    // "AMOXICILLINE 500 mg, gélule": how the line reads in a list.
    QString title() const;

    // "MTE", "EFG", "CIF" or empty: the reason as stored.
    static QString banCode(SubstitutionBan ban);
    static SubstitutionBan banFromCode(const QString &code);
    // The line as a template keeps it (JSON, names that stay across versions), and back.
    QJsonObject toJson() const;
    static PrescriptionLine fromJson(const QJsonObject &json);
};

// A frequent prescription kept to start from ("angine de l'adulte", "renouvellement HTA"):
// its lines, named, by whom; shared by the practice.
struct PrescriptionTemplate
{
    QString id = {};
    QString name = {};
    QString ownerId = {};
    QList<PrescriptionLine> lines = {};

    QString linesJson() const;
    static QList<PrescriptionLine> linesFromJson(const QString &json);
};

// An alert the physician saw and signed anyway, with why: kept with the signed prescription.
struct AlertAcknowledgement
{
    QString key;     // DrugAlert::key
    QString summary; // "Contre-indication : AMIODARONE + ANTIVITAMINES K", as it was shown
    QString reason;  // the physician's words

    friend bool operator==(const AlertAcknowledgement &, const AlertAcknowledgement &) = default;
};

// An ordonnance: drafted by an assistant or a physician, signed by a physician alone, then
// printed. Signed, it never changes: renewing or modifying it makes a new draft.
struct Prescription
{
    enum class Status
    {
        Draft,
        Signed,
        Printed
    };

    QString id = {};
    QString patientId = {};
    QString consultationId = {}; // the prepared consultation it was drafted for, if any
    Status status = Status::Draft;
    QString draftedBy = {};
    QDateTime draftedAt = {};
    QString signedBy = {}; // the physician
    QDateTime signedAt = {};
    QDateTime printedAt = {};
    QString basedOn = {};     // the prescription it renews or modifies
    QString drugRelease = {}; // which BDPM and thesaurus it was checked against, when signed
    QString thesaurusVersion = {};
    // What the physician acknowledged when signing: the serious alerts with a reason each, and
    // the sentences about missing or old drug data they confirmed.
    QList<AlertAcknowledgement> acknowledged = {};
    QStringList confirmedDataWarnings = {};
    QList<PrescriptionLine> lines = {};

    // The acknowledgements as stored (JSON), and back; unreadable text gives none.
    QString acknowledgementsJson() const;
    void setAcknowledgementsJson(const QString &json);

    static QString statusName(Status status); // "draft", "signed", "printed": as stored
    static std::optional<Status> statusFromName(const QString &name);
};

// The rules of an ordonnance that hold whoever drafts it: every line prescribable, "non
// substituable" with a reason that fits, the durations the drug's list allows.
class PrescriptionRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionRules)

public:
    // A list I or II drug is prescribed for 12 months at most, renewals included (CSP
    // R.5132-21); a stupéfiant for 28 days at most and on a secured form.
    static constexpr int MaxListDays = 366;
    static constexpr int MaxRenewals = 11;

    // "lines/2/dose": where a refusal about the third line's dose shows.
    static QString lineField(qsizetype line, const char *field);
    static constexpr auto FieldLines = "lines";
    static constexpr auto FieldNonSubstitutable = "nonSubstitutable";
    static constexpr auto FieldRenewals = "renewals";

    // Every reason `prescription` cannot be signed as it is, each under its field.
    static QList<Error> problems(const Prescription &prescription);
    // Whether a substance (its BDPM name) is on the MTE list of the arrêté of 12 November 2019
    // (as completed on 20 July 2022).
    static bool onMteList(const QString &substance);
    static bool isStupefiant(const PrescriptionLine &line);
    // "liste I", "liste II", or empty.
    static QString listOf(const PrescriptionLine &line);
    // "non substituable (MTE)", or empty: the mention printed on the line.
    static QString nonSubstitutableMention(SubstitutionBan ban);
};

} // namespace relais
