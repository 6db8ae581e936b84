#include "FhirBundle.h"

#include "util/InputFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <optional>

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

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return FhirBundle::tr("a true/false");
    case QJsonValue::Double: return FhirBundle::tr("a number");
    case QJsonValue::String: return FhirBundle::tr("a text");
    case QJsonValue::Array: return FhirBundle::tr("a list");
    case QJsonValue::Object: return FhirBundle::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return FhirBundle::tr("null");
}

// Reads the fields of one resource by their JSON path, checking each one's kind and length
// before anything is done with it; the first fault is kept and refuses the bundle.
class Fields
{
public:
    explicit Fields(QString file)
        : m_file(std::move(file))
    {}

    // A text field: empty when absent.
    QString text(const QJsonObject &o, const QString &path, const char *key, int maxLength)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        const QString where = path + QLatin1Char('.') + QLatin1String(key);
        if (!value.isString()) {
            refuse(FhirBundle::tr("%1 must be a text, not %2.").arg(where, kindOf(value)));
            return {};
        }
        QString text = value.toString();
        if (text.size() > maxLength) {
            refuse(FhirBundle::tr("%1 is %2 characters long; Relais reads at most %3.")
                       .arg(where)
                       .arg(text.size())
                       .arg(maxLength));
            return {};
        }
        return text;
    }
    // An item of a list of texts.
    QString item(const QJsonValue &value, const QString &where, int maxLength)
    {
        if (!value.isString()) {
            refuse(FhirBundle::tr("%1 must be a text, not %2.").arg(where, kindOf(value)));
            return {};
        }
        if (value.toString().size() > maxLength) {
            refuse(FhirBundle::tr("%1 is %2 characters long; Relais reads at most %3.")
                       .arg(where)
                       .arg(value.toString().size())
                       .arg(maxLength));
            return {};
        }
        return value.toString();
    }
    // A list field: empty when absent.
    QJsonArray list(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            refuse(FhirBundle::tr("%1.%2 must be a list, not %3.")
                       .arg(path, QLatin1String(key), kindOf(value)));
            return {};
        }
        return value.toArray();
    }
    // An object: of a field, or of an item of a list.
    QJsonObject object(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            refuse(FhirBundle::tr("%1 must be an object, not %2.").arg(where, kindOf(value)));
            return {};
        }
        return value.toObject();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        return object(o.value(QLatin1String(key)), path + QLatin1Char('.') + QLatin1String(key));
    }

    void refuse(const QString &why)
    {
        if (!m_error)
            m_error = Error{ErrorCode::InvalidInput,
                            FhirBundle::tr("%1: %2").arg(QFileInfo(m_file).fileName(), why)};
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    QString m_file;
    std::optional<Error> m_error;
};

QString codeOf(const QJsonObject &codeable, const QString &system)
{
    for (const QJsonValue coding : codeable.value(QLatin1String("coding")).toArray()) {
        const QJsonObject c = coding.toObject();
        if (system.isEmpty() || c.value(QLatin1String("system")).toString() == system)
            return c.value(QLatin1String("code")).toString();
    }
    return {};
}

bool isVitalSign(const QJsonObject &observation)
{
    for (const QJsonValue category : observation.value(QLatin1String("category")).toArray()) {
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
    if (text.size() > 64)
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() && text.size() == 10) // a date alone: noon, so the day stays right
        at = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(12, 0), Qt::UTC);
    return at.toUTC();
}

// A number as sent, checked as a double before it is rounded or converted: 1e300 or NaN are
// refused here, never turned into an integer.
std::optional<double> plausibleNumber(const QJsonValue &value, QString *why)
{
    if (!value.isDouble()) {
        *why = FhirBundle::tr("no numeric value");
        return std::nullopt;
    }
    const double v = value.toDouble();
    if (!std::isfinite(v) || std::abs(v) > FhirBundle::MaxMagnitude) {
        *why = FhirBundle::tr("%1 is not a plausible measurement").arg(v);
        return std::nullopt;
    }
    return v;
}

// The value in the unit Relais keeps, or nullopt with the reason.
std::optional<double> quantityIn(VitalKind kind, const QJsonObject &quantity, QString *why)
{
    const auto value = plausibleNumber(quantity.value(QLatin1String("value")), why);
    if (!value)
        return std::nullopt;
    const double v = *value;
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
    *why = FhirBundle::tr("unit %1 where %2 is expected").arg(unit.left(40), expected);
    return std::nullopt;
}

