#include "FhirBundle.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace relais {

namespace {

// "line 12, column 5" for a character offset, as an editor counts.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return FhirBundle::tr("line %1, column %2").arg(line).arg(column);
}

QString codeOf(const QJsonObject &codeable, const QString &system)
{
    for (const QJsonValue &coding : codeable.value(QLatin1String("coding")).toArray()) {
        const QJsonObject c = coding.toObject();
        if (system.isEmpty() || c.value(QLatin1String("system")).toString() == system)
            return c.value(QLatin1String("code")).toString();
    }
    return {};
}

bool isVitalSign(const QJsonObject &observation)
{
    for (const QJsonValue &category : observation.value(QLatin1String("category")).toArray()) {
        if (codeOf(category.toObject(), {}) == QLatin1String("vital-signs"))
            return true;
    }
    return false;
}

QDateTime effectiveTime(const QJsonObject &o)
{
    QString text = o.value(QLatin1String("effectiveDateTime")).toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("effectivePeriod"))
                   .toObject()
                   .value(QLatin1String("start"))
                   .toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("issued")).toString();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() && text.size() == 10) // a date alone: noon, so the day stays right
        at = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(12, 0), Qt::UTC);
    return at.toUTC();
}

// The value in the unit Relais keeps, or nullopt with the reason.
std::optional<double> quantityIn(VitalKind kind, const QJsonObject &quantity, QString *why)
{
    const QJsonValue value = quantity.value(QLatin1String("value"));
    if (!value.isDouble()) {
        *why = FhirBundle::tr("no numeric value");
        return std::nullopt;
    }
    double v = value.toDouble();
    QString unit = quantity.value(QLatin1String("code")).toString();
    if (unit.isEmpty())
        unit = quantity.value(QLatin1String("unit")).toString();
    const QString expected = QLatin1String(VitalSigns::definition(kind).ucum);
    if (unit == expected || unit.isEmpty())
        return v;
    // The conversions FHIR senders actually use.
    if (kind == VitalKind::Weight && unit == QLatin1String("g"))
        return v / 1000;
    if (kind == VitalKind::Weight && unit == QLatin1String("[lb_av]"))
        return v * 0.45359237;
    if ((kind == VitalKind::Height || kind == VitalKind::HeadCircumference) &&
        unit == QLatin1String("m"))
        return v * 100;
    if ((kind == VitalKind::Height || kind == VitalKind::HeadCircumference) &&
        unit == QLatin1String("[in_i]"))
        return v * 2.54;
    if (kind == VitalKind::Temperature && unit == QLatin1String("[degF]"))
        return (v - 32) * 5 / 9;
    if (kind == VitalKind::CapillaryGlucose && unit == QLatin1String("mg/dL"))
        return v / 100;
    if ((kind == VitalKind::HeartRate || kind == VitalKind::RespiratoryRate) &&
        (unit == QLatin1String("{beats}/min") || unit == QLatin1String("{breaths}/min")))
        return v;
    *why = FhirBundle::tr("unit %1 where %2 is expected").arg(unit, expected);
    return std::nullopt;
}

QString referenceOf(const QJsonObject &o, const QString &field)
{
    return o.value(field).toObject().value(QLatin1String("reference")).toString();
}

