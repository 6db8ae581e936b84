#include "TestData.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace relais::test {

namespace {

QString referenceRoot()
{
    // Set to another folder (or to one that does not exist) to run the suite as a clone without
    // ../shared runs it: the "suite without reference data" test does.
    const QString overridden = qEnvironmentVariable("RELAIS_REFERENCE_DATA");
    return overridden.isEmpty() ? QStringLiteral(RELAIS_SHARED_DATA) : overridden;
}

} // namespace

QString fixture(const QString &relative)
{
    return QDir(QStringLiteral(RELAIS_TEST_DATA)).filePath(relative);
}

bool haveReference()
{
    return QFileInfo(referenceRoot() + QStringLiteral("/bdpm/CIS_COMPO_bdpm.txt")).isFile();
}

QString reference(const QString &relative)
{
    return haveReference() ? QDir(referenceRoot()).filePath(relative) : QString();
}

void sayReferenceSkipped()
{
    std::fprintf(stdout,
                 "RELAIS-SKIPPED: this test reads the reference data of ../shared/data, which is "
                 "not beside this clone (%s); its rules are checked on tests/data.\n",
                 qPrintable(QDir::cleanPath(referenceRoot())));
    std::fflush(stdout);
}

} // namespace relais::test