FhirPatient readPatient(Fields &f, const QJsonObject &r, const QString &path)
{
    FhirPatient p;
    p.sourceId = QStringLiteral("Patient/") + f.text(r, path, "id", FhirBundle::MaxIdLength);
    PatientIdentity &d = p.draft;
    // Names by use, in whatever order the sender lists them: the official one (or one without
    // a use) is the birth name, unless a maiden name is given, which then is; a usual name, or
    // the official one beside a maiden name, is the used name.
    struct Name
    {
        QString family;
        QStringList given;
    };
    QHash<QString, Name> byUse;
    const QJsonArray names = f.list(r, path, "name");
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString at = path + QStringLiteral(".name[%1]").arg(i);
        const QJsonObject name = f.object(names.at(i), at);
        QString use = f.text(name, at, "use", FhirBundle::MaxNameLength);
        if (use.isEmpty())
            use = QStringLiteral("official");
        Name read{f.text(name, at, "family", FhirBundle::MaxNameLength), {}};
        const QJsonArray given = f.list(name, at, "given");
        for (qsizetype g = 0; g < given.size(); ++g)
            read.given.append(f.item(given.at(g), at + QStringLiteral(".given[%1]").arg(g),
                                     FhirBundle::MaxNameLength));
        if (!byUse.contains(use))
            byUse.insert(use, read);
    }
    const QString official = QStringLiteral("official");
    const QString maiden = QStringLiteral("maiden");
    const QString usual = QStringLiteral("usual");
    d.birthName =
        byUse.contains(maiden) ? byUse.value(maiden).family : byUse.value(official).family;
    d.firstNames =
        (byUse.contains(official) ? byUse.value(official).given : byUse.value(maiden).given)
            .join(QLatin1Char(' '));
    if (byUse.contains(usual)) {
        d.usedName = byUse.value(usual).family;
        d.usedFirstName = byUse.value(usual).given.value(0);
    } else if (byUse.contains(maiden)) {
        d.usedName = byUse.value(official).family;
    }
    const QString gender = f.text(r, path, "gender", FhirBundle::MaxNameLength);
    d.sex = gender == QLatin1String("female") ? QLatin1Char('F')
            : gender == QLatin1String("male") ? QLatin1Char('M')
                                              : QLatin1Char('U');
    const QJsonValue birthDate = r.value(QLatin1String("birthDate"));
    if (!birthDate.isUndefined() && !birthDate.isString())
        f.refuse(FhirBundle::tr("%1.birthDate must be a text date (YYYY-MM-DD), not %2.")
                     .arg(path, kindOf(birthDate)));
    d.birthDate = QDate::fromString(f.text(r, path, "birthDate", 10), Qt::ISODate);
    const QJsonArray identifiers = f.list(r, path, "identifier");
    for (qsizetype i = 0; i < identifiers.size(); ++i) {
        const QString at = path + QStringLiteral(".identifier[%1]").arg(i);
        const QJsonObject id = f.object(identifiers.at(i), at);
        const QString value = f.text(id, at, "value", FhirBundle::MaxIdLength);
        if (f.text(id, at, "system", FhirBundle::MaxTextLength) ==
            QLatin1String(FhirBundle::NirSystem))
            d.nir = value;
    }
    if (!identifiers.isEmpty() && d.nir.isEmpty())
        p.leftOut.append(FhirBundle::tr("%1.identifier: identifiers other than the INS-NIR "
                                        "(a social-security number of another country, say)")
                             .arg(path));
    for (const QJsonValue e : f.list(r, path, "extension")) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QLatin1String("url")).toString() ==
            QLatin1String(FhirBundle::BirthPlaceExtension))
            d.birthPlace = f.text(ext, path + QStringLiteral(".extension"), "valueCode", 5);
    }
    const QJsonArray telecoms = f.list(r, path, "telecom");
    for (qsizetype i = 0; i < telecoms.size(); ++i) {
        const QString at = path + QStringLiteral(".telecom[%1]").arg(i);
        const QJsonObject telecom = f.object(telecoms.at(i), at);
        const QString system = f.text(telecom, at, "system", FhirBundle::MaxNameLength);
        const QString value = f.text(telecom, at, "value", FhirBundle::MaxTextLength);
        if (system == QLatin1String("phone") && d.phone.isEmpty())
            d.phone = value;
        else if (system == QLatin1String("email") && d.email.isEmpty())
            d.email = value;
    }
    const QJsonArray addresses = f.list(r, path, "address");
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString at = path + QStringLiteral(".address[%1]").arg(i);
        const QJsonObject address = f.object(addresses.at(i), at);
        const QString country = f.text(address, at, "country", FhirBundle::MaxNameLength);
        if (!country.isEmpty() && country != QLatin1String("FR") &&
            country.compare(QLatin1String("France"), Qt::CaseInsensitive) != 0) {
            p.leftOut.append(FhirBundle::tr("%1: an address outside France (%2)").arg(at, country));
            continue;
        }
        QStringList lines;
        const QJsonArray lineList = f.list(address, at, "line");
        for (qsizetype l = 0; l < lineList.size(); ++l)
            lines.append(f.item(lineList.at(l), at + QStringLiteral(".line[%1]").arg(l),
                                FhirBundle::MaxTextLength));
        d.address = lines.join(QStringLiteral(", "));
        d.postcode = f.text(address, at, "postalCode", FhirBundle::MaxNameLength);
        d.city = f.text(address, at, "city", FhirBundle::MaxNameLength);
        break;
    }
    return p;
}

