#pragma once

#include "domain/DuplicateRules.h"
#include "domain/IdentityStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace relais {

// A patient's identity as the reception desk types it, and as it is kept.
struct PatientIdentity
{
    QString id;
    QString birthName;  // strict trait, stored upper case without diacritics
    QString firstNames; // all birth given names, strict trait
    QString usedName;   // as the patient writes it
    QString usedFirstName;
    QChar sex; // 'F', 'M' or 'U'
    QDate birthDate;
    QString birthPlace; // INSEE code, may be empty while provisional
    QString nir;        // 15 characters, or empty
    IdentityStatus status = IdentityStatus::Provisional;
    QString phone; // E.164 once saved; as typed in a draft
    QString email;
    QString address; // street lines
    QString postcode;
    QString city;
    QString mergedInto; // set when this file was merged into another: the kept file's id

    // "DUPONT (Martin) Hélène Marie": birth name, used name if it differs, given names.
    QString displayName() const;
    // "H. D.": the first name and the name used, as a calendar shown outside shows a patient.
    QString initials() const;
};

struct PatientHit
{
    QString id;
    QString displayName; // "DUPONT (MARTIN) Hélène"
    QDate birthDate;
    QChar sex;
    IdentityStatus status = IdentityStatus::Provisional;
};

// A step of an identity's history: validated against a document, or strict traits changed.
struct IdentityEvent
{
    QDateTime at;
    bool validated = false; // otherwise: strict traits changed
    IdentityStatus before = IdentityStatus::Provisional;
    IdentityStatus after = IdentityStatus::Provisional;
    QString document; // the proof document's code, for validations
    QString reason;   // for changes
    QString byName;
};

struct DuplicateCandidate
{
    PatientHit patient;
    DuplicateMatch match;
};

} // namespace relais
