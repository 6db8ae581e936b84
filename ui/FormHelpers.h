#pragma once

#include "util/Result.h"

class QLabel;
class QLineEdit;
class QWidget;

namespace relais::ui {

// The pieces every form of Relais shares, so that they look and behave alike.

// The red line under a form that says why the input was refused.
QLabel *makeReasonLabel(QWidget *parent);
// A line edit named as the service names the field, so errors can find it.
QLineEdit *makeNamedEdit(QWidget *parent, const char *name, bool secret = false);
// Shows the error's reason and puts the cursor in the field it is about.
void showFormError(QWidget *form, QLabel *reason, const Error &error);

} // namespace relais::ui
