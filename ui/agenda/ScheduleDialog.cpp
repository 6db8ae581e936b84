#include "ScheduleDialog.h"

#include "common/FormHelpers.h"
#include "domain/PracticeTime.h"
#include "services/Schedules.h"
#include "storage/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <functional>

namespace relais::ui {

namespace {

enum HoursColumn
{
    HoursDay,
    HoursStart,
    HoursEnd,
    HoursWeeks,
    HoursTypes,
    HoursUnscheduled,
};

constexpr int AbsenceIdRole = Qt::UserRole;

QComboBox *weekdayBox(QWidget *parent, int weekday)
{
    auto *box = new QComboBox(parent);
    for (int day = 1; day <= 7; ++day)
        box->addItem(ScheduleRules::weekdayName(day), day);
    box->setCurrentIndex(weekday - 1);
    return box;
}

QTimeEdit *timeBox(QWidget *parent, const QTime &time)
{
    auto *edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QTableWidget *rangeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

// A table's "Add" and "Remove" buttons.
QWidget *tableButtons(QWidget *parent, QTableWidget *table, const QString &addText,
                      const std::function<void()> &add)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *plus = new QPushButton(addText, row);
    auto *minus = new QPushButton(ScheduleDialog::tr("Remove the selected line"), row);
    layout->addWidget(plus);
    layout->addWidget(minus);
    layout->addStretch();
    QObject::connect(plus, &QPushButton::clicked, row, add);
    QObject::connect(minus, &QPushButton::clicked, row, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return row;
}

} // namespace

ScheduleDialog::ScheduleDialog(Vault &vault, const Session &session,
                               const QList<UserAccount> &practitioners,
                               const QString &practitionerId, QWidget *parent)
    : FormDialog(parent, tr("&Save the week"), QStringLiteral("saveSchedule"))
    , m_vault(vault)
    , m_session(session)
{
    setWindowTitle(tr("Opening hours and absences"));
    QFormLayout *form = addForm();
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("practitioner"));
    for (const UserAccount &p : practitioners)
        m_practitioner->addItem(p.displayName, p.id);
    // Anyone with an account may be given hours: the assistant's own consultations, a nurse.
    form->addRow(tr("&Of:"), m_practitioner);

    m_hours = rangeTable(
        this, ScheduleRules::FieldHours,
        {tr("Day"), tr("From"), tr("To"), tr("Weeks"), tr("Types only"), tr("Unscheduled care")});
    // The types take what room is left; the last column's short title is explained on hover.
    m_hours->horizontalHeader()->setSectionResizeMode(HoursTypes, QHeaderView::Stretch);
    m_hours->horizontalHeaderItem(HoursUnscheduled)
        ->setToolTip(tr("Unscheduled care: held back for the day's unscheduled visits until "
                        "the time below, then open to all"));
    m_hours->setMinimumHeight(120);
    addFieldRow(form, tr("&Hours:"), m_hours);
    form->addRow(QString(), tableButtons(this, m_hours, tr("&Add hours"), [this] {
                     addHours({1, QTime(8, 30), QTime(12, 0)});
                 }));
    m_breaks = rangeTable(this, ScheduleRules::FieldBreaks, {tr("Day"), tr("From"), tr("To")});
    // A few breaks a week at most: the hours above get the height.
    m_breaks->setMinimumHeight(60);
    m_breaks->setMaximumHeight(100);
    addFieldRow(form, tr("&Breaks:"), m_breaks);
    form->addRow(QString(), tableButtons(this, m_breaks, tr("Add a brea&k"), [this] {
                     addBreak({1, QTime(10, 0), QTime(10, 30)});
                 }));
    m_cutoff = timeBox(this, QTime(11, 0));
    m_cutoff->setObjectName(QLatin1String(Schedules::FieldCutoff));
    addFieldRow(form, tr("Unscheduled care &opens to all at:"), m_cutoff);
    m_detail = new QComboBox(this);
    m_detail->setObjectName(QStringLiteral("calendarDetail"));
    m_detail->addItem(tr("the type and the patient's initials"),
                      static_cast<int>(CalendarDetail::Initials));
    m_detail->addItem(tr("the type only"), static_cast<int>(CalendarDetail::TypeOnly));
    form->addRow(tr("Calendar e&xport shows:"), m_detail);

