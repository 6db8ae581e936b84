#include "FormHelpers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

constexpr char InvalidMark[] = "relaisInvalid";

// A wrapped reason asks for the height its text needs at the width it is given, each time that
// width changes: Qt's layouts do not ask a window's wrapped labels for it, so a form made
// narrower (a small screen) would otherwise lay the next row over the reason's last lines.
class WholeText : public QObject
{
public:
    explicit WholeText(QLabel *label)
        : QObject(label)
    {
        label->installEventFilter(this);
    }

    static void fit(QLabel *label)
    {
        // heightForWidth() never answers below the minimum height: measured with the one set
        // at a narrower width, a label made wide again would keep every line it had.
        label->setMinimumHeight(0);
        label->setMinimumHeight(label->text().isEmpty() ? 0
                                                        : label->heightForWidth(label->width()));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit(static_cast<QLabel *>(watched));
        return false;
    }
};

QString reasonNameFor(const QString &field)
{
    return QStringLiteral("reason:") + field;
}

void unmark(QWidget *field)
{
    field->setProperty(InvalidMark, false);
    field->setStyleSheet(QString());
    if (auto *reason = field->window()->findChild<QLabel *>(reasonNameFor(field->objectName()))) {
        reason->clear();
        reason->hide();
    }
}

void clearMarks(QWidget *form)
{
    for (QWidget *marked : form->findChildren<QWidget *>()) {
        if (marked->property(InvalidMark).toBool())
            unmark(marked);
    }
}

// Marks the field and says why under it; returns false when the form has no such field or no
// place under it for the reason.
bool markField(QWidget *form, const Error &error)
{
    auto *field = form->findChild<QWidget *>(error.field);
    if (!field)
        return false;
    // The field itself shows it is the one refused, until it is edited.
    field->setProperty(InvalidMark, true);
    field->setStyleSheet(QStringLiteral("border: 1px solid #a40000;"));
    const auto lift = [field] { unmark(field); };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        QObject::connect(edit, &QLineEdit::textEdited, edit, lift, Qt::SingleShotConnection);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        QObject::connect(combo, &QComboBox::activated, combo, lift, Qt::SingleShotConnection);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        QObject::connect(text, &QPlainTextEdit::textChanged, text, lift, Qt::SingleShotConnection);
    auto *reason = form->findChild<QLabel *>(reasonNameFor(error.field));
    if (!reason)
        return false;
    reason->setText(error.message);
    // Until the label is laid out, the field's width is the best guess at its own.
    reason->resize(std::max(field->width(), 200), reason->height());
    WholeText::fit(reason);
    reason->show();
    return true;
}

// Watches a dialog for Escape and the window's close button.
class DiscardGuard : public QObject
{
public:
    explicit DiscardGuard(QDialog *form)
        : QObject(form)
        , m_form(form)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_form)
            return false;
        const bool escape = event->type() == QEvent::KeyPress &&
                            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
                            static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier;
        const bool closing =
            event->type() == QEvent::Close && m_form->result() == 0 && m_form->isVisible();
        if ((!escape && !closing) || !typedSomething())
            return false;
        const auto answer = QMessageBox::question(
            m_form, QCoreApplication::translate("relais::ui::FormHelpers", "Throw away?"),
            QCoreApplication::translate("relais::ui::FormHelpers",
                                        "What you typed in this form is not saved. Close it "
                                        "and throw it away?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            m_form->reject();
            if (closing)
                return false;
        } else if (closing) {
            event->ignore();
        }
        return true;
    }

private:
    bool typedSomething() const
    {
        // A form whose work is not all in its fields (the lines of a prescription) says so.
        if (m_form->property(UnsavedProperty).toBool())
            return true;
        for (const QLineEdit *edit : m_form->findChildren<QLineEdit *>()) {
            if (edit->property(NotInputProperty).toBool())
                continue;
            if (edit->isModified() && !edit->text().trimmed().isEmpty())
                return true;
        }
        for (const QPlainTextEdit *text : m_form->findChildren<QPlainTextEdit *>()) {
            if (text->document()->isModified() && !text->toPlainText().trimmed().isEmpty())
                return true;
        }
        return false;
    }

    QDialog *m_form;
};

} // namespace

QWidget *scrollingContent(QWidget *page, bool sideways)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    if (!sideways)
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    return content;
}

void keepWhole(QLabel *label)
{
    new WholeText(label);
}

void askBeforeDiscarding(QDialog *form)
{
    form->installEventFilter(new DiscardGuard(form));
}

QLabel *makeReasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("reason"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    return label;
}

QPushButton *makeButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false);
    return button;
}

QLineEdit *makeNamedEdit(QWidget *parent, const char *name, bool secret)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

void resizeWithinScreen(QWidget *window, const QSize &wanted)
{
    const QWidget *parent = window->parentWidget();
    const QScreen *screen = parent ? parent->screen() : window->screen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    // The window manager's frame and title bar take some room around the window.
    const QSize room = screen->availableGeometry().size() - QSize(24, 48);
    window->resize(wanted.boundedTo(room).expandedTo(window->minimumSizeHint()));
}

QTableView *makeListTable(QWidget *parent, QAbstractItemModel *model, const QString &name,
                          int stretchColumn)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn < 0)
        header->setStretchLastSection(true);
    else
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

void addFieldRow(QFormLayout *form, const QString &label, QWidget *field)
{
    addFieldRow(form, label, field, field);
}

void addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *row)
{
    form->addRow(label, row);
    auto *reason = new QLabel(row->parentWidget());
    reason->setObjectName(reasonNameFor(field->objectName()));
    reason->setWordWrap(true);
    // Right under its field, whatever room the row is given.
    reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    keepWhole(reason);
    reason->setStyleSheet(QStringLiteral("color: #a40000;"));
    reason->hide();
    form->addRow(static_cast<QWidget *>(nullptr), reason);
}

void showFormError(QWidget *form, QLabel *reason, const Error &error)
{
    // Only the latest refusal is marked: earlier marks go.
    clearMarks(form);
    const bool underField = !error.field.isEmpty() && markField(form, error);
    reason->setText(underField ? QString() : error.message);
    if (auto *field = form->findChild<QWidget *>(error.field); field && !error.field.isEmpty())
        field->setFocus();
}

void showAllProblems(QWidget *form, QLabel *reason, const QList<Error> &problems)
{
    clearMarks(form);
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (const Error &problem : problems) {
        if (problem.field.isEmpty() || !markField(form, problem)) {
            elsewhere.append(problem.message);
            continue;
        }
        // The first in focus order, not in the order the rules were checked.
        auto *field = form->findChild<QWidget *>(problem.field);
        if (!first)
            first = field;
        else {
            for (QWidget *w = form->nextInFocusChain(); w && w != form; w = w->nextInFocusChain()) {
                if (w == first)
                    break;
                if (w == field) {
                    first = field;
                    break;
                }
            }
        }
    }
    reason->setText(elsewhere.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

void showFieldProblems(QWidget *form, const QList<Error> &problems, const QStringList &fields)
{
    clearMarks(form);
    for (const Error &problem : problems) {
        if (fields.contains(problem.field))
            markField(form, problem);
    }
}

} // namespace relais::ui
