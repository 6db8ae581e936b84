#include "Prescription.h"

#include "util/SearchKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace relais {

namespace {

bool anyCondition(const PrescriptionLine &line, QLatin1String key)
{
    return std::any_of(line.conditions.cbegin(), line.conditions.cend(),
                       [key](const QString &c) { return searchKey(c).contains(key); });
}

// "prescription limitée à 4 semaines", "… à 12 semaines": the most days, renewals included.
std::optional<int> limitedTo(const PrescriptionLine &line)
{
    static const QRegularExpression limited(
        QStringLiteral("PRESCRIPTION LIMITEE A (\\d+) (JOURS?|SEMAINES?|MOIS)"));
    std::optional<int> days;
    for (const QString &condition : line.conditions) {
        const auto m = limited.match(searchKey(condition));
        if (!m.hasMatch())
            continue;
        const int count = m.captured(1).toInt();
        const QString unit = m.captured(2);
        const int d = unit.startsWith(QLatin1String("JOUR"))      ? count
                      : unit.startsWith(QLatin1String("SEMAINE")) ? count * 7
                                                                  : count * 30;
        days = days ? std::min(*days, d) : d;
    }
    return days;
}

} // namespace

QString Prescription::statusName(Status status)
{
    switch (status) {
    case Status::Draft: return QStringLiteral("draft");
    case Status::Signed: return QStringLiteral("signed");
    case Status::Printed: break;
    }
    return QStringLiteral("printed");
}