    m_absences = new QListWidget(this);
    m_absences->setObjectName(QStringLiteral("absences"));
    m_absences->setMaximumHeight(64);
    form->addRow(tr("Absences:"), m_absences);
    auto *absenceRow = new QWidget(this);
    auto *absenceLayout = new QHBoxLayout(absenceRow);
    absenceLayout->setContentsMargins(0, 0, 0, 0);
    const QDateTime now = PracticeTime::toLocal(vault.clock().now());
    auto *from = new QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(0, 0)), absenceRow);
    from->setObjectName(QStringLiteral("absenceFrom"));
    from->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    from->setCalendarPopup(true);
    auto *to = new QDateTimeEdit(QDateTime(now.date().addDays(8), QTime(0, 0)), absenceRow);
    to->setObjectName(QStringLiteral("absenceTo"));
    to->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    to->setCalendarPopup(true);
    auto *why = new QLineEdit(absenceRow);
    why->setMinimumWidth(140);
    why->setPlaceholderText(tr("holiday, training…"));
    auto *add = new QPushButton(tr("Add the a&bsence"), absenceRow);
    auto *remove = new QPushButton(tr("Remove it"), absenceRow);
    absenceLayout->addWidget(from);
    absenceLayout->addWidget(new QLabel(QStringLiteral("→"), absenceRow));
    absenceLayout->addWidget(to);
    absenceLayout->addWidget(why, 1);
    absenceLayout->addWidget(add);
    absenceLayout->addWidget(remove);
    addFieldRow(form, QString(), from, absenceRow);
    connect(add, &QPushButton::clicked, this, [this, from, to, why] {
        auto start = PracticeTime::toUtc(from->date(), from->time());
        auto end = PracticeTime::toUtc(to->date(), to->time());
        if (!start || !end) {
            refuse(!start ? start.error() : end.error());
            return;
        }
        if (const Status added = addAbsence({*start, *end, why->text()}); !added)
            refuse(added.error());
        else
            why->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_absences->currentItem();
        if (!item)
            return;
        if (const Status gone =
                Schedules(m_vault).removeAbsence(m_session, item->data(AbsenceIdRole).toString());
            !gone)
            refuse(gone.error());
        loadAbsences();
    });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this,
            [this] { load(m_practitioner->currentData().toString()); });
    const int at = m_practitioner->findData(practitionerId);
    m_practitioner->setCurrentIndex(std::max(0, at));
    load(m_practitioner->currentData().toString());
    askBeforeDiscarding(this);
    resizeWithinScreen(QSize(920, 660));
}

void ScheduleDialog::load(const QString &practitionerId)
{
    m_hours->setRowCount(0);
    m_breaks->setRowCount(0);
    auto week = Schedules(m_vault).of(practitionerId);
    if (!week) {
        refuse(week.error());
        return;
    }
    for (const OpeningHours &h : std::as_const(week->hours))
        addHours(h);
    for (const Break &b : std::as_const(week->breaks))
        addBreak(b);
    m_cutoff->setTime(week->unscheduledCutoff);
    auto detail = Schedules(m_vault).calendarDetail(practitionerId);
    m_detail->setCurrentIndex(detail && *detail == CalendarDetail::TypeOnly ? 1 : 0);
    loadAbsences();
}

void ScheduleDialog::loadAbsences()
{
    m_absences->clear();
    auto absences = Schedules(m_vault).absences(m_practitioner->currentData().toString());
    if (!absences)
        return;
    const QLocale locale;
    for (const Schedules::DatedAbsence &a : std::as_const(*absences)) {
        auto *item =
            new QListWidgetItem(tr("%1 → %2 %3")
                                    .arg(locale.toString(PracticeTime::toLocal(a.absence.from),
                                                         QStringLiteral("ddd dd/MM/yyyy HH:mm")),
                                         locale.toString(PracticeTime::toLocal(a.absence.to),
                                                         QStringLiteral("ddd dd/MM/yyyy HH:mm")),
                                         a.absence.reason),
                                m_absences);
        item->setData(AbsenceIdRole, a.id);
    }
    if (absences->isEmpty())
        m_absences->addItem(tr("No absence to come."));
}

