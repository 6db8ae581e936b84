#include "Posology.h"

#include "util/SearchKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace relais {

namespace {

// Units measured rather than counted: never plural, never cut in halves.
bool isMeasured(const QString &unit)
{
    static const QStringList measured{
        QStringLiteral("ml"), QStringLiteral("mL"), QStringLiteral("mg"), QStringLiteral("g"),
        QStringLiteral("µg"), QStringLiteral("UI"), QStringLiteral("l"),  QStringLiteral("cl"),
    };
    return measured.contains(unit);
}

bool isWhole(double amount)
{
    return std::abs(amount - std::round(amount)) < 1e-9;
}

QString momentAlone(Posology::Moment moment)
{
    switch (moment) {
    case Posology::Moment::Morning: return QStringLiteral("le matin");
    case Posology::Moment::Noon: return QStringLiteral("le midi");
    case Posology::Moment::Evening: return QStringLiteral("le soir");
    case Posology::Moment::Bedtime: break;
    }
    return QStringLiteral("au coucher");
}

// In a list ("matin, midi et soir"), the article goes, except for bedtime.
QString momentInList(Posology::Moment moment)
{
    switch (moment) {
    case Posology::Moment::Morning: return QStringLiteral("matin");
    case Posology::Moment::Noon: return QStringLiteral("midi");
    case Posology::Moment::Evening: return QStringLiteral("soir");
    case Posology::Moment::Bedtime: break;
    }
    return QStringLiteral("au coucher");
}

// "a", "a et b", "a, b et c".
QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" et ") +
           items.constLast();
}

QString dosed(double amount, const QString &unit)
{
    return Posology::amountText(amount, unit) + QLatin1Char(' ') + Posology::unitText(unit, amount);
}

QString durationText(const Posology::Duration &d)
{
    switch (d.unit) {
    case Posology::DurationUnit::Days:
        return QStringLiteral("%1 %2").arg(d.count).arg(d.count >= 2 ? QStringLiteral("jours")
                                                                     : QStringLiteral("jour"));
    case Posology::DurationUnit::Weeks:
        return QStringLiteral("%1 %2").arg(d.count).arg(d.count >= 2 ? QStringLiteral("semaines")
                                                                     : QStringLiteral("semaine"));
    case Posology::DurationUnit::Months: break;
    }
    return QStringLiteral("%1 mois").arg(d.count);
}

} // namespace

int Posology::Duration::days() const
{
    switch (unit) {
    case DurationUnit::Days: return count;
    case DurationUnit::Weeks: return count * 7;
    case DurationUnit::Months: break;
    }
    return count * 30;
}

