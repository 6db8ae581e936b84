#include "DrugBarcode.h"

namespace relais {

namespace {

constexpr char16_t GroupSeparator = 0x1D;

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// YYMMDD, where a day of 00 means the end of the month (GS1 General Specifications, 7.12).
QDate expiryDate(QStringView digits)
{
    const int year = 2000 + digits.mid(0, 2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int day = digits.mid(4, 2).toInt();
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return day == 0 ? QDate(year, month, first.daysInMonth()) : QDate(year, month, day);
}

// A field of variable length runs to the next separator, or to the end.
QString variableField(QStringView text, qsizetype *at)
{
    qsizetype end = text.indexOf(QChar(GroupSeparator), *at);
    if (end < 0)
        end = text.size();
    const QString field = text.mid(*at, end - *at).toString();
    *at = end < text.size() ? end + 1 : end;
    return field;
}

} // namespace

bool DrugBarcode::validCip13(const QString &digits)
{
    if (digits.size() != 13 || !allDigits(digits))
        return false;
    // GS1 weights 1 and 3 from the left for 13 digits; the last digit makes the sum a multiple
    // of 10.
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == digits.at(12).digitValue();
}

std::optional<DrugBarcode> DrugBarcode::read(const QString &text)
{
    QString code = text.trimmed();
    if (code.startsWith(QLatin1String("]d2")) || code.startsWith(QLatin1String("]C1")))
        code = code.mid(3);
    // The human-readable form: "(01)…(17)…" — the parentheses stand where separators would.
    if (code.startsWith(QLatin1Char('('))) {
        code.replace(QLatin1Char(')'), QString());
        code.replace(QLatin1Char('('), QChar(GroupSeparator));
        code = code.mid(1);
    }
    code.remove(QLatin1Char(' '));
    DrugBarcode barcode;
    if (code.size() == 7 && allDigits(code)) {
        barcode.cip7 = code;
        return barcode;
    }
    if (code.size() == 13 && allDigits(code)) {
        if (!validCip13(code))
            return std::nullopt;
        barcode.cip13 = code;
        return barcode;
    }
    if (!code.startsWith(QLatin1String("01")) || code.size() < 16 ||
        !allDigits(QStringView(code).mid(2, 14)))
        return std::nullopt;
    // A GTIN-14 of a French drug is a 0 then the CIP13.
    const QString gtin = code.mid(2, 14);
    if (!gtin.startsWith(QLatin1Char('0')) || !validCip13(gtin.mid(1)))
        return std::nullopt;
    barcode.cip13 = gtin.mid(1);
    qsizetype at = 16;
    while (at < code.size()) {
        if (code.at(at) == QChar(GroupSeparator)) {
            ++at;
            continue;
        }
        const QStringView ai = QStringView(code).mid(at, 2);
        at += 2;
        if (ai == u"17" && at + 6 <= code.size() && allDigits(QStringView(code).mid(at, 6))) {
            barcode.expiry = expiryDate(QStringView(code).mid(at, 6));
            at += 6;
        } else if (ai == u"10") {
            barcode.batch = variableField(code, &at);
        } else if (ai == u"21") {
            barcode.serial = variableField(code, &at);
        } else {
            break; // an identifier a drug box does not carry: the rest is not read
        }
    }
    return barcode;
}

} // namespace relais
