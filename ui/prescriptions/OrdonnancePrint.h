#pragma once

#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

// Printing a signed prescription from the window: on paper through the print preview, or to a
// PDF file; either way it is then marked printed, and the next copy says DUPLICATA. Missing
// mentions (the prescriber's e-mail…) are said before, with the choice to print anyway.
class OrdonnancePrint
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::OrdonnancePrint)

public:
    OrdonnancePrint(Vault &vault, const Session &session, QWidget *parent);

    // The print preview, then the printer; false when nothing was printed (or why is shown).
    bool toPrinter(const QString &id);
    // Several signed in a row: the printer chosen once, then each ordonnance as its own job.
    // How many were printed.
    int toPrinter(const QStringList &ids);
    // To `path` (asked when empty); false when nothing was written.
    bool toPdf(const QString &id, QString path = {});

private:
    Vault &m_vault;
    Session m_session;
    QWidget *m_parent;
};

} // namespace relais::ui
