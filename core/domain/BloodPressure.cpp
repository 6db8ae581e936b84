#include "BloodPressure.h"

#include "VitalSign.h"

#include <cmath>

namespace relais {

namespace {

Result<int> readNumber(const QString &typed, const char *field, const QString &what)
{
    const QString text =
        typed.simplified().remove(QStringLiteral("mmHg"), Qt::CaseInsensitive).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (text.isEmpty())
        return invalid(QLatin1String(field),
                       BloodPressure::tr("The %1 pressure is missing.").arg(what));
    if (!ok)
        return invalid(QLatin1String(field),
                       BloodPressure::tr("The %1 pressure is a whole number of mmHg, not “%2”.")
                           .arg(what, typed.simplified()));
    return value;
}

} // namespace

Result<BloodPressure> BloodPressure::make(int systolic, int diastolic, Arm arm, Position position)
{
    if (systolic < 50 || systolic > 300)
        return invalid(QLatin1String(FieldSystolic),
                       tr("A systolic pressure of %1 mmHg cannot be right (from 50 to 300). "
                          "Check the reading.")
                           .arg(systolic));
    if (diastolic < 20 || diastolic > 200)
        return invalid(QLatin1String(FieldDiastolic),
                       tr("A diastolic pressure of %1 mmHg cannot be right (from 20 to 200). "
                          "Check the reading.")
                           .arg(diastolic));
    if (diastolic >= systolic)
        return invalid(QLatin1String(FieldDiastolic),
                       tr("The diastolic pressure (%1) must be lower than the systolic (%2): "
                          "were they swapped?")
                           .arg(diastolic)
                           .arg(systolic));
    BloodPressure bp;
    bp.m_systolic = systolic;
    bp.m_diastolic = diastolic;
    bp.m_arm = arm;
    bp.m_position = position;
    return bp;
}

Result<BloodPressure> BloodPressure::parse(const QString &systolic, const QString &diastolic,
                                           Arm arm, Position position)
{
    QString high = systolic;
    QString low = diastolic;
    if (const qsizetype slash = systolic.indexOf(QLatin1Char('/'));
        slash >= 0 && low.trimmed().isEmpty()) {
        high = systolic.left(slash);
        low = systolic.mid(slash + 1);
    }
    auto s = readNumber(high, FieldSystolic, tr("systolic"));
    if (!s)
        return std::unexpected(s.error());
    auto d = readNumber(low, FieldDiastolic, tr("diastolic"));
    if (!d)
        return std::unexpected(d.error());
    return make(*s, *d, arm, position);
}

QString BloodPressure::display() const
{
    return QStringLiteral("%1/%2").arg(m_systolic).arg(m_diastolic) + QChar::Nbsp +
           VitalSigns::unit(VitalKind::BloodPressure);
}

std::optional<BloodPressure> BloodPressure::officeValue(const QList<BloodPressure> &inOrderTaken)
{
    QList<BloodPressure> atRest;
    for (const BloodPressure &bp : inOrderTaken) {
        if (bp.position() != Position::Standing)
            atRest.append(bp);
    }
    if (atRest.isEmpty())
        return std::nullopt;
    if (atRest.size() == 1)
        return atRest.first();
    const BloodPressure &a = atRest.at(atRest.size() - 2);
    const BloodPressure &b = atRest.last();
    BloodPressure mean = b;
    mean.m_systolic = static_cast<int>(std::lround((a.m_systolic + b.m_systolic) / 2.0));
    mean.m_diastolic = static_cast<int>(std::lround((a.m_diastolic + b.m_diastolic) / 2.0));
    return mean;
}

std::optional<BloodPressure::Drop>
BloodPressure::orthostaticDrop(const QList<BloodPressure> &inOrderTaken)
{
    for (qsizetype i = 1; i < inOrderTaken.size(); ++i) {
        if (inOrderTaken.at(i).position() != Position::Standing)
            continue;
        // The last reading at rest before this first standing one.
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (inOrderTaken.at(j).position() == Position::Standing)
                continue;
            return Drop{inOrderTaken.at(j).m_systolic - inOrderTaken.at(i).m_systolic,
                        inOrderTaken.at(j).m_diastolic - inOrderTaken.at(i).m_diastolic};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString BloodPressure::code(Arm arm)
{
    switch (arm) {
    case Arm::Left: return QStringLiteral("left");
    case Arm::Right: return QStringLiteral("right");
    case Arm::Unknown: break;
    }
    return {};
}

QString BloodPressure::code(Position position)
{
    switch (position) {
    case Position::Lying: return QStringLiteral("lying");
    case Position::Standing: return QStringLiteral("standing");
    case Position::Seated: break;
    }
    return QStringLiteral("seated");
}

BloodPressure::Arm BloodPressure::armFromCode(const QString &code)
{
    if (code == QLatin1String("left"))
        return Arm::Left;
    if (code == QLatin1String("right"))
        return Arm::Right;
    return Arm::Unknown;
}

BloodPressure::Position BloodPressure::positionFromCode(const QString &code)
{
    if (code == QLatin1String("lying"))
        return Position::Lying;
    if (code == QLatin1String("standing"))
        return Position::Standing;
    return Position::Seated;
}

QString BloodPressure::name(Arm arm)
{
    switch (arm) {
    case Arm::Left: return tr("left arm");
    case Arm::Right: return tr("right arm");
    case Arm::Unknown: break;
    }
    return tr("arm not said");
}

QString BloodPressure::name(Position position)
{
    switch (position) {
    case Position::Lying: return tr("lying");
    case Position::Standing: return tr("standing");
    case Position::Seated: break;
    }
    return tr("seated");
}

} // namespace relais
