#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// An e-mail address as a patient file or a prescription header keeps it: something@somewhere.tld,
// without spaces. Whether the mailbox exists is not ours to know.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(relais::EmailAddress)

public:
    // Refused with a sentence that names the text; an empty text is the caller's to allow.
    static Status check(const QString &typed);
};

} // namespace relais
