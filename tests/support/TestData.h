#pragma once

#include <QString>

namespace relais::test {

// The small fixtures of tests/data, cut from the reference data by tests/data/make-fixtures.py:
// always here, so that every rule is checked on a clone of Relais alone.
QString fixture(const QString &relative);

// The real public data of ../shared/data (or of $RELAIS_REFERENCE_DATA), for the tests that need
// all of it (counts of a whole release, every Synthea bundle); empty when this clone has none.
QString reference(const QString &relative);
bool haveReference();
// Says, in the words ctest looks for (SKIP_REGULAR_EXPRESSION), that the running test is skipped
// because the reference data is not here.
void sayReferenceSkipped();

} // namespace relais::test

// For a test that needs the whole reference data: on a clone without it, the test says so and
// ctest reports it as skipped, never as passed.
#define RELAIS_NEEDS_REFERENCE_DATA()                                                              \
    do {                                                                                           \
        if (!relais::test::haveReference()) {                                                      \
            relais::test::sayReferenceSkipped();                                                   \
            return;                                                                                \
        }                                                                                          \
    } while (false)
