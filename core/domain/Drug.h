#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// What the ANSM's drug database (BDPM) says of a medicinal product, as its files publish it.
// A specialty (CIS code) is the product a prescriber thinks of; its presentations (CIP13, the
// code on the box) are what a pharmacist hands over.

// CIS_bdpm: one specialty.
struct DrugSpecialty
{
    QString cis;
    QString name;          // "AMOXICILLINE BIOGARAN 500 mg, gélule"
    QString form;          // "gélule"
    QStringList routes;    // "orale"; some have several
    QString authorisation; // "Autorisation active", "Autorisation abrogée"…
    QString procedure;     // "Procédure nationale", "Procédure centralisée"…
    bool marketed = false; // "Commercialisée"
    QDate authorisedOn = {};
    QString holder = {};
    bool enhancedMonitoring = false; // the black triangle
};

// CIS_CIP_bdpm: one presentation (a box) of a specialty.
struct DrugPresentation
{
    QString cis;
    QString cip7;
    QString cip13;
    QString label;         // "plaquette(s) PVC aluminium de 12 gélule(s)"
    bool active = false;   // "Présentation active"
    bool marketed = false; // declared on the market, not stopped
    QDate declaredOn = {};
    bool collectivities = false;               // approved for hospitals
    std::optional<int> reimbursementRate = {}; // percent; none when not reimbursed
    std::optional<qint64> priceCents = {};     // the drug's price, without the pharmacist's fee
    QString reimbursementIndications = {};     // newer releases only
};

// CIS_COMPO_bdpm: one substance of one element of a specialty.
struct DrugComposition
{
    QString cis;
    QString element; // "comprimé"
    QString substanceCode;
    QString substanceName;
    QString dosage;              // "500 mg", as published
    QString reference;           // "un comprimé"
    bool activeSubstance = true; // SA; false for FT (the active fraction's other form)
    int link = 0;                // ties an SA to its FT
};

// CIS_GENER_bdpm: a specialty's place in a generic group.
struct GenericGroupMember
{
    enum class Kind
    {
        Originator = 0,
        Generic = 1,
        Complementary = 2, // generic by complementarity of posology
        Substitutable = 4, // substitutable generic
    };
    int group = 0;
    QString groupLabel;
    QString cis;
    Kind kind = Kind::Generic;
    int order = 0;
};

// CIS_CPD_bdpm: one prescribing condition of a specialty ("liste I", "stupéfiant"…).
struct PrescribingCondition
{
    QString cis;
    QString text;
};

} // namespace relais

namespace relais {

// The BDPM release in use on this workstation: where it came from, when, and what it held, so
// that a screen can say how old the drug data is and a prescription which release checked it.
struct DrugRelease
{
    QString source = {};       // the folder it was imported from
    QDateTime importedAt = {}; // UTC
    bool forced = false;       // imported although it did not look whole
    int specialties = 0;
    int presentations = 0;
    int compositions = 0;
    int generics = 0;
    int conditions = 0;
    int substances = 0;
    int skipped = 0;
};

} // namespace relais

namespace relais {

// A specialty as a prescriber picks it from a search: what tells it from its neighbours.
struct DrugChoice
{
    DrugSpecialty specialty;
    QList<DrugComposition> composition; // its substances (SA and FT), with their dosage
    std::optional<GenericGroupMember> generic = {};
    std::optional<int> reimbursementRate = {}; // the best of its marketed boxes; none if none is
    QStringList conditions = {};
    QString cip13 = {}; // the box it was found by, when found by its code

    // "500 mg", "875 mg + 125 mg": the dosage of each active substance, as published.
    QString strength() const;
    // "AMOXICILLINE TRIHYDRATÉE": its active substances, as published.
    QStringList substances() const;
};

} // namespace relais
