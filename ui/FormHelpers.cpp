#include "FormHelpers.h"

#include <QLabel>
#include <QLineEdit>

namespace relais::ui {

QLabel *makeReasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("reason"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    return label;
}

QLineEdit *makeNamedEdit(QWidget *parent, const char *name, bool secret)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

void showFormError(QWidget *form, QLabel *reason, const Error &error)
{
    reason->setText(error.message);
    if (error.field.isEmpty())
        return;
    if (auto *field = form->findChild<QWidget *>(error.field))
        field->setFocus();
}

} // namespace relais::ui