// What identifies an Observation when the sender gave it no id: where the bundle put it, or
// failing that its whole content (QJsonObject keeps keys sorted, so equal content digests equal).
QString observationSource(const QJsonObject &o, const QString &fullUrl, Fields &f,
                          const QString &path)
{
    const QString id = f.text(o, path, "id", FhirBundle::MaxIdLength);
    if (!id.isEmpty())
        return QStringLiteral("Observation/") + id;
    if (!fullUrl.isEmpty())
        return fullUrl;
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return QStringLiteral("Observation#sha256:") + QString::fromLatin1(digest.toHex());
}

} // namespace

Result<FhirBundleContent> FhirBundle::read(const QString &file)
{
    auto bytes = InputFile::read(file, MaxFileBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parse(*bytes, file);
}

Result<FhirBundleContent> FhirBundle::parse(const QByteArray &json, const QString &name)
{
    if (json.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is empty: there is nothing to import.").arg(name));
    // JSON files are UTF-8; a UTF-16 one (as some Windows tools save) starts with a byte-order
    // mark or has a NUL byte beside every ASCII character.
    if (json.startsWith("\xff\xfe") || json.startsWith("\xfe\xff") || json.left(64).contains('\0'))
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 is not UTF-8 text (it looks like UTF-16): save it again as UTF-8.").arg(name));
    if (!QByteArrayView(json).isValidUtf8())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not UTF-8 text: FHIR JSON files are UTF-8.").arg(name));
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
    const QString type = bundle.value(QLatin1String("type")).toString().left(40);
    if (type != QLatin1String("transaction") && type != QLatin1String("collection") &&
        type != QLatin1String("batch") && type != QLatin1String("searchset"))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: $.type is “%2”; Relais reads transaction and collection bundles.")
                        .arg(name, type));
    if (!bundle.value(QLatin1String("entry")).isArray())
        return fail(ErrorCode::InvalidInput, tr("%1: $.entry is missing or not a list.").arg(name));

    Fields f(name);
    FhirBundleContent content;
    // Subjects are referred to by fullUrl ("urn:uuid:…") or as "Patient/<id>".
    QHash<QString, QString> patientByReference;
    QHash<QString, QString> pathOfPatient;
    const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
    struct PendingObservation
    {
        QString path;
        QString fullUrl;
        QJsonObject resource;
    };
    QList<PendingObservation> observations;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryPath = QStringLiteral("$.entry[%1]").arg(i);
        const QString path = entryPath + QStringLiteral(".resource");
        const QJsonObject entry = f.object(entries.at(i), entryPath);
        const QString fullUrl = f.text(entry, entryPath, "fullUrl", MaxTextLength);
        const QJsonObject resource = f.object(entry, entryPath, "resource");
        const QString resourceType = f.text(resource, path, "resourceType", MaxNameLength);
        if (f.error())
            return std::unexpected(*f.error());
        if (resourceType.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: %2.resourceType is missing.").arg(name, path));
        if (resourceType == QLatin1String("Patient")) {
            if (f.text(resource, path, "id", MaxIdLength).isEmpty() && !f.error())
                return fail(ErrorCode::InvalidInput, tr("%1: %2.id is missing.").arg(name, path));
            FhirPatient patient = readPatient(f, resource, path);
            if (f.error())
                return std::unexpected(*f.error());
            if (pathOfPatient.contains(patient.sourceId))
                return fail(
                    ErrorCode::InvalidInput,
                    tr("%1: %2 has the id of %3 (%4): two patients of one bundle cannot "
                       "share an id. Nothing was imported from this bundle.")
                        .arg(name, path, pathOfPatient.value(patient.sourceId), patient.sourceId));
            pathOfPatient.insert(patient.sourceId, path);
            if (!fullUrl.isEmpty())
                patientByReference.insert(fullUrl, patient.sourceId);
            patientByReference.insert(patient.sourceId, patient.sourceId);
            content.notes.append(patient.leftOut);
            content.patients.append(patient);
        } else if (resourceType == QLatin1String("Observation") && isVitalSign(resource)) {
            observations.append({path, fullUrl, resource});
        } else {
            content.skipped[resourceType.left(MaxNameLength)] += 1;
        }
    }

    for (const PendingObservation &pending : std::as_const(observations)) {
        const QString &path = pending.path;
        const QJsonObject &o = pending.resource;
        const QString loinc =
            codeOf(o.value(QLatin1String("code")).toObject(), QStringLiteral("http://loinc.org"));
        const auto kind = VitalSigns::fromLoinc(loinc);
        if (!kind || *kind == VitalKind::Bmi) {
            content.skipped[kind && *kind == VitalKind::Bmi
                                ? tr("Observation (BMI, computed by Relais)")
                                : tr("Observation (vital sign %1, not kept by Relais)")
                                      .arg(loinc.left(MaxIdLength))] += 1;
            continue;
        }
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled")) {
            content.skipped[tr("Observation (entered in error)")] += 1;
            continue;
        }
        FhirVital v;
        v.path = path;
        v.sourceId = observationSource(o, pending.fullUrl, f, path);
        v.kind = *kind;
        const QJsonObject subject = f.object(o, path, "subject");
        const QString reference =
            f.text(subject, path + QStringLiteral(".subject"), "reference", MaxTextLength);
        if (f.error())
            return std::unexpected(*f.error());
        v.at = effectiveTime(o);
        // Never filed under a patient it does not name: no subject, or one that is neither a
        // Patient of this bundle nor "Patient/<id>" to look for among earlier imports, is left
        // out with its path.
        if (reference.isEmpty()) {
            content.notes.append(tr("%1: no subject names the patient it was measured on; left "
                                    "out.")
                                     .arg(path));
            content.skipped[tr("Observation (no patient named)")] += 1;
            continue;
        }
        v.subjectInBundle = patientByReference.contains(reference);
        v.patientSource = v.subjectInBundle ? patientByReference.value(reference) : reference;
        if (!v.subjectInBundle && !reference.startsWith(QLatin1String("Patient/"))) {
            content.notes.append(tr("%1: its subject (%2) is no patient of this bundle; left out.")
                                     .arg(path, reference));
            content.skipped[tr("Observation (unknown patient)")] += 1;
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
            for (const QJsonValue c : o.value(QLatin1String("component")).toArray()) {
                const QJsonObject component = c.toObject();
                const QString code = codeOf(component.value(QLatin1String("code")).toObject(),
                                            QStringLiteral("http://loinc.org"));
                const QJsonValue value = component.value(QLatin1String("valueQuantity"))
                                             .toObject()
                                             .value(QLatin1String("value"));
                if (code == QLatin1String(BloodPressure::SystolicLoinc) && value.isDouble())
                    systolic = plausibleNumber(value, &why);
                else if (code == QLatin1String(BloodPressure::DiastolicLoinc) && value.isDouble())
                    diastolic = plausibleNumber(value, &why);
            }
            if (!systolic || !diastolic) {
                content.notes.append(
                    why.isEmpty()
                        ? tr("%1: a blood pressure without its two components; left out.").arg(path)
                        : tr("%1: %2; left out.").arg(path, why));
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
