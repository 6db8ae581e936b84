#include "RemindersDialog.h"

#include "domain/PhoneNumber.h"
#include "domain/PracticeTime.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais::ui {

RemindersDialog::RemindersDialog(Vault &vault, const Session &session, const QDate &day,
                                 QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_session(session)
    , m_day(day)
{
    setWindowTitle(
        tr("Reminders for %1").arg(QLocale().toString(day, QStringLiteral("dddd d MMMM"))));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("calls"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Patient"), tr("Phone"), tr("With"), tr("Reminded")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("remindersStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *toggle = buttons->addButton(tr("&Reminded (Space)"), QDialogButtonBox::ActionRole);
    toggle->setObjectName(QStringLiteral("toggleReminded"));
    auto *csv = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsv"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(toggle, &QPushButton::clicked, this, &RemindersDialog::toggleSelected);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &RemindersDialog::toggleSelected);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the call list"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                tr("reminders-%1.csv").arg(m_day.toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    resize(680, 420);
    reload();
}

void RemindersDialog::reload()
{
    const int current = m_table->currentRow();
    auto calls = Reminders(m_vault).of(m_session, m_day);
    if (!calls) {
        m_status->setText(calls.error().message);
        return;
    }
    m_calls = *calls;
    m_table->setRowCount(static_cast<int>(m_calls.size()));
    int reminded = 0;
    for (int row = 0; row < m_calls.size(); ++row) {
        const Reminders::Call &c = m_calls.at(row);
        const bool done = c.entry.appointment.remindedAt.isValid();
        reminded += done ? 1 : 0;
        const QStringList cells{
            PracticeTime::toLocal(c.entry.appointment.start).toString(QStringLiteral("HH:mm")),
            c.entry.patientName,
            c.entry.phone.isEmpty() ? tr("no phone") : [&] {
                const auto phone = PhoneNumber::parse(c.entry.phone);
                return phone ? phone->display() : c.entry.phone;
            }(),
            c.practitionerName,
            done ? tr("yes, at %1")
                       .arg(PracticeTime::toLocal(c.entry.appointment.remindedAt)
                                .toString(QStringLiteral("HH:mm")))
                 : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_status->setText(
        m_calls.isEmpty()
            ? tr("No appointment on that day: nobody to call.")
            : tr("%1 of %n reminded.", nullptr, static_cast<int>(m_calls.size())).arg(reminded));
    m_table->setCurrentCell(std::clamp(current, 0, std::max(0, m_table->rowCount() - 1)), 0);
    m_table->setFocus();
}

void RemindersDialog::toggleSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_calls.size())
        return;
    const Appointment &a = m_calls.at(row).entry.appointment;
    const Status done = Agenda(m_vault).markReminded(m_session, a.id, !a.remindedAt.isValid());
    if (!done) {
        m_status->setText(done.error().message);
        return;
    }
    reload();
    m_table->setCurrentCell(std::min(row + 1, m_table->rowCount() - 1), 0);
}

bool RemindersDialog::exportTo(const QString &path)
{
    QFile file(path);
    const QByteArray bytes = Reminders::csv(m_calls);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        m_status->setText(tr("%1 cannot be written: %2.").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Call list saved to %1.").arg(path));
    return true;
}

} // namespace relais::ui
