#include "PrescriptionSheet.h"

namespace relais {

bool PrescriptionSheet::bizone() const
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const PrescriptionLine &line) { return line.ald; });
}

int PrescriptionSheet::ageInYears() const
{
    if (!patient.birthDate.isValid() || !date.isValid())
        return 0;
    int years = date.year() - patient.birthDate.year();
    if (date < patient.birthDate.addYears(years))
        --years;
    return std::max(years, 0);
}

QStringList PrescriptionSheet::missingMentions() const
{
    QStringList missing;
    const auto need = [&missing](const QString &value, const QString &what) {
        if (value.trimmed().isEmpty())
            missing.append(what);
    };
    need(prescriber.name, tr("the prescriber's name"));
    need(prescriber.specialty, tr("the prescriber's specialty"));
    need(prescriber.rpps, tr("the prescriber's RPPS number"));
    need(prescriber.address, tr("the prescriber's professional address"));
    need(prescriber.phone, tr("the prescriber's phone number"));
    need(prescriber.email, tr("the prescriber's e-mail address"));
    need(patient.birthName, tr("the patient's name"));
    need(patient.firstNames, tr("the patient's first names"));
    if (!patient.birthDate.isValid())
        missing.append(tr("the patient's date of birth"));
    return missing;
}

} // namespace relais
