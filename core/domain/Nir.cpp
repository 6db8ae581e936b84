#include "Nir.h"

#include <QRegularExpression>

namespace relais {

namespace {

// Overseas départements and collectivities numbered with 3 digits (commune then has 2).
bool isOverseas(const QString &three)
{
    static const QStringList codes = {
        QStringLiteral("971"), QStringLiteral("972"), QStringLiteral("973"), QStringLiteral("974"),
        QStringLiteral("975"), QStringLiteral("976"), QStringLiteral("977"), QStringLiteral("978"),
        QStringLiteral("984"), QStringLiteral("986"), QStringLiteral("987"), QStringLiteral("988")};
    return codes.contains(three);
}

} // namespace

Nir::Nir(QString body, int key)
    : m_body(std::move(body))
    , m_key(key)
{}

int Nir::computeKey(const QString &body)
{
    QString digits = body;
    digits.replace(QLatin1String("2A"), QLatin1String("19"));
    digits.replace(QLatin1String("2B"), QLatin1String("18"));
    // 13 digits fit in 64 bits; the remainder is taken as a whole.
    return 97 - static_cast<int>(digits.toLongLong() % 97);
}

QString Nir::key() const
{
    return QStringLiteral("%1").arg(m_key, 2, 10, QLatin1Char('0'));
}

QString Nir::formatted() const
{
    const bool overseas = isOverseas(m_body.mid(5, 3));
    const int place = overseas ? 3 : 2;
    return QStringList{m_body.left(1),
                       m_body.mid(1, 2),
                       m_body.mid(3, 2),
                       m_body.mid(5, place),
                       m_body.mid(5 + place, 5 - place),
                       m_body.mid(10, 3),
                       key()}
        .join(QLatin1Char(' '));
}

bool Nir::isTemporary() const
{
    const QChar s = sexDigit();
    return s == QLatin1Char('3') || s == QLatin1Char('4') || s == QLatin1Char('7') ||
           s == QLatin1Char('8');
}

int Nir::birthMonth() const
{
    const int month = m_body.mid(3, 2).toInt();
    return month >= 1 && month <= 12 ? month : 0;
}

QString Nir::departement() const
{
    return isOverseas(m_body.mid(5, 3)) ? m_body.mid(5, 3) : m_body.mid(5, 2);
}

Result<Nir> Nir::parse(const QString &typed)
{
    QString text = typed;
    text.remove(QLatin1Char(' '));
    text = text.toUpper();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The social-security number is missing."));
    if (text.size() != 13 && text.size() != 15)
        return fail(ErrorCode::InvalidInput,
                    tr("A social-security number has 15 characters (13, then a 2-digit key); this "
                       "one has %1.")
                        .arg(text.size()));
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}(?:[0-9]{2})?$"));
    if (!shape.match(text).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("A social-security number has digits only, except 2A or 2B for Corsica."));

    const QString body = text.left(13);
    const QChar sex = body.at(0);
    if (!QStringLiteral("123478").contains(sex))
        return fail(ErrorCode::InvalidInput,
                    tr("The first digit gives the sex: 1 or 2 (3, 4, 7 or 8 for a temporary "
                       "number), not %1.")
                        .arg(sex));
    const int month = body.mid(3, 2).toInt();
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50))
        return fail(
            ErrorCode::InvalidInput,
            tr("Digits 4 and 5 give the month of birth: %1 is not one.").arg(body.mid(3, 2)));

    const QString dep = body.mid(5, 2);
    const QString three = body.mid(5, 3);
    QString commune = body.mid(7, 3);
    if (dep == QLatin1String("97") || dep == QLatin1String("98")) {
        if (!isOverseas(three))
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not an overseas département or collectivity.").arg(three));
        commune = body.mid(8, 2);
    } else if (dep == QLatin1String("00") || dep == QLatin1String("96")) {
        // "20" stays valid: people born in Corsica before the 1976 split kept it.
        return fail(ErrorCode::InvalidInput, tr("%1 is not a département of birth.").arg(dep));
    }
    if (commune.toInt() == 0)
        return fail(ErrorCode::InvalidInput,
                    dep == QLatin1String("99")
                        ? tr("The country of birth code cannot be %1.").arg(commune)
                        : tr("The commune of birth code cannot be %1.").arg(commune));
    if (body.mid(10, 3).toInt() == 0)
        return fail(ErrorCode::InvalidInput, tr("The order number cannot be 000."));

    const int expected = computeKey(body);
    // The right key is never named: a tired person would "correct" the key and file someone
    // else's number. The mistake may be anywhere in the 15 digits.
    if (text.size() == 15 && text.mid(13, 2).toInt() != expected)
        return fail(ErrorCode::InvalidInput,
                    tr("This social-security number does not check out (its last two digits, the "
                       "key, do not match the 13 before): a digit was mistyped. Read it again "
                       "from the card or the certificate, all 15 digits."));
    return Nir(body, expected);
}

Status Nir::consistentWith(QChar sex, const QDate &birthDate) const
{
    const bool male = QStringLiteral("137").contains(sexDigit());
    if ((sex == QLatin1Char('M') && !male) || (sex == QLatin1Char('F') && male))
        return fail(ErrorCode::InvalidInput,
                    tr("The social-security number says %1, the identity says otherwise.")
                        .arg(male ? tr("a man") : tr("a woman")));
    if (birthDate.isValid()) {
        if (birthDate.year() % 100 != birthYearTwoDigits())
            return fail(ErrorCode::InvalidInput,
                        tr("The social-security number says born in ..%1, the birth date says %2.")
                            .arg(m_body.mid(1, 2))
                            .arg(birthDate.year()));
        if (birthMonth() != 0 && birthMonth() != birthDate.month())
            return fail(ErrorCode::InvalidInput,
                        tr("The social-security number gives month %1 of birth, the birth date %2.")
                            .arg(birthMonth())
                            .arg(birthDate.month()));
    }
    return {};
}

} // namespace relais
