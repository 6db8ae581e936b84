#include "FormHelpers.h"

#include <QLabel>
#include <QLineEdit>

namespace relais::ui {

namespace {
constexpr char InvalidMark[] = "relaisInvalid";
} // namespace

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
    // Only the latest refusal is marked: earlier marks go.
    for (QWidget *marked : form->findChildren<QWidget *>()) {
        if (marked->property(InvalidMark).toBool()) {
            marked->setProperty(InvalidMark, false);
            marked->setStyleSheet(QString());
        }
    }
    reason->setText(error.message);
    if (error.field.isEmpty())
        return;
    auto *field = form->findChild<QWidget *>(error.field);
    if (!field)
        return;
    // The field itself shows it is the one refused, until it is edited.
    field->setProperty(InvalidMark, true);
    field->setStyleSheet(QStringLiteral("border: 1px solid #a40000;"));
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        QObject::connect(
            edit, &QLineEdit::textEdited, edit,
            [edit] {
                edit->setProperty(InvalidMark, false);
                edit->setStyleSheet(QString());
            },
            Qt::SingleShotConnection);
    }
    field->setFocus();
}

} // namespace relais::ui
