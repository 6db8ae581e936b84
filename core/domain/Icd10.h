#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// A WHO ICD-10 code (CIM-10 in France), as ALD forms and hospital letters give them: a letter,
// two digits, then an optional subdivision ("E11", "E11.9", "C50.4", "F32.10" in the French
// extension). Only the shape is checked: the classification itself is not shipped.
class Icd10
{
    Q_DECLARE_TR_FUNCTIONS(relais::Icd10)

public:
    // "e119", "E11.9", "E 11 9" all give "E11.9"; an empty text gives an empty code.
    static Result<QString> normalise(const QString &typed);
};

} // namespace relais