std::optional<Prescription::Status> Prescription::statusFromName(const QString &name)
{
    for (const Status s : {Status::Draft, Status::Signed, Status::Printed})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

QString PrescriptionLine::dciOf(const QString &substanceName)
{
    static const QRegularExpression bracketedSalt(QStringLiteral("\\s*\\([^)]*\\)"));
    static const QSet<QString> leftOut = {
        QStringLiteral("ANHYDRE"),      QStringLiteral("BASE"),
        QStringLiteral("MONOHYDRATE"),  QStringLiteral("DIHYDRATE"),
        QStringLiteral("TRIHYDRATE"),   QStringLiteral("TETRAHYDRATE"),
        QStringLiteral("PENTAHYDRATE"), QStringLiteral("HEXAHYDRATE"),
        QStringLiteral("HEMIHYDRATE"),  QStringLiteral("SESQUIHYDRATE"),
        QStringLiteral("HYDRATE"),      QStringLiteral("MONOHYDRATEE"),
        QStringLiteral("DIHYDRATEE"),   QStringLiteral("TRIHYDRATEE"),
        QStringLiteral("HEMIHYDRATEE"), QStringLiteral("SESQUIHYDRATEE"),
        QStringLiteral("HYDRATEE")};
    // The BDPM writes some acids the other way round: "CLAVULANIQUE (ACIDE)".
    static const QRegularExpression acid(QStringLiteral("^(.+?)\\s*\\((ACIDE)\\)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString name = substanceName.simplified();
    if (const auto inverted = acid.match(name); inverted.hasMatch())
        name = inverted.captured(2) + QLatin1Char(' ') + inverted.captured(1);
    name = name.remove(bracketedSalt).simplified();
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && leftOut.contains(searchKey(words.constLast())))
        words.removeLast();
    return words.join(QLatin1Char(' '));
}

PrescriptionLine PrescriptionLine::fromChoice(const DrugChoice &choice)
{
    PrescriptionLine line;
    line.cis = choice.specialty.cis;
    line.brand = choice.specialty.name;
    line.form = choice.specialty.form;
    line.route = choice.specialty.routes.join(QStringLiteral(", "));
    line.conditions = choice.conditions;
    line.strength = choice.strength();
    // Each active substance once, by its active fraction's name where it has one: what the
    // strength is weighed as.
    QStringList names;
    QList<int> links;
    for (const DrugComposition &c : choice.composition) {
        if (!c.activeSubstance) {
            continue;
        }
        if (!line.substanceCodes.contains(c.substanceCode))
            line.substanceCodes.append(c.substanceCode);
        if (links.contains(c.link))
            continue;
        links.append(c.link);
        const auto fraction = std::find_if(
            choice.composition.cbegin(), choice.composition.cend(),
            [&c](const DrugComposition &o) { return !o.activeSubstance && o.link == c.link; });
        const QString dci = dciOf(fraction != choice.composition.cend() ? fraction->substanceName
                                                                        : c.substanceName);
        if (!names.contains(dci))
            names.append(dci);
    }
    line.dci = names.isEmpty() ? choice.specialty.name : names.join(QStringLiteral(" + "));
    line.posology.unit = Posology::unitFor(line.form);
    line.posology.intakes = {{Posology::Moment::Morning, 1}};
    return line;
}

QString PrescriptionLine::title() const
{
    QString title = strength.isEmpty() ? dci : dci + QLatin1Char(' ') + strength;
    if (!form.isEmpty())
        title += QStringLiteral(", ") + form;
    return title;
}

QString PrescriptionLine::banCode(SubstitutionBan ban)
{
    switch (ban) {
    case SubstitutionBan::None: break;
    case SubstitutionBan::Mte: return QStringLiteral("MTE");
    case SubstitutionBan::Efg: return QStringLiteral("EFG");
    case SubstitutionBan::Cif: return QStringLiteral("CIF");
    }
    return {};
}

SubstitutionBan PrescriptionLine::banFromCode(const QString &code)
{
    for (const SubstitutionBan ban :
         {SubstitutionBan::Mte, SubstitutionBan::Efg, SubstitutionBan::Cif})
        if (banCode(ban) == code)
            return ban;
    return SubstitutionBan::None;
}

QJsonObject PrescriptionLine::toJson() const
{
    return {{QStringLiteral("cis"), cis},
            {QStringLiteral("brand"), brand},
            {QStringLiteral("dci"), dci},
            {QStringLiteral("strength"), strength},
            {QStringLiteral("form"), form},
            {QStringLiteral("route"), route},
            {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)},
            {QStringLiteral("substances"), QJsonArray::fromStringList(substanceCodes)},
            {QStringLiteral("posology"), posology.toJson()},
            {QStringLiteral("renewals"), renewals},
            {QStringLiteral("nonSubstitutable"), banCode(nonSubstitutable)},
            {QStringLiteral("ald"), ald}};
}

PrescriptionLine PrescriptionLine::fromJson(const QJsonObject &json)
{
    const auto strings = [&json](const char *name) {
        QStringList list;
        const QJsonArray array = json.value(QLatin1String(name)).toArray();
        for (const QJsonValue value : array)
            list.append(value.toString());
        return list;
    };
    PrescriptionLine line;
    line.cis = json.value(QStringLiteral("cis")).toString();
    line.brand = json.value(QStringLiteral("brand")).toString();
    line.dci = json.value(QStringLiteral("dci")).toString();
    line.strength = json.value(QStringLiteral("strength")).toString();
    line.form = json.value(QStringLiteral("form")).toString();
    line.route = json.value(QStringLiteral("route")).toString();
    line.conditions = strings("conditions");
    line.substanceCodes = strings("substances");
    line.posology =
        Posology::fromJson(json.value(QStringLiteral("posology")).toString()).value_or(Posology{});
    line.renewals = json.value(QStringLiteral("renewals")).toInt();
    line.nonSubstitutable = banFromCode(json.value(QStringLiteral("nonSubstitutable")).toString());
    line.ald = json.value(QStringLiteral("ald")).toBool();
    return line;
}

QString PrescriptionTemplate::linesJson() const
{
    QJsonArray array;
    for (const PrescriptionLine &line : lines)
        array.append(line.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PrescriptionLine> PrescriptionTemplate::linesFromJson(const QString &json)
{
    QList<PrescriptionLine> lines;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue value : array)
        lines.append(PrescriptionLine::fromJson(value.toObject()));
    return lines;
}

QString Prescription::acknowledgementsJson() const
{
    if (acknowledged.isEmpty() && confirmedDataWarnings.isEmpty())
        return {};
    QJsonArray alerts;
    for (const AlertAcknowledgement &a : acknowledged)
        alerts.append(QJsonObject{{QStringLiteral("key"), a.key},
                                  {QStringLiteral("summary"), a.summary},
                                  {QStringLiteral("reason"), a.reason}});
    const QJsonObject all{
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("data"), QJsonArray::fromStringList(confirmedDataWarnings)}};
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void Prescription::setAcknowledgementsJson(const QString &json)
{
    acknowledged.clear();
    confirmedDataWarnings.clear();
    const QJsonObject all = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray alerts = all.value(QStringLiteral("alerts")).toArray();
    for (const QJsonValue value : alerts) {
        const QJsonObject a = value.toObject();
        acknowledged.append({a.value(QStringLiteral("key")).toString(),
                             a.value(QStringLiteral("summary")).toString(),
                             a.value(QStringLiteral("reason")).toString()});
    }
    const QJsonArray data = all.value(QStringLiteral("data")).toArray();
    for (const QJsonValue value : data)
        confirmedDataWarnings.append(value.toString());
}

QString PrescriptionRules::lineField(qsizetype line, const char *field)
{
    return QStringLiteral("lines/%1/%2").arg(line).arg(QLatin1String(field));
}

bool PrescriptionRules::onMteList(const QString &substance)
{
    // The annex of the arrêté of 12 November 2019, and the two added on 20 July 2022.
    static const QStringList list{
        QStringLiteral("LAMOTRIGINE"),   QStringLiteral("PREGABALINE"),
        QStringLiteral("ZONISAMIDE"),    QStringLiteral("LEVETIRACETAM"),
        QStringLiteral("TOPIRAMATE"),    QStringLiteral("VALPRO"),
        QStringLiteral("LEVOTHYROXINE"), QStringLiteral("MYCOPHENOL"),
        QStringLiteral("BUPRENORPHINE"), QStringLiteral("AZATHIOPRINE"),
        QStringLiteral("CICLOSPORINE"),  QStringLiteral("EVEROLIMUS"),
        QStringLiteral("LACOSAMIDE"),    QStringLiteral("OXCARBAZEPINE"),
    };
    const QString key = searchKey(substance);
    return std::any_of(list.cbegin(), list.cend(),
                       [&key](const QString &name) { return key.contains(name); });
}

bool PrescriptionRules::isStupefiant(const PrescriptionLine &line)
{
    return anyCondition(line, QLatin1String("STUPEFIANT"));
}

QString PrescriptionRules::listOf(const PrescriptionLine &line)
{
    for (const QString &condition : line.conditions) {
        const QString key = searchKey(condition);
        if (key == QLatin1String("LISTE II"))
            return QStringLiteral("liste II");
        if (key == QLatin1String("LISTE I"))
            return QStringLiteral("liste I");
    }
    return {};
}

QString PrescriptionRules::nonSubstitutableMention(SubstitutionBan ban)
{
    switch (ban) {
    case SubstitutionBan::None: break;
    case SubstitutionBan::Mte: return QStringLiteral("non substituable (MTE)");
    case SubstitutionBan::Efg: return QStringLiteral("non substituable (EFG)");
    case SubstitutionBan::Cif: return QStringLiteral("non substituable (CIF)");
    }
    return {};
}

QList<Error> PrescriptionRules::problems(const Prescription &prescription)
{
    QList<Error> problems;
    const auto refuse = [&problems](const QString &field, const QString &why) {
        problems.append(Error{ErrorCode::InvalidInput, why, field});
    };
    if (prescription.lines.isEmpty())
        refuse(QLatin1String(FieldLines), tr("Add at least one drug."));
    for (qsizetype i = 0; i < prescription.lines.size(); ++i) {
        const PrescriptionLine &line = prescription.lines.at(i);
        const QString name = line.dci.isEmpty() ? line.brand : line.dci;
        if (line.dci.trimmed().isEmpty())
            refuse(lineField(i, "dci"), tr("Name the drug by its common name (DCI)."));
        if (isStupefiant(line))
            refuse(lineField(i, "dci"),
                   tr("%1 is a stupéfiant: it is prescribed on a secured form with doses and "
                      "duration in words, which Relais does not print yet. Write this one by "
                      "hand.")
                       .arg(name));
        if (anyCondition(line, QLatin1String("USAGE HOSPITALIER")) ||
            std::any_of(line.conditions.cbegin(), line.conditions.cend(), [](const QString &c) {
                return searchKey(c) == QLatin1String("PRESCRIPTION HOSPITALIERE");
            }))
            refuse(lineField(i, "dci"), tr("%1 is prescribed at the hospital only.").arg(name));
        for (const Error &e : line.posology.problems())
            refuse(lineField(i, e.field.toLatin1().constData()), e.message);
        if (!line.posology.duration && !line.posology.boxes)
            refuse(lineField(i, Posology::FieldDuration),
                   tr("Say for how long, or how many boxes."));
        if (line.renewals < 0 || line.renewals > MaxRenewals)
            refuse(lineField(i, FieldRenewals), tr("From 0 to %1 renewals.").arg(MaxRenewals));
        else if (line.posology.duration && line.posology.duration->count > 0) {
            const int total = line.posology.duration->days() * (line.renewals + 1);
            const std::optional<int> limit = limitedTo(line);
            if (limit && total > *limit)
                refuse(lineField(i, FieldRenewals),
                       tr("%1 is prescribed for %n day(s) at most, renewals included.", nullptr,
                          *limit)
                           .arg(name));
            else if (total > MaxListDays)
                refuse(lineField(i, FieldRenewals),
                       tr("A prescription covers 12 months at most, renewals included."));
        }
        if (line.nonSubstitutable == SubstitutionBan::Mte && !onMteList(line.dci))
            refuse(lineField(i, FieldNonSubstitutable),
                   tr("MTE applies only to the substances of the arrêté's list (lévothyroxine, "
                      "some antiepileptics and immunosuppressants, buprénorphine): give another "
                      "reason or let the pharmacist substitute."));
    }
    return problems;
}

} // namespace relais