QString Posology::amountText(double amount, const QString &unit)
{
    const double whole = std::floor(amount + 1e-9);
    const double part = amount - whole;
    if (!isMeasured(unit)) {
        const struct
        {
            double value;
            const char16_t *glyph;
        } fractions[] = {{0.25, u"¼"}, {0.5, u"½"}, {0.75, u"¾"}};
        for (const auto &f : fractions)
            if (std::abs(part - f.value) < 1e-9)
                return whole >= 1 ? QStringLiteral("%1 %2").arg(whole).arg(QStringView(f.glyph))
                                  : QString::fromUtf16(f.glyph);
    }
    if (isWhole(amount))
        return QString::number(std::llround(amount));
    // A decimal comma, and no trailing zeros: "2,5", "0,25".
    QString text = QString::number(amount, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString Posology::unitText(const QString &unit, double amount)
{
    if (amount < 2 || isMeasured(unit) || unit.isEmpty())
        return unit;
    // "cuillère à café" → "cuillères à café", "cuillère-mesure" → "cuillères-mesures".
    const qsizetype space = unit.indexOf(QLatin1Char(' '));
    if (space > 0)
        return unitText(unit.left(space), amount) + unit.mid(space);
    const qsizetype hyphen = unit.indexOf(QLatin1Char('-'));
    if (hyphen > 0)
        return unitText(unit.left(hyphen), amount) + QLatin1Char('-') +
               unitText(unit.mid(hyphen + 1), amount);
    if (unit.endsWith(QLatin1Char('s')) || unit.endsWith(QLatin1Char('x')) ||
        unit.endsWith(QLatin1Char('z')))
        return unit;
    return unit + QLatin1Char('s');
}

QString Posology::text() const
{
    QString text;
    switch (rhythm) {
    case Rhythm::AtMoments: {
        QList<Intake> sorted = intakes;
        std::sort(sorted.begin(), sorted.end(), [](const Intake &a, const Intake &b) {
            return static_cast<int>(a.moment) < static_cast<int>(b.moment);
        });
        const bool sameDose =
            std::all_of(sorted.cbegin(), sorted.cend(), [&sorted](const Intake &i) {
                return std::abs(i.dose - sorted.constFirst().dose) < 1e-9;
            });
        if (sorted.isEmpty()) {
            text = dosed(dose, unit);
        } else if (sameDose && sorted.size() == 1) {
            text = dosed(sorted.constFirst().dose, unit) + QLatin1Char(' ') +
                   momentAlone(sorted.constFirst().moment);
        } else if (sameDose) {
            QStringList moments;
            for (const Intake &i : std::as_const(sorted))
                moments.append(momentInList(i.moment));
            text = dosed(sorted.constFirst().dose, unit) + QLatin1Char(' ') + listed(moments);
        } else {
            QStringList parts;
            for (const Intake &i : std::as_const(sorted))
                parts.append(dosed(i.dose, unit) + QLatin1Char(' ') + momentAlone(i.moment));
            text = listed(parts);
        }
        break;
    }
    case Rhythm::TimesADay:
        text = dosed(dose, unit) + QStringLiteral(" %1 fois par jour").arg(timesADay);
        break;
    case Rhythm::EveryHours:
        text = dosed(dose, unit) + (everyHours == 1
                                        ? QStringLiteral(" toutes les heures")
                                        : QStringLiteral(" toutes les %1 heures").arg(everyHours));
        break;
    case Rhythm::AsNeeded: text = dosed(dose, unit) + QStringLiteral(" si besoin"); break;
    }
    if (maxPerDay)
        text += QStringLiteral(", sans dépasser %1 par jour").arg(amountText(*maxPerDay, unit));
    const QString words = instructions.trimmed();
    if (!words.isEmpty())
        text += QStringLiteral(", ") + words;
    if (duration)
        text += (words.isEmpty() ? QStringLiteral(" pendant ") : QStringLiteral(", pendant ")) +
                durationText(*duration);
    if (boxes)
        text += QStringLiteral(", %1 %2").arg(*boxes).arg(*boxes >= 2 ? QStringLiteral("boîtes")
                                                                      : QStringLiteral("boîte"));
    return text;
}

std::optional<double> Posology::unitsPerDay() const
{
    std::optional<double> perDay;
    switch (rhythm) {
    case Rhythm::AtMoments: {
        double sum = 0;
        for (const Intake &i : intakes)
            sum += i.dose;
        perDay = sum;
        break;
    }
    case Rhythm::TimesADay: perDay = dose * timesADay; break;
    case Rhythm::EveryHours:
        if (everyHours > 0)
            perDay = dose * std::floor(24.0 / everyHours);
        break;
    case Rhythm::AsNeeded: break;
    }
    if (maxPerDay)
        perDay = perDay ? std::min(*perDay, *maxPerDay) : *maxPerDay;
    return perDay;
}

std::optional<double> Posology::unitsNeeded() const
{
    const std::optional<double> perDay = unitsPerDay();
    if (!perDay || !duration || duration->count <= 0)
        return std::nullopt;
    return *perDay * duration->days();
}

QList<Error> Posology::problems() const
{
    QList<Error> problems;
    const auto refuse = [&problems](const char *field, const QString &why) {
        problems.append(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
    };
    if (unit.trimmed().isEmpty())
        refuse(FieldDose, tr("Choose the unit of a dose (tablet, ml, puff…)."));
    const auto checkDose = [&](double amount) {
        if (!(amount > 0))
            refuse(FieldDose, tr("A dose is more than zero."));
        else if (!isMeasured(unit) && amount > 20)
            refuse(FieldDose, tr("%1 %2 at once cannot be right: check the dose.")
                                  .arg(amountText(amount, unit), unitText(unit, amount)));
    };
    switch (rhythm) {
    case Rhythm::AtMoments: {
        if (intakes.isEmpty())
            refuse(FieldRhythm, tr("Say when in the day it is taken."));
        QList<Moment> seen;
        for (const Intake &i : intakes) {
            checkDose(i.dose);
            if (seen.contains(i.moment))
                refuse(FieldRhythm, tr("A moment of the day comes once: add its doses up."));
            seen.append(i.moment);
        }
        break;
    }
    case Rhythm::TimesADay:
        checkDose(dose);
        if (timesADay < 1 || timesADay > 12)
            refuse(FieldRhythm, tr("From 1 to 12 times a day."));
        break;
    case Rhythm::EveryHours:
        checkDose(dose);
        if (everyHours < 1 || everyHours > 72)
            refuse(FieldRhythm, tr("Every 1 to 72 hours."));
        break;
    case Rhythm::AsNeeded:
        checkDose(dose);
        if (!maxPerDay)
            refuse(FieldMaxPerDay, tr("Taken as needed: say how much a day at most."));
        break;
    }
    if (maxPerDay) {
        const double largest =
            rhythm == Rhythm::AtMoments && !intakes.isEmpty()
                ? std::max_element(intakes.cbegin(), intakes.cend(),
                                   [](const Intake &a, const Intake &b) { return a.dose < b.dose; })
                      ->dose
                : dose;
        if (!(*maxPerDay > 0) || *maxPerDay < largest)
            refuse(FieldMaxPerDay, tr("The most a day cannot be less than one dose (%1).")
                                       .arg(amountText(largest, unit)));
    }
    if (duration) {
        if (duration->count <= 0)
            refuse(FieldDuration, tr("A duration is at least one day."));
        else if (duration->days() > 366)
            refuse(FieldDuration, tr("A prescription covers 12 months at most."));
    }
    if (boxes && (*boxes <= 0 || *boxes > 99))
        refuse(FieldBoxes, tr("From 1 to 99 boxes."));
    return problems;
}

int Posology::finestSplit(const QString &form, const QString &unit)
{
    if (isMeasured(unit))
        return 0;
    const QString key = searchKey(form);
    if (key.contains(QLatin1String("QUADRISECABLE")))
        return 4;
    if (key.contains(QLatin1String("SECABLE")))
        return 2;
    const QString unitKey = searchKey(unit);
    // A spoon or a measuring cap is filled to a half as easily as whole.
    if (unitKey.startsWith(QLatin1String("CUILLERE")))
        return 2;
    return 1;
}

QString Posology::unitFor(const QString &form)
{
    const QString key = searchKey(form);
    struct Rule
    {
        const char *contains; // in the form's search key
        const char *unit;
    };
    // The most telling words first: "solution pour inhalation" is puffs, not millilitres, and
    // a "gélule" is no gel.
    static constexpr Rule Rules[] = {
        {"GELULE", "gélule"},
        {"INHALATION", "bouffée"},
        {"COLLYRE", "goutte"},
        {"GOUTTES", "goutte"},
        {"BUVABLE", "ml"},
        {"SIROP", "ml"},
        {"INJECTABLE", "injection"},
        {"CREME", "application"},
        {"POMMADE", "application"},
        {"GEL", "application"},
        {"PULVERISATION", "pulvérisation"},
        {"SUPPOSITOIRE", "suppositoire"},
        {"OVULE", "ovule"},
        {"SACHET", "sachet"},
        {"POUDRE", "sachet"},
        {"DISPOSITIF TRANSDERMIQUE", "dispositif"},
        {"PATCH", "patch"},
        {"CAPSULE", "capsule"},
        {"LYOPHILISAT", "lyophilisat"},
        {"COMPRIME", "comprimé"},
        {"PASTILLE", "pastille"},
    };
    for (const Rule &rule : Rules)
        if (key.contains(QLatin1String(rule.contains)))
            return QString::fromUtf8(rule.unit);
    return QStringLiteral("unité");
}

std::optional<Posology> Posology::fromText(const QString &text, const QString &unit)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    Posology p;
    p.unit = unit;
    // The first amount: "1", "0,5", "1/2", "½".
    static const QRegularExpression amount(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)(?:\\s*/\\s*(\\d+))?"));
    double dose = 1;
    bool read = false;
    if (text.contains(QChar(0x00BD))) {
        dose = 0.5;
        read = true;
    } else if (const auto m = amount.match(text); m.hasMatch()) {
        dose = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        if (!m.captured(2).isEmpty() && m.captured(2).toDouble() > 0)
            dose /= m.captured(2).toDouble();
        read = dose > 0;
    }
    if (!read)
        dose = 1;
    static const QRegularExpression perDay(QStringLiteral("(\\d+)\\s*FOIS\\s*PAR\\s*JOUR"));
    static const QRegularExpression everyHours(
        QStringLiteral("TOUTES\\s*LES\\s*(\\d+)\\s*(?:H|HEURES)\\b"));
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const std::pair<const char *, Moment> momentWords[] = {{"MATIN", Moment::Morning},
                                                           {"MIDI", Moment::Noon},
                                                           {"SOIR", Moment::Evening},
                                                           {"COUCHER", Moment::Bedtime}};
    QList<Intake> intakes;
    for (const auto &[word, moment] : momentWords)
        if (words.contains(QLatin1String(word)))
            intakes.append({moment, dose});
    bool understood = true;
    if (key.contains(QLatin1String("SI BESOIN"))) {
        p.rhythm = Rhythm::AsNeeded;
        p.dose = dose;
    } else if (const auto m = perDay.match(key); m.hasMatch()) {
        p.rhythm = Rhythm::TimesADay;
        p.dose = dose;
        p.timesADay = m.captured(1).toInt();
        // "3 fois par jour" alone: the one number is the count, not the dose.
        static const QRegularExpression number(QStringLiteral("\\b\\d+\\b"));
        int numbers = 0;
        for (auto it = number.globalMatch(key); it.hasNext(); it.next())
            ++numbers;
        if (numbers <= 1)
            p.dose = 1;
    } else if (const auto h = everyHours.match(key); h.hasMatch()) {
        p.rhythm = Rhythm::EveryHours;
        p.dose = dose;
        p.everyHours = h.captured(1).toInt();
    } else if (!intakes.isEmpty()) {
        p.rhythm = Rhythm::AtMoments;
        p.intakes = intakes;
    } else {
        // Nothing to go on but an amount: once in the morning, the words kept to read.
        p.intakes = {{Moment::Morning, dose}};
        understood = false;
    }
    if (!understood)
        p.instructions = text.simplified();
    return p;
}

QString Posology::splitWarning(const QString &form) const
{
    const int split = finestSplit(form, unit);
    if (split == 0)
        return {};
    QList<double> doses;
    if (rhythm == Rhythm::AtMoments)
        for (const Intake &i : intakes)
            doses.append(i.dose);
    else
        doses.append(dose);
    for (const double d : std::as_const(doses)) {
        if (isWhole(d * split))
            continue;
        const QString amount = dosed(d, unit);
        if (split == 1)
            return tr("%1: %2 cannot be divided; prescribe whole units.").arg(amount, form);
        if (split == 2)
            return tr("%1: %2 is scored in halves only.").arg(amount, form);
        return tr("%1: %2 is scored in quarters only.").arg(amount, form);
    }
    return {};
}

std::optional<int> Posology::unitsPerBox(const QString &label, const QString &unit)
{
    if (unit.isEmpty() || isMeasured(unit))
        return std::nullopt;
    // "de 30 comprimé(s)", "12 sachet(s)", "de 1  ovule(s)": a count right before the unit.
    const QRegularExpression counted(QStringLiteral("(^|\\D)(\\d+)\\s+%1(?:\\(s\\)|s)?(?!\\w)")
                                         .arg(QRegularExpression::escape(unit)),
                                     QRegularExpression::CaseInsensitiveOption);
    const auto m = counted.match(label);
    if (!m.hasMatch())
        return std::nullopt;
    int count = m.captured(2).toInt();
    // "2 plaquette(s) … de 14 comprimé(s)": two blisters of fourteen.
    static const QRegularExpression containers(QStringLiteral("^(\\d+)\\s+\\D"));
    const auto outer = containers.match(label);
    if (outer.hasMatch() && outer.capturedStart(1) != m.capturedStart(2))
        count *= outer.captured(1).toInt();
    return count > 0 ? std::optional<int>(count) : std::nullopt;
}

std::optional<int> Posology::boxesNeeded(const QString &boxLabel) const
{
    const std::optional<double> needed = unitsNeeded();
    const std::optional<int> perBox = unitsPerBox(boxLabel, unit);
    if (!needed || !perBox)
        return std::nullopt;
    return static_cast<int>(std::ceil(*needed / *perBox - 1e-9));
}

namespace {

const char *const RhythmNames[] = {"moments", "timesADay", "everyHours", "asNeeded"};
const char *const MomentNames[] = {"morning", "noon", "evening", "bedtime"};
const char *const DurationNames[] = {"days", "weeks", "months"};

template<typename E, std::size_t N>
std::optional<E> named(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

QString Posology::toJson() const
{
    QJsonObject o{{QStringLiteral("unit"), unit},
                  {QStringLiteral("rhythm"), QLatin1String(RhythmNames[int(rhythm)])},
                  {QStringLiteral("dose"), dose},
                  {QStringLiteral("timesADay"), timesADay},
                  {QStringLiteral("everyHours"), everyHours}};
    QJsonArray list;
    for (const Intake &i : intakes)
        list.append(
            QJsonObject{{QStringLiteral("moment"), QLatin1String(MomentNames[int(i.moment)])},
                        {QStringLiteral("dose"), i.dose}});
    o.insert(QStringLiteral("intakes"), list);
    if (maxPerDay)
        o.insert(QStringLiteral("maxPerDay"), *maxPerDay);
    if (duration)
        o.insert(QStringLiteral("duration"),
                 QJsonObject{
                     {QStringLiteral("count"), duration->count},
                     {QStringLiteral("unit"), QLatin1String(DurationNames[int(duration->unit)])}});
    if (boxes)
        o.insert(QStringLiteral("boxes"), *boxes);
    if (!instructions.isEmpty())
        o.insert(QStringLiteral("instructions"), instructions);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Posology> Posology::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Posology p;
    p.unit = o.value(QStringLiteral("unit")).toString();
    const auto rhythmRead =
        named<Rhythm>(RhythmNames, o.value(QStringLiteral("rhythm")).toString());
    if (!rhythmRead)
        return std::nullopt;
    p.rhythm = *rhythmRead;
    p.dose = o.value(QStringLiteral("dose")).toDouble();
    p.timesADay = o.value(QStringLiteral("timesADay")).toInt();
    p.everyHours = o.value(QStringLiteral("everyHours")).toInt();
    const QJsonArray intakes = o.value(QStringLiteral("intakes")).toArray();
    for (const auto &v : intakes) {
        const auto moment =
            named<Moment>(MomentNames, v.toObject().value(QStringLiteral("moment")).toString());
        if (!moment)
            return std::nullopt;
        p.intakes.append({*moment, v.toObject().value(QStringLiteral("dose")).toDouble()});
    }
    if (o.contains(QStringLiteral("maxPerDay")))
        p.maxPerDay = o.value(QStringLiteral("maxPerDay")).toDouble();
    if (o.contains(QStringLiteral("duration"))) {
        const QJsonObject d = o.value(QStringLiteral("duration")).toObject();
        const auto unit =
            named<DurationUnit>(DurationNames, d.value(QStringLiteral("unit")).toString());
        if (!unit)
            return std::nullopt;
        p.duration = Duration{d.value(QStringLiteral("count")).toInt(), *unit};
    }
    if (o.contains(QStringLiteral("boxes")))
        p.boxes = o.value(QStringLiteral("boxes")).toInt();
    p.instructions = o.value(QStringLiteral("instructions")).toString();
    return p;
}

} // namespace relais