FhirPatient readPatient(const QJsonObject &r, const QString &path)
{
    FhirPatient p;
    p.sourceId = QStringLiteral("Patient/") + r.value(QLatin1String("id")).toString();
    PatientIdentity &d = p.draft;
    // Names by use, in whatever order the sender lists them: the official one (or one without
    // a use) is the birth name, unless a maiden name is given, which then is; a usual name, or
    // the official one beside a maiden name, is the used name.
    QHash<QString, QJsonObject> byUse;
    for (const QJsonValue &n : r.value(QLatin1String("name")).toArray()) {
        const QJsonObject name = n.toObject();
        QString use = name.value(QLatin1String("use")).toString();
        if (use.isEmpty())
            use = QStringLiteral("official");
        if (!byUse.contains(use))
            byUse.insert(use, name);
    }
    const auto family = [&](const QString &use) {
        return byUse.value(use).value(QLatin1String("family")).toString();
    };
    const auto given = [&](const QString &use) {
        QStringList names;
        for (const QJsonValue &g : byUse.value(use).value(QLatin1String("given")).toArray())
            names.append(g.toString());
        return names;
    };
    const QString official = QStringLiteral("official");
    const QString maiden = QStringLiteral("maiden");
    const QString usual = QStringLiteral("usual");
    d.birthName = byUse.contains(maiden) ? family(maiden) : family(official);
    d.firstNames =
        (byUse.contains(official) ? given(official) : given(maiden)).join(QLatin1Char(' '));
    if (byUse.contains(usual)) {
        d.usedName = family(usual);
        d.usedFirstName = given(usual).value(0);
    } else if (byUse.contains(maiden)) {
        d.usedName = family(official);
    }
    const QString gender = r.value(QLatin1String("gender")).toString();
    d.sex = gender == QLatin1String("female") ? QLatin1Char('F')
            : gender == QLatin1String("male") ? QLatin1Char('M')
                                              : QLatin1Char('U');
    d.birthDate = QDate::fromString(r.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    for (const QJsonValue &i : r.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = i.toObject();
        if (id.value(QLatin1String("system")).toString() == QLatin1String(FhirBundle::NirSystem))
            d.nir = id.value(QLatin1String("value")).toString();
    }
    if (!r.value(QLatin1String("identifier")).toArray().isEmpty() && d.nir.isEmpty())
        p.leftOut.append(FhirBundle::tr("%1.identifier: identifiers other than the INS-NIR "
                                        "(a social-security number of another country, say)")
                             .arg(path));
    for (const QJsonValue &e : r.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QLatin1String("url")).toString() ==
            QLatin1String(FhirBundle::BirthPlaceExtension))
            d.birthPlace = ext.value(QLatin1String("valueCode")).toString();
    }
    for (const QJsonValue &t : r.value(QLatin1String("telecom")).toArray()) {
        const QJsonObject telecom = t.toObject();
        const QString system = telecom.value(QLatin1String("system")).toString();
        const QString value = telecom.value(QLatin1String("value")).toString();
        if (system == QLatin1String("phone") && d.phone.isEmpty())
            d.phone = value;
        else if (system == QLatin1String("email") && d.email.isEmpty())
            d.email = value;
    }
    for (const QJsonValue &a : r.value(QLatin1String("address")).toArray()) {
        const QJsonObject address = a.toObject();
        const QString country = address.value(QLatin1String("country")).toString();
        if (!country.isEmpty() && country != QLatin1String("FR") &&
            country.compare(QLatin1String("France"), Qt::CaseInsensitive) != 0) {
            p.leftOut.append(
                FhirBundle::tr("%1.address: an address outside France (%2)").arg(path, country));
            continue;
        }
        QStringList lines;
        for (const QJsonValue &l : address.value(QLatin1String("line")).toArray())
            lines.append(l.toString());
        d.address = lines.join(QStringLiteral(", "));
        d.postcode = address.value(QLatin1String("postalCode")).toString();
        d.city = address.value(QLatin1String("city")).toString();
        break;
    }
    return p;
}

} // namespace

Result<FhirBundleContent> FhirBundle::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    tr("%1 cannot be read: %2.").arg(file, in.errorString()));
    return parse(in.readAll(), file);
}

