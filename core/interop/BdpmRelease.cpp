#include "BdpmRelease.h"

#include "BdpmText.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace relais {

namespace {

bool allDigits(const QString &text, qsizetype size)
{
    return text.size() == size &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// The published words for "yes" in the collectivities column and "on the market".
bool yes(const QString &text)
{
    return text.trimmed().compare(QLatin1String("oui"), Qt::CaseInsensitive) == 0;
}

} // namespace

int BdpmRelease::rowsRead() const
{
    return static_cast<int>(specialties.size() + presentations.size() + compositions.size() +
                            generics.size() + conditions.size());
}

QDate BdpmReleaseReader::date(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
}

std::optional<int> BdpmReleaseReader::rate(const QString &text)
{
    QString digits = text.trimmed();
    if (!digits.endsWith(QLatin1Char('%')))
        return std::nullopt;
    digits.chop(1);
    bool ok = false;
    const int value = digits.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

std::optional<qint64> BdpmReleaseReader::priceCents(const QString &text)
{
    QString price = text.trimmed();
    price.remove(QLatin1Char(' '));
    price.remove(QChar(0x00A0));
    price.remove(QChar(0x202F));
    if (price.isEmpty())
        return std::nullopt;
    // The last separator is the decimal one; any before it groups thousands.
    const qsizetype decimal =
        std::max(price.lastIndexOf(QLatin1Char(',')), price.lastIndexOf(QLatin1Char('.')));
    QString whole = decimal < 0 ? price : price.left(decimal);
    QString cents = decimal < 0 ? QString() : price.mid(decimal + 1);
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (cents.size() > 2 || whole.isEmpty())
        return std::nullopt;
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    bool wholeOk = false;
    bool centsOk = false;
    const qint64 euros = whole.toLongLong(&wholeOk);
    const qint64 rest = cents.toLongLong(&centsOk);
    if (!wholeOk || !centsOk || euros < 0 || whole.startsWith(QLatin1Char('-')))
        return std::nullopt;
    return euros * 100 + rest;
}

Result<BdpmRelease> BdpmReleaseReader::read(const QString &folder)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return fail(ErrorCode::NotFound,
                    tr("%1 is not a folder: give the folder of the BDPM files.").arg(folder));
    QStringList missing;
    for (const char *name :
         {SpecialtiesFile, PresentationsFile, CompositionsFile, GenericsFile, ConditionsFile}) {
        if (!QFileInfo::exists(dir.filePath(QLatin1String(name))))
            missing.append(QLatin1String(name));
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("%1 is not a BDPM release: %2 missing.")
                        .arg(QDir::toNativeSeparators(folder), missing.join(QStringLiteral(", "))));

    BdpmRelease release;
    // Reads one file; `take` maps a row or says why it cannot.
    const auto readFile = [&](const char *name, int fewest, int most, const auto &take) -> Status {
        auto table = BdpmText::read(dir.filePath(QLatin1String(name)), fewest, most);
        if (!table)
            return std::unexpected(table.error());
        release.lines += table->lines;
        release.skipped += table->skipped;
        if (table->endsMidLine)
            release.cutShort.append(QLatin1String(name));
        for (const BdpmRow &row : std::as_const(table->rows)) {
            if (const QString why = take(row.columns); !why.isEmpty())
                release.skipped.append(
                    tr("%1, line %2: %3").arg(QLatin1String(name)).arg(row.line).arg(why));
        }
        return {};
    };
    const auto cisOf = [](const QStringList &columns) { return columns.at(0).trimmed(); };
    const auto badCis = [] { return tr("the CIS code is not 8 digits"); };

    // CIS, name, form, routes, authorisation, procedure, marketing, date, BDM status, EU number,
    // holder, enhanced monitoring (since 2017).
    Status done = readFile(SpecialtiesFile, 11, 12, [&](const QStringList &c) {
        DrugSpecialty s;
        s.cis = cisOf(c);
        if (!allDigits(s.cis, 8))
            return badCis();
        s.name = c.at(1).simplified();
        if (s.name.isEmpty())
            return tr("no name");
        s.form = c.at(2).simplified();
        for (const QString &route : c.at(3).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            s.routes.append(route.simplified());
        s.authorisation = c.at(4).simplified();
        s.procedure = c.at(5).simplified();
        s.marketed = c.at(6).simplified().compare(QStringLiteral("Commercialisée"),
                                                  Qt::CaseInsensitive) == 0;
        s.authorisedOn = date(c.at(7));
        s.holder = c.at(10).simplified();
        s.enhancedMonitoring = c.size() > 11 && yes(c.at(11));
        release.specialties.append(s);
        return QString();
    });
    // CIS, CIP7, label, status, marketing, date, CIP13, collectivities, rate, price without
    // fee, price with fee, fee (2017 on: one price only before), reimbursement indications.
    if (done)
        done = readFile(PresentationsFile, 10, 13, [&](const QStringList &c) {
            DrugPresentation p;
            p.cis = cisOf(c);
            if (!allDigits(p.cis, 8))
                return badCis();
            p.cip7 = c.at(1).trimmed();
            p.cip13 = c.at(6).trimmed();
            if (!allDigits(p.cip13, 13))
                return tr("the CIP13 code is not 13 digits");
            p.label = c.at(2).simplified();
            p.active = c.at(3).simplified().compare(QStringLiteral("Présentation active"),
                                                    Qt::CaseInsensitive) == 0;
            // "Déclaration de commercialisation"; stopped ones say "arrêt" or "suspension".
            const QString marketing = c.at(4).simplified();
            p.marketed = marketing.startsWith(QStringLiteral("Déclaration de commercialisation"),
                                              Qt::CaseInsensitive);
            p.declaredOn = date(c.at(5));
            p.collectivities = yes(c.at(7));
            p.reimbursementRate = rate(c.at(8));
            p.priceCents = priceCents(c.at(9));
            if (c.size() > 12)
                p.reimbursementIndications = c.at(12).simplified();
            release.presentations.append(p);
            return QString();
        });
    // CIS, element, substance code, substance name, dosage, reference, nature, link.
    if (done)
        done = readFile(CompositionsFile, 8, 8, [&](const QStringList &c) {
            DrugComposition k;
            k.cis = cisOf(c);
            if (!allDigits(k.cis, 8))
                return badCis();
            k.element = c.at(1).simplified();
            k.substanceCode = c.at(2).trimmed();
            k.substanceName = c.at(3).simplified();
            if (k.substanceCode.isEmpty() || k.substanceName.isEmpty())
                return tr("no substance code or name");
            k.dosage = c.at(4).simplified();
            k.reference = c.at(5).simplified();
            k.activeSubstance = c.at(6).trimmed() != QLatin1String("FT");
            k.link = c.at(7).trimmed().toInt();
            release.compositions.append(k);
            return QString();
        });
    // Group id, group label, CIS, kind, order.
    if (done)
        done = readFile(GenericsFile, 4, 5, [&](const QStringList &c) {
            GenericGroupMember g;
            bool ok = false;
            g.group = c.at(0).trimmed().toInt(&ok);
            if (!ok || g.group <= 0)
                return tr("the generic group is not a number");
            g.groupLabel = c.at(1).simplified();
            g.cis = c.at(2).trimmed();
            if (!allDigits(g.cis, 8))
                return badCis();
            const int kind = c.at(3).trimmed().toInt(&ok);
            if (!ok || (kind != 0 && kind != 1 && kind != 2 && kind != 4))
                return tr("the kind of generic is not 0, 1, 2 or 4");
            g.kind = static_cast<GenericGroupMember::Kind>(kind);
            g.order = c.size() > 4 ? c.at(4).trimmed().toInt() : 0;
            release.generics.append(g);
            return QString();
        });
    // CIS, condition.
    if (done)
        done = readFile(ConditionsFile, 2, 2, [&](const QStringList &c) {
            PrescribingCondition p{cisOf(c), c.at(1).simplified()};
            if (!allDigits(p.cis, 8))
                return badCis();
            if (p.text.isEmpty())
                return tr("no condition");
            release.conditions.append(p);
            return QString();
        });
    if (!done)
        return std::unexpected(done.error());
    return release;
}

} // namespace relais
