#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

struct Allergy
{
    enum class Kind
    {
        Allergy,
        Intolerance
    };
    QString id;
    QString patientId;
    Kind kind = Kind::Allergy;
    QString substance;     // as typed, or a substance's name from the drug database
    QString substanceCode; // the BDPM substance code when known; empty for free text
    QString reaction;      // what happened, in the patient's or the carer's words
};

// Where a file stands on allergies. "Not asked yet" is not "none": only someone who asked may
// record that the patient knows of no allergy, and that answer says who and when.
struct AllergyStatus
{
    enum class State
    {
        NotAsked,  // nobody recorded anything yet
        NoneKnown, // asked: the patient knows of no allergy
        Listed,    // one allergy or intolerance or more
    };
    State state = State::NotAsked;
    QList<Allergy> allergies;
    QString statedBy; // NoneKnown: the name of who recorded it
    QDateTime statedAt;
};

} // namespace relais
