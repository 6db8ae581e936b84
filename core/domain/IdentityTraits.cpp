#include "IdentityTraits.h"

#include <QRegularExpression>

namespace relais {

Result<QString> IdentityTraits::strictForm(const QString &typed, Trait trait)
{
    const QString what =
        trait == Trait::BirthName ? tr("The birth name") : tr("The birth given names");
    // Checked before the Unicode decomposition, whose cost grows faster than the text.
    if (typed.size() > MaximumLength)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is %2 characters long; an identity trait has %3 at most.")
                        .arg(what)
                        .arg(typed.size())
                        .arg(MaximumLength));
    const QString decomposed = typed.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        if (u == 0x2019 || u == 0x2018 || u == '\'') {
            out.append(QLatin1Char('\''));
        } else if (u == '-' || u == 0x2010 || u == 0x2011) {
            out.append(QLatin1Char('-'));
        } else if (c.isSpace()) {
            out.append(QLatin1Char(' '));
        } else if (u == 0x00DF) {
            out.append(QLatin1String("SS"));
        } else if (u == 0x0152 || u == 0x0153) {
            out.append(QLatin1String("OE"));
        } else if (u == 0x00C6 || u == 0x00E6) {
            out.append(QLatin1String("AE"));
        } else if (c.isLetter() && c.toUpper().unicode() >= 'A' && c.toUpper().unicode() <= 'Z') {
            out.append(c.toUpper());
        } else {
            return fail(ErrorCode::InvalidInput,
                        tr("%1: “%2” cannot appear in it (letters, spaces, hyphens and apostrophes "
                           "only).")
                            .arg(what, QString(c)));
        }
    }
    out = out.simplified();
    // Separators only between letters: " - " and doubled hyphens are typing slips.
    out.replace(QRegularExpression(QStringLiteral("\\s*-\\s*")), QStringLiteral("-"));
    out.replace(QRegularExpression(QStringLiteral("\\s*'\\s*")), QStringLiteral("'"));
    out.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^[-' ]+|[-' ]+$"));
    out.remove(edges);
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput, trait == Trait::BirthName
                                                 ? tr("The birth name is missing.")
                                                 : tr("The birth given names are missing."));
    return out;
}

Result<QDate> IdentityTraits::parseBirthDate(const QString &typed, const QDate &today)
{
    const QString text = typed.trimmed();
    static const QRegularExpression french(
        QStringLiteral("^([0-9]{1,2})[/.\\- ]([0-9]{1,2})[/.\\- ]([0-9]{4})$"));
    static const QRegularExpression packed(QStringLiteral("^([0-9]{2})([0-9]{2})([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    int day = 0, month = 0, year = 0;
    if (auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (auto f = french.match(text); f.hasMatch()) {
        day = f.captured(1).toInt();
        month = f.captured(2).toInt();
        year = f.captured(3).toInt();
    } else if (auto p = packed.match(text); p.hasMatch()) {
        day = p.captured(1).toInt();
        month = p.captured(2).toInt();
        year = p.captured(3).toInt();
    } else {
        return fail(ErrorCode::InvalidInput,
                    tr("Type the birth date as day/month/year, for example 12/03/1985."));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, tr("%1 is not a date that exists.").arg(text));
    if (date > today)
        return fail(ErrorCode::InvalidInput, tr("A birth date cannot be in the future."));
    if (date < today.addYears(-130))
        return fail(ErrorCode::InvalidInput,
                    tr("A birth date more than 130 years ago is surely a typing mistake."));
    return date;
}

QList<QDate> IdentityTraits::shortBirthDates(const QString &typed, const QDate &today)
{
    static const QRegularExpression shortYear(
        QStringLiteral("^([0-9]{1,2})[/.\\- ]([0-9]{1,2})[/.\\- ]([0-9]{2})$"));
    const auto m = shortYear.match(typed.trimmed());
    if (!m.hasMatch())
        return {};
    QList<QDate> dates;
    for (int century : {2000, 1900}) {
        const QDate date(century + m.captured(3).toInt(), m.captured(2).toInt(),
                         m.captured(1).toInt());
        if (date.isValid() && date <= today && date >= today.addYears(-130))
            dates.append(date);
    }
    return dates;
}

Status IdentityTraits::checkBirthPlace(const QString &code)
{
    static const QRegularExpression metropolitan(
        QStringLiteral("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B)[0-9]{3}$"));
    static const QRegularExpression overseas(QStringLiteral("^(97[1-8]|98[4678])[0-9]{2}$"));
    static const QRegularExpression abroad(QStringLiteral("^99[1-9][0-9]{2}$"));
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The place of birth is missing."));
    if (metropolitan.match(c).hasMatch() || overseas.match(c).hasMatch() ||
        abroad.match(c).hasMatch()) {
        if (c.right(isAbroad(c)
                        ? 3
                        : (c.startsWith(QLatin1String("97")) || c.startsWith(QLatin1String("98"))
                               ? 2
                               : 3))
                .toInt() == 0)
            return fail(ErrorCode::InvalidInput,
                        tr("%1 names no commune or country: its last digits are zeros.").arg(c));
        return {};
    }
    return fail(ErrorCode::InvalidInput,
                tr("%1 is not an INSEE place-of-birth code: 5 characters, the département (2A or "
                   "2B for Corsica) then the commune, or 99 and the country for a birth abroad.")
                    .arg(c));
}

} // namespace relais
