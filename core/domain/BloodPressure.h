#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// One office blood-pressure reading, in mmHg, with the arm and the position it was taken in.
// Cannot hold an impossible pair: systolic 50–300, diastolic 20–200, diastolic below systolic.
class BloodPressure
{
    Q_DECLARE_TR_FUNCTIONS(relais::BloodPressure)

public:
    enum class Arm
    {
        Unknown,
        Left,
        Right
    };
    enum class Position
    {
        Seated,
        Lying,
        Standing
    };
    static constexpr auto FieldSystolic = "systolic";
    static constexpr auto FieldDiastolic = "diastolic";
    static constexpr auto SystolicLoinc = "8480-6";
    static constexpr auto DiastolicLoinc = "8462-4";

    BloodPressure() = default;
    static Result<BloodPressure> make(int systolic, int diastolic, Arm arm = Arm::Unknown,
                                      Position position = Position::Seated);
    // As typed: two fields, or "142/88" in the first one.
    static Result<BloodPressure> parse(const QString &systolic, const QString &diastolic,
                                       Arm arm = Arm::Unknown,
                                       Position position = Position::Seated);

    int systolic() const { return m_systolic; }
    int diastolic() const { return m_diastolic; }
    Arm arm() const { return m_arm; }
    Position position() const { return m_position; }
    QString display() const; // "142/88 mmHg"

    // The reading the guidelines use: the mean of the last two readings taken seated or lying
    // (HAS 2016: several readings a minute apart, the mean of the last two), or the only one.
    static std::optional<BloodPressure> officeValue(const QList<BloodPressure> &inOrderTaken);
    // The largest fall on standing up: the last reading before the first standing one, against
    // that standing one; nullopt without both.
    struct Drop
    {
        int systolic = 0;
        int diastolic = 0;
    };
    static std::optional<Drop> orthostaticDrop(const QList<BloodPressure> &inOrderTaken);

    static QString code(Arm arm);
    static QString code(Position position);
    static Arm armFromCode(const QString &code);
    static Position positionFromCode(const QString &code);
    static QString name(Arm arm);
    static QString name(Position position);

    friend bool operator==(const BloodPressure &, const BloodPressure &) = default;

private:
    int m_systolic = 0;
    int m_diastolic = 0;
    Arm m_arm = Arm::Unknown;
    Position m_position = Position::Seated;
};

} // namespace relais
