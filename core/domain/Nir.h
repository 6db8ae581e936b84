#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace relais {

// The NIR (numéro d'inscription au répertoire, the social-security number), which is also the INS
// matricule. 13 characters of body and a 2-digit key; the body is sex, year and month of birth,
// place of birth (département and commune, or 99 and a country abroad), and an order number.
// A Nir cannot hold an invalid value: parse() says what is wrong.
class Nir
{
    Q_DECLARE_TR_FUNCTIONS(relais::Nir)

public:
    // 15 characters with the key, or the 13 of the body alone (the key is then computed).
    // Spaces and lower-case 2a/2b are accepted, as people type them.
    static Result<Nir> parse(const QString &typed);
    // 97 − (body mod 97), with 2A read as 19 and 2B as 18.
    static int computeKey(const QString &body);

    const QString &body() const { return m_body; }
    QString key() const;
    QString toString() const { return m_body + key(); }
    // "2 55 08 14 168 025 38", the grouping printed on the carte Vitale.
    QString formatted() const;

    QChar sexDigit() const { return m_body.at(0); }
    // 3, 4 (foreign-born, temporary) and 7, 8 (NIA): numbers pending a definitive NIR.
    bool isTemporary() const;
    int birthYearTwoDigits() const { return m_body.mid(1, 2).toInt(); }
    // 1–12, or 0 when the birth record gave no month (20–42, 50–99).
    int birthMonth() const;
    QString departement() const;
    bool bornAbroad() const { return m_body.mid(5, 2) == QLatin1String("99"); }

    // Checks the number against the person's sex ('F' or 'M') and birth date, as RNIV asks
    // before an identity is validated.
    Status consistentWith(QChar sex, const QDate &birthDate) const;

private:
    explicit Nir(QString body, int key);
    QString m_body;
    int m_key = 0;
};

} // namespace relais