Result<FhirBundleContent> FhirBundle::parse(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not valid JSON at %2: %3.")
                        .arg(name, position(json, error.offset), error.errorString()));
    const QJsonObject bundle = document.object();
    if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: $.resourceType is not “Bundle”: this is not a FHIR bundle.").arg(name));
    const QString type = bundle.value(QLatin1String("type")).toString();
    if (type != QLatin1String("transaction") && type != QLatin1String("collection") &&
        type != QLatin1String("batch") && type != QLatin1String("searchset"))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: $.type is “%2”; Relais reads transaction and collection bundles.")
                        .arg(name, type));
    if (!bundle.value(QLatin1String("entry")).isArray())
        return fail(ErrorCode::InvalidInput, tr("%1: $.entry is missing or not a list.").arg(name));

    FhirBundleContent content;
    // Subjects are referred to by fullUrl ("urn:uuid:…") or as "Patient/<id>".
    QHash<QString, QString> patientByReference;
    const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
    QList<std::pair<QString, QJsonObject>> observations;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("$.entry[%1].resource").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
        const QString resourceType = resource.value(QLatin1String("resourceType")).toString();
        if (resourceType.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: %2.resourceType is missing.").arg(name, path));
        if (resourceType == QLatin1String("Patient")) {
            if (resource.value(QLatin1String("id")).toString().isEmpty())
                return fail(ErrorCode::InvalidInput, tr("%1: %2.id is missing.").arg(name, path));
            FhirPatient patient = readPatient(resource, path);
            patientByReference.insert(entry.value(QLatin1String("fullUrl")).toString(),
                                      patient.sourceId);
            patientByReference.insert(patient.sourceId, patient.sourceId);
            content.notes.append(patient.leftOut);
            content.patients.append(patient);
        } else if (resourceType == QLatin1String("Observation") && isVitalSign(resource)) {
            observations.append({path, resource});
        } else {
            content.skipped[resourceType] += 1;
        }
    }

    for (const auto &[path, o] : std::as_const(observations)) {
        const QString loinc =
            codeOf(o.value(QLatin1String("code")).toObject(), QStringLiteral("http://loinc.org"));
        const auto kind = VitalSigns::fromLoinc(loinc);
        if (!kind || *kind == VitalKind::Bmi) {
            content
                .skipped[kind && *kind == VitalKind::Bmi
                             ? tr("Observation (BMI, computed by Relais)")
                             : tr("Observation (vital sign %1, not kept by Relais)").arg(loinc)] +=
                1;
            continue;
        }
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled")) {
            content.skipped[tr("Observation (entered in error)")] += 1;
            continue;
        }
        FhirVital v;
        v.sourceId = QStringLiteral("Observation/") + o.value(QLatin1String("id")).toString();
        v.kind = *kind;
        v.patientSource = patientByReference.value(referenceOf(o, QStringLiteral("subject")));
        v.at = effectiveTime(o);
        if (v.patientSource.isEmpty()) {
            content.notes.append(
                tr("%1: its subject is not a patient of this bundle; left out.").arg(path));
            content.skipped[tr("Observation (no patient in the bundle)")] += 1;
            continue;
        }
        if (!v.at.isValid()) {
            content.notes.append(tr("%1: no date of measurement; left out.").arg(path));
            content.skipped[tr("Observation (no date)")] += 1;
            continue;
        }
        QString why;
        if (*kind == VitalKind::BloodPressure) {
            std::optional<double> systolic;
            std::optional<double> diastolic;
            for (const QJsonValue &c : o.value(QLatin1String("component")).toArray()) {
                const QJsonObject component = c.toObject();
                const QString code = codeOf(component.value(QLatin1String("code")).toObject(),
                                            QStringLiteral("http://loinc.org"));
                const QJsonValue value = component.value(QLatin1String("valueQuantity"))
                                             .toObject()
                                             .value(QLatin1String("value"));
                if (code == QLatin1String(BloodPressure::SystolicLoinc) && value.isDouble())
                    systolic = value.toDouble();
                else if (code == QLatin1String(BloodPressure::DiastolicLoinc) && value.isDouble())
                    diastolic = value.toDouble();
            }
            if (!systolic || !diastolic) {
                content.notes.append(
                    tr("%1: a blood pressure without its two components; left out.").arg(path));
                content.skipped[tr("Observation (incomplete blood pressure)")] += 1;
                continue;
            }
            v.value = std::round(*systolic);
            v.value2 = std::round(*diastolic);
        } else {
            const auto value =
                quantityIn(*kind, o.value(QLatin1String("valueQuantity")).toObject(), &why);
            if (!value) {
                content.notes.append(tr("%1: %2; left out.").arg(path, why));
                content.skipped[tr("Observation (%1 unreadable)").arg(VitalSigns::name(*kind))] +=
                    1;
                continue;
            }
            v.value = VitalSigns::round(*kind, *value);
        }
        content.vitals.append(v);
    }
    return content;
}

} // namespace relais
