#include "PhoneNumber.h"

#include <QRegularExpression>

namespace relais {

namespace {

struct Overseas
{
    const char *national; // the first 4 digits of the national number
    const char *country;
};

// Ten-digit French numbers whose E.164 form is not +33 (ARCEP numbering plan).
constexpr Overseas OverseasPrefixes[] = {
    {"0262", "262"}, {"0263", "262"}, {"0692", "262"}, {"0693", "262"}, // Réunion
    {"0269", "262"}, {"0639", "262"},                                   // Mayotte
    {"0590", "590"}, {"0690", "590"}, {"0691", "590"}, // Guadeloupe, St-Martin, St-Barth
    {"0594", "594"}, {"0694", "594"},                  // Guyane
    {"0596", "596"}, {"0696", "596"}, {"0697", "596"}, // Martinique
};

} // namespace

PhoneNumber::PhoneNumber(QString e164)
    : m_e164(std::move(e164))
{}

Result<PhoneNumber> PhoneNumber::parse(const QString &typed)
{
    QString text = typed.trimmed();
    text.remove(QStringLiteral("(0)"));
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-/()]"));
    text.remove(separators);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The phone number is missing."));
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]+$"));
    if (!digits.match(text).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("A phone number has digits only (spaces, dots and a leading + are fine)."));

    if (text.startsWith(QLatin1Char('+'))) {
        // +33 followed by the national number without its 0.
        if (text.startsWith(QLatin1String("+33"))) {
            const QString national = QLatin1Char('0') + text.mid(3);
            return parse(national);
        }
        // Country code and subscriber number together have 9 to 15 digits in practice; shorter
        // is more likely a French number typed with a stray 00.
        if (text.size() < 10 || text.size() > 16)
            return fail(ErrorCode::InvalidInput,
                        tr("An international number has 9 to 15 digits after the +."));
        return PhoneNumber(text);
    }
    static const QRegularExpression french(QStringLiteral("^0[1-9][0-9]{8}$"));
    if (!french.match(text).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("A French phone number has 10 digits and starts with 0, for example "
                       "06 12 34 56 78."));
    for (const Overseas &prefix : OverseasPrefixes) {
        if (text.startsWith(QLatin1String(prefix.national)))
            return PhoneNumber(QLatin1Char('+') + QLatin1String(prefix.country) + text.mid(1));
    }
    return PhoneNumber(QStringLiteral("+33") + text.mid(1));
}

QString PhoneNumber::display() const
{
    QString national;
    if (m_e164.startsWith(QLatin1String("+33")) && m_e164.size() == 12) {
        national = QLatin1Char('0') + m_e164.mid(3);
    } else {
        for (const Overseas &prefix : OverseasPrefixes) {
            const QString e164Prefix = QLatin1Char('+') + QLatin1String(prefix.country) +
                                       QLatin1String(prefix.national).mid(1);
            if (m_e164.startsWith(e164Prefix) && m_e164.size() == 1 + 3 + 9) {
                national = QLatin1Char('0') + m_e164.mid(4);
                break;
            }
        }
    }
    if (national.isEmpty())
        return m_e164;
    QStringList pairs;
    for (int i = 0; i < national.size(); i += 2)
        pairs.append(national.mid(i, 2));
    return pairs.join(QLatin1Char(' '));
}

QString PhoneNumber::international() const
{
    const QString national = display();
    if (national == m_e164)
        return m_e164;
    // The display form is "0X XX XX XX XX": its digits after the 0 are the E.164 number's last.
    const QString digits = national.mid(1);
    const qsizetype subscriber = QString(digits).remove(QLatin1Char(' ')).size();
    return m_e164.left(m_e164.size() - subscriber) + QLatin1Char(' ') + digits;
}

} // namespace relais
