#include "FormDialog.h"

#include "FormHelpers.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace relais::ui {

FormDialog::FormDialog(QWidget *parent, const QString &acceptText, const QString &acceptName)
    : QDialog(parent)
{
    askBeforeDiscarding(this);
    m_layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_body);
    m_reason = makeReasonLabel(this);
    m_layout->addWidget(m_reason);
    if (acceptText.isEmpty()) {
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_accept = m_buttons->button(QDialogButtonBox::Save);
    } else {
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
        m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    }
    if (!acceptName.isEmpty())
        m_accept->setObjectName(acceptName);
    // save() is virtual: called through the lambda once the subclass exists, never here.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FormDialog::~FormDialog()
{
    if (!m_buttons->parent())
        delete m_buttons;
}

void FormDialog::setVisible(bool visible)
{
    // The buttons join the dialog when it first shows, after the subclass has made its fields:
    // a widget joins the end of the Tab order, so Save and Cancel come after the last field
    // and the first field, not Save, gets the cursor.
    if (visible && !m_buttons->parent())
        m_layout->addWidget(m_buttons);
    QDialog::setVisible(visible);
}

bool FormDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // Qt sets no minimum height on a window whose layout has wrapped text (its height depends
    // on its width), so a form made short enough laid its rows over each other. The minimum
    // follows the height the form needs at the width it has, each time either changes.
    if ((event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) &&
        m_layout->hasHeightForWidth()) {
        const int needed = m_layout->totalMinimumHeightForWidth(width());
        if (needed > 0 && needed != minimumHeight())
            setMinimumHeight(needed);
    }
    return handled;
}

QPushButton *FormDialog::addButton(const QString &text, const QString &name)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

void FormDialog::resizeWithinScreen(const QSize &wanted)
{
    ui::resizeWithinScreen(this, wanted);
}

QFormLayout *FormDialog::addForm()
{
    auto *form = new QFormLayout;
    m_body->addLayout(form);
    return form;
}

void FormDialog::refuse(const Error &error)
{
    showFormError(this, m_reason, error);
}

void FormDialog::refuseAll(const QList<Error> &problems)
{
    showAllProblems(this, m_reason, problems);
}

} // namespace relais::ui
