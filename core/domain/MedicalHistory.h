#pragma once

#include <QDate>
#include <QString>

namespace relais {

// A condition of the patient's history; one under ALD (affection de longue durée) is covered at
// 100 % and goes in the top part of a bizone prescription.
struct Condition
{
    enum class Category
    {
        Medical,
        Surgical,
        Family,
    };
    QString id;
    QString patientId;
    Category category = Category::Medical;
    QString label; // "Type 2 diabetes", "Appendicectomy", "Mother: breast cancer"
    QString icd10; // optional: "E11.9"
    QString since; // a PartialDate: typed ("03/2015") or stored ("2015-03")
    bool ald = false;
    QDate aldUntil; // end of the ALD exemption, when known
    QString note;
};

// A treatment the patient takes, whoever prescribed it; a stopped one stays in the history.
struct Treatment
{
    QString id;
    QString patientId;
    QString drug;       // as on the box or the prescription: "METFORMINE 1000 mg, comprimé"
    QString cis = {};   // the specialty of the drug database, when picked from the search
    QString dosage;     // "1 comprimé matin et soir"
    QString since;      // a PartialDate
    QString prescriber; // "Dr Leroy, cardiologist"
    QDate endedOn;      // invalid while the treatment goes on
    QString note;

    bool isCurrent() const { return !endedOn.isValid(); }
};

} // namespace relais