void ScheduleDialog::addHours(const OpeningHours &hours)
{
    const int row = m_hours->rowCount();
    m_hours->insertRow(row);
    m_hours->setCellWidget(row, HoursDay, weekdayBox(m_hours, hours.weekday));
    m_hours->setCellWidget(row, HoursStart, timeBox(m_hours, hours.start));
    m_hours->setCellWidget(row, HoursEnd, timeBox(m_hours, hours.end));
    auto *weeks = new QComboBox(m_hours);
    weeks->addItem(tr("every week"), static_cast<int>(Weeks::Every));
    weeks->addItem(tr("even weeks"), static_cast<int>(Weeks::Even));
    weeks->addItem(tr("odd weeks"), static_cast<int>(Weeks::Odd));
    weeks->setCurrentIndex(static_cast<int>(hours.weeks));
    m_hours->setCellWidget(row, HoursWeeks, weeks);
    auto *types = new QLineEdit(hours.types.join(QStringLiteral(", ")), m_hours);
    types->setPlaceholderText(tr("any type"));
    m_hours->setCellWidget(row, HoursTypes, types);
    auto *care = new QCheckBox(m_hours);
    care->setChecked(hours.unscheduledCare);
    m_hours->setCellWidget(row, HoursUnscheduled, care);
    m_hours->setCurrentCell(row, 0);
}

void ScheduleDialog::addBreak(const Break &pause)
{
    const int row = m_breaks->rowCount();
    m_breaks->insertRow(row);
    m_breaks->setCellWidget(row, 0, weekdayBox(m_breaks, pause.weekday));
    m_breaks->setCellWidget(row, 1, timeBox(m_breaks, pause.start));
    m_breaks->setCellWidget(row, 2, timeBox(m_breaks, pause.end));
    m_breaks->setCurrentCell(row, 0);
}

Schedule ScheduleDialog::typed() const
{
    Schedule week;
    week.practitionerId = m_practitioner->currentData().toString();
    const auto day = [](QTableWidget *t, int row) {
        return qobject_cast<QComboBox *>(t->cellWidget(row, 0))->currentData().toInt();
    };
    const auto time = [](QTableWidget *t, int row, int column) {
        return qobject_cast<QTimeEdit *>(t->cellWidget(row, column))->time();
    };
    for (int row = 0; row < m_hours->rowCount(); ++row) {
        OpeningHours h;
        h.weekday = day(m_hours, row);
        h.start = time(m_hours, row, HoursStart);
        h.end = time(m_hours, row, HoursEnd);
        h.weeks = static_cast<Weeks>(
            qobject_cast<QComboBox *>(m_hours->cellWidget(row, HoursWeeks))->currentData().toInt());
        for (const QString &code :
             qobject_cast<QLineEdit *>(m_hours->cellWidget(row, HoursTypes))
                 ->text()
                 .split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts))
            h.types.append(AppointmentTypeRules::normalisedCode(code));
        h.unscheduledCare =
            qobject_cast<QCheckBox *>(m_hours->cellWidget(row, HoursUnscheduled))->isChecked();
        week.hours.append(h);
    }
    for (int row = 0; row < m_breaks->rowCount(); ++row)
        week.breaks.append({day(m_breaks, row), time(m_breaks, row, 1), time(m_breaks, row, 2)});
    week.unscheduledCutoff = m_cutoff->time();
    return week;
}

Status ScheduleDialog::addAbsence(const Absence &away)
{
    auto added =
        Schedules(m_vault).addAbsence(m_session, m_practitioner->currentData().toString(), away);
    loadAbsences();
    return toStatus(added);
}

void ScheduleDialog::save()
{
    Schedules schedules(m_vault);
    const Schedule week = typed();
    // Every problem of the week at once, each under its table.
    if (const QList<Error> problems = ScheduleRules::problems(week); !problems.isEmpty()) {
        refuseAll(problems);
        return;
    }
    if (const Status saved = schedules.save(m_session, week); !saved) {
        refuse(saved.error());
        return;
    }
    const auto detail = static_cast<CalendarDetail>(m_detail->currentData().toInt());
    if (const Status kept = schedules.setCalendarDetail(m_session, week.practitionerId, detail);
        !kept) {
        refuse(kept.error());
        return;
    }
    accept();
}

} // namespace relais::ui
