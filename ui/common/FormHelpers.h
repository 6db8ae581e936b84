#pragma once

#include "util/Result.h"

#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QDialog;
class QFormLayout;
class QTableView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSize;
class QString;
class QWidget;

namespace relais::ui {

// The pieces every form of Relais shares, so that they look and behave alike.

// A wrapped label that keeps the height its whole text needs at the width it gets, so that a
// narrow window makes room for it rather than laying the next row over it.
void keepWhole(QLabel *label);
// The red line under a form that says why the input was refused.
QLabel *makeReasonLabel(QWidget *parent);
// Gives `window` the size it `wanted`, or less on a screen that has not that much room (a
// 1024×600 netbook), never less than its layout needs.
void resizeWithinScreen(QWidget *window, const QSize &wanted);
// A button of a page (not a dialog's default): named for tests, Enter elsewhere never presses it.
QPushButton *makeButton(const QString &text, const char *name, QWidget *parent);
// A line edit named as the service names the field, so errors can find it.
QLineEdit *makeNamedEdit(QWidget *parent, const char *name, bool secret = false);
// A read-only list of records, one selected row at a time, named for tests and focus order.
// `stretchColumn` takes the spare width (-1: the last column).
QTableView *makeListTable(QWidget *parent, QAbstractItemModel *model, const QString &name,
                          int stretchColumn = -1);
// Fills `page` with a scroll area and returns the widget to lay the page out in: on a small
// screen the page scrolls rather than squeezing its texts. `sideways` off: sentences wrap to
// the width instead.
QWidget *scrollingContent(QWidget *page, bool sideways = true);
// A form row whose refusal reason shows right under its field rather than under the form.
void addFieldRow(QFormLayout *form, const QString &label, QWidget *field);
// The same for a field laid out in a row of its own (with its unit, say): `row` is shown,
// `field` is the one named and marked.
void addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *row);
// Shows the error's reason (under its field when the form has a row for it, else in `reason`)
// and puts the cursor in the field it is about.
void showFormError(QWidget *form, QLabel *reason, const Error &error);
// On save: marks every field of `problems` at once, each with its reason, and puts the cursor
// in the first (in the form's own order); a problem with no field goes in `reason`.
void showAllProblems(QWidget *form, QLabel *reason, const QList<Error> &problems);
// Escape (or closing the window) on a form where something was typed asks before throwing it
// away; an untouched form closes at once. Install once, in the dialog's constructor.
void askBeforeDiscarding(QDialog *form);
// What askBeforeDiscarding() reads besides the fields: a form with work that is in no field
// sets this property true while it is unsaved; a search field sets the other, and what it holds
// is never counted as typed input.
constexpr auto UnsavedProperty = "relaisUnsaved";
constexpr auto NotInputProperty = "relaisNotInput";
// As the person types: marks every field of `problems` that is in `fields` (those already
// left), each with its reason, and clears the others; the cursor stays where it is.
void showFieldProblems(QWidget *form, const QList<Error> &problems, const QStringList &fields);

} // namespace relais::ui
