#include "EmailAddress.h"

#include <QRegularExpression>

namespace relais {

Status EmailAddress::check(const QString &typed)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!shape.match(typed).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("%1 is not an e-mail address.").arg(typed));
    return {};
}

} // namespace relais
