#include "VitalRecord.h"

namespace relais {

QString VitalRecord::displayValue() const
{
    if (kind == VitalKind::BloodPressure)
        return bloodPressure().display();
    return VitalSigns::display(kind, value);
}

BloodPressure VitalRecord::bloodPressure() const
{
    auto bp = BloodPressure::make(static_cast<int>(value), static_cast<int>(value2), arm, position);
    return bp ? *bp : BloodPressure();
}

} // namespace relais
