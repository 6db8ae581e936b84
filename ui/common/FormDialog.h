#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace relais::ui {

// The base of every dialog of Relais that saves what was typed: the subclass lays out its
// fields in body(); below them come the line that says why a save was refused and the
// Save/Cancel buttons. Escape on typed input asks before throwing it away. A refusal shows
// under its field, which gets the cursor (the first of them when there are several).
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    // `acceptText`: the accepting button's verb when "Save" is not the word ("&Merge"); it is
    // named `acceptName` for tests and the focus order.
    explicit FormDialog(QWidget *parent, const QString &acceptText = QString(),
                        const QString &acceptName = QString());

    // The accepting button and Enter call it: checks and saves what was typed, then accept()s,
    // or says why not with refuse() and leaves the form as typed.
    virtual void save() = 0;

    ~FormDialog() override;
    void setVisible(bool visible) override;

protected:
    bool event(QEvent *event) override;

    // Where the fields go, above the reason line and the buttons.
    QVBoxLayout *body() const { return m_body; }
    // A form layout added to the body, for rows made with addFieldRow() (FormHelpers.h).
    QFormLayout *addForm();
    QPushButton *acceptButton() const { return m_accept; }
    // One more button beside Save and Cancel, for a second way to finish ("Sign…").
    QPushButton *addButton(const QString &text, const QString &name);
    // `wanted`, or less on a screen that has not that much room (a 1024×600 netbook).
    void resizeWithinScreen(const QSize &wanted);
    QLabel *reasonLabel() const { return m_reason; }

    // Shows why the save was refused, under its field when the form has one, and puts the
    // cursor there.
    void refuse(const Error &error);
    // Every problem at once, each under its field; the cursor in the first in focus order.
    void refuseAll(const QList<Error> &problems);

private:
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace relais::ui
