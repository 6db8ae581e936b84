#include "BookingDialog.h"

#include "common/FormHelpers.h"
#include "domain/PracticeTime.h"
#include "patients/PatientPicker.h"
#include "storage/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

constexpr int SlotStartRole = Qt::UserRole;
constexpr int SlotPractitionerRole = Qt::UserRole + 1;

} // namespace

BookingDialog::BookingDialog(Vault &vault, const Session &session,
                             const QList<UserAccount> &practitioners,
                             const QList<AppointmentType> &types, const QString &practitionerId,
                             const QDateTime &start, QWidget *parent)
    : FormDialog(parent, tr("&Book"), QStringLiteral("book"))
    , m_vault(vault)
    , m_session(session)
    , m_practitioners(practitioners)
    , m_types(types)
{
    setWindowTitle(tr("New appointment"));
    build(practitionerId, start);
}

BookingDialog::BookingDialog(Vault &vault, const Session &session,
                             const QList<UserAccount> &practitioners,
                             const QList<AppointmentType> &types, const AgendaEntry &entry,
                             QWidget *parent)
    : FormDialog(parent, tr("&Move"), QStringLiteral("move"))
    , m_vault(vault)
    , m_session(session)
    , m_practitioners(practitioners)
    , m_types(types)
    , m_moving(entry)
    , m_patientId(entry.appointment.patientId)
{
    setWindowTitle(tr("Move an appointment"));
    build(entry.appointment.practitionerId, entry.appointment.start);
    m_minutes->setValue(entry.appointment.minutes());
    const int type = m_type->findData(entry.appointment.type);
    if (type >= 0)
        m_type->setCurrentIndex(type);
    m_minutes->setValue(entry.appointment.minutes());
}

void BookingDialog::build(const QString &practitionerId, const QDateTime &start)
{
    const bool moving = !m_moving.appointment.id.isEmpty();
    QFormLayout *form = addForm();

    // The patient: searched as in the Patients section, or a new provisional file.
    if (moving) {
        m_patientChosen = new QLabel(m_moving.patientName, this);
        m_patientChosen->setObjectName(QStringLiteral("patientChosen"));
        form->addRow(tr("Patient:"), m_patientChosen);
    } else {
        m_patient = new PatientPicker(m_vault, m_session, this);
        m_patient->searchField()->setObjectName(QLatin1String(Agenda::FieldPatient));
        addFieldRow(form, tr("&Patient:"), m_patient->searchField(), m_patient);
        form->addRow(QString(), m_patient->results());
        form->addRow(QString(), m_patient->chosenLabel());
        connect(m_patient, &PatientPicker::chosen, this, [this](const QString &id) {
            m_patientId = id;
            m_practitioner->setFocus();
        });
    }

    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QLatin1String(Agenda::FieldPractitioner));
    for (const UserAccount &p : std::as_const(m_practitioners))
        m_practitioner->addItem(p.displayName, p.id);
    if (const int at = m_practitioner->findData(practitionerId); at >= 0)
        m_practitioner->setCurrentIndex(at);
    addFieldRow(form, tr("P&ractitioner:"), m_practitioner);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("(no type)"), QString());
    for (const AppointmentType &t : std::as_const(m_types))
        m_type->addItem(tr("%1 (%n min)", nullptr, t.minutes).arg(t.label), t.code);
    addFieldRow(form, tr("&Type:"), m_type);

    auto *when = new QWidget(this);
    auto *whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    const QDateTime local =
        PracticeTime::toLocal(start.isValid() ? start : m_vault.clock().now().addSecs(3600));
    m_date = new QDateEdit(local.date(), when);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
    m_time = new QTimeEdit(QTime(local.time().hour(), local.time().minute()), when);
    m_time->setObjectName(QLatin1String(AppointmentRules::FieldStart));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes = new QSpinBox(when);
    m_minutes->setObjectName(QLatin1String(AppointmentRules::FieldMinutes));
    m_minutes->setRange(5, AppointmentRules::LongestMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    whenRow->addWidget(m_date);
    whenRow->addWidget(m_time);
    whenRow->addWidget(m_minutes);
    whenRow->addStretch();
    addFieldRow(form, tr("&When:"), m_time, when);

    if (!moving) {
        auto *repeat = new QWidget(this);
        auto *repeatRow = new QHBoxLayout(repeat);
        repeatRow->setContentsMargins(0, 0, 0, 0);
        m_repeat = new QCheckBox(tr("every"), repeat);
        m_repeat->setObjectName(QLatin1String(Agenda::FieldRepeat));
        m_weeksApart = new QSpinBox(repeat);
        m_weeksApart->setRange(1, 8);
        m_weeksApart->setSuffix(tr(" week(s)"));
        m_count = new QSpinBox(repeat);
        m_count->setRange(2, Agenda::LongestSeries);
        m_count->setValue(4);
        m_count->setSuffix(tr(" times"));
        repeatRow->addWidget(m_repeat);
        repeatRow->addWidget(m_weeksApart);
        repeatRow->addWidget(m_count);
        repeatRow->addStretch();
        addFieldRow(form, tr("Re&peat:"), m_repeat, repeat);
    } else if (!m_moving.appointment.seriesId.isEmpty()) {
        m_following = new QCheckBox(tr("Move the following ones of the series too"), this);
        m_following->setObjectName(QStringLiteral("following"));
        form->addRow(QString(), m_following);
    }

    // The next free slots, in one keystroke.
    auto *find = new QWidget(this);
    auto *findRow = new QHBoxLayout(find);
    findRow->setContentsMargins(0, 0, 0, 0);
    auto *findButton = new QPushButton(tr("Next &free slots (F3)"), find);
    findButton->setObjectName(QStringLiteral("findSlots"));
    m_part = new QComboBox(find);
    m_part->setObjectName(QStringLiteral("part"));
    m_part->addItem(tr("any time"), static_cast<int>(SlotQuery::Part::AnyTime));
    m_part->addItem(tr("mornings"), static_cast<int>(SlotQuery::Part::Morning));
    m_part->addItem(tr("afternoons"), static_cast<int>(SlotQuery::Part::Afternoon));
    findRow->addWidget(findButton);
    m_weekday = new QComboBox(find);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    m_weekday->addItem(tr("any day"), 0);
    for (int day = 1; day <= 6; ++day)
        m_weekday->addItem(ScheduleRules::weekdayName(day), day);
    m_anyone = new QCheckBox(tr("with &anyone"), find);
    m_anyone->setObjectName(QStringLiteral("anyone"));
    m_anyone->setToolTip(tr("Look in every practitioner's agenda, not only the one chosen"));
    findRow->addWidget(m_part);
    findRow->addWidget(m_weekday);
    findRow->addWidget(m_anyone);
    findRow->addStretch();
    form->addRow(QString(), find);
    m_slots = new QListWidget(this);
    m_slots->setObjectName(QStringLiteral("slots"));
    m_slots->setMaximumHeight(m_slots->fontMetrics().height() * 6);
    m_slots->hide();
    form->addRow(QString(), m_slots);
    connect(findButton, &QPushButton::clicked, this, &BookingDialog::findSlots);
    connect(m_slots, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QDateTime slot = PracticeTime::toLocal(item->data(SlotStartRole).toDateTime());
        if (const int at = m_practitioner->findData(item->data(SlotPractitionerRole)); at >= 0)
            m_practitioner->setCurrentIndex(at);
        m_date->setDate(slot.date());
        m_time->setTime(slot.time());
        m_slots->hide();
        acceptButton()->setFocus();
    });

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
    keepWhole(m_warnings);
    form->addRow(m_warnings);

    m_overbook = new QLineEdit(this);
    m_overbook->setObjectName(QLatin1String(FieldOverbook));
    m_overbook->setPlaceholderText(tr("why it is booked anyway (emergency…)"));
    m_overbookLabel = new QLabel(tr("&Overbook because:"), this);
    m_overbookLabel->setBuddy(m_overbook);
    form->addRow(m_overbookLabel, m_overbook);
    m_overbook->hide();
    m_overbookLabel->hide();

    connect(m_type, &QComboBox::currentIndexChanged, this, &BookingDialog::typeChosen);
    for (QObject *field : {static_cast<QObject *>(m_practitioner), static_cast<QObject *>(m_type)})
        connect(qobject_cast<QComboBox *>(field), &QComboBox::currentIndexChanged, this,
                &BookingDialog::refreshWarnings);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::refreshWarnings);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::refreshWarnings);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::refreshWarnings);
    refreshWarnings();
    // Room for a patient's name as typed, and for the slots' dates.
    setMinimumWidth(std::min(560, screen() ? screen()->availableSize().width() - 40 : 560));
    askBeforeDiscarding(this);
    if (m_patient)
        m_patient->searchField()->setFocus();
    else
        m_time->setFocus();
}

void BookingDialog::keyPressEvent(QKeyEvent *event)
{
    // F3 from any field that does not use it: the key reaches the dialog.
    if (event->key() == Qt::Key_F3 && event->modifiers() == Qt::NoModifier) {
        findSlots();
        return;
    }
    FormDialog::keyPressEvent(event);
}

void BookingDialog::typeChosen()
{
    const QString code = m_type->currentData().toString();
    for (const AppointmentType &t : std::as_const(m_types)) {
        if (t.code == code)
            m_minutes->setValue(t.minutes);
    }
}

Result<Appointment> BookingDialog::typed() const
{
    Appointment a;
    a.id = m_moving.appointment.id;
    a.patientId = m_patientId;
    a.practitionerId = m_practitioner->currentData().toString();
    a.type = m_type->currentData().toString();
    auto start = PracticeTime::toUtc(m_date->date(), m_time->time(), PracticeTime::Fold::First,
                                     QLatin1String(AppointmentRules::FieldStart));
    if (!start)
        return std::unexpected(start.error());
    a.start = *start;
    a.end = start->addSecs(qint64(m_minutes->value()) * 60);
    return a;
}

void BookingDialog::refreshWarnings()
{
    auto candidate = typed();
    if (!candidate) {
        m_warnings->setText(candidate.error().message);
        return;
    }
    auto said = Agenda(m_vault).warnings(*candidate);
    m_warnings->setText(said ? said->join(QLatin1Char('\n')) : said.error().message);
}

void BookingDialog::findSlots()
{
    SlotQuery query;
    query.from = m_date->date() < PracticeTime::toLocal(m_vault.clock().now()).date()
                     ? PracticeTime::toLocal(m_vault.clock().now()).date()
                     : m_date->date();
    query.minutes = m_minutes->value();
    query.type = m_type->currentData().toString();
    query.part = static_cast<SlotQuery::Part>(m_part->currentData().toInt());
    query.count = 6;
    if (const int day = m_weekday->currentData().toInt(); day > 0)
        query.weekdays = {day};
    QStringList ids{m_practitioner->currentData().toString()};
    if (m_anyone->isChecked()) {
        ids.clear();
        for (const UserAccount &p : std::as_const(m_practitioners))
            ids.append(p.id);
    }
    auto found = Agenda(m_vault).freeSlots(ids, query);
    m_slots->clear();
    m_slots->show();
    if (!found || found->isEmpty()) {
        m_slots->addItem(found ? tr("Nothing free in the next three months for this.")
                               : found.error().message);
        return;
    }
    for (const Slot &slot : std::as_const(*found)) {
        const QDateTime local = PracticeTime::toLocal(slot.start);
        QString text = QLocale().toString(local, QStringLiteral("dddd d MMMM, HH:mm"));
        if (slot.unscheduledCare)
            text += QStringLiteral(" · ") + tr("unscheduled care");
        if (m_anyone->isChecked()) {
            for (const UserAccount &p : std::as_const(m_practitioners)) {
                if (p.id == slot.practitionerId)
                    text += QStringLiteral(" · ") + p.displayName;
            }
        }
        auto *item = new QListWidgetItem(text, m_slots);
        item->setData(SlotStartRole, slot.start);
        item->setData(SlotPractitionerRole, slot.practitionerId);
    }
    m_slots->setCurrentRow(0);
    m_slots->setFocus();
}

void BookingDialog::save()
{
    if (m_patientId.isEmpty()) {
        refuse(Error{ErrorCode::InvalidInput,
                     tr("Find the patient, or create their file with \"New file\"."),
                     QLatin1String(Agenda::FieldPatient)});
        return;
    }
    auto candidate = typed();
    if (!candidate) {
        refuse(candidate.error());
        return;
    }
    Agenda agenda(m_vault);
    const QString overbook = m_overbook->isVisible() ? m_overbook->text() : QString();
    Status done;
    if (!m_moving.appointment.id.isEmpty()) {
        done = (m_following && m_following->isChecked())
                   ? agenda.moveFollowing(m_session, candidate->id, candidate->start,
                                          candidate->end, candidate->practitionerId, overbook)
                   : agenda.move(m_session, candidate->id, candidate->start, candidate->end,
                                 candidate->practitionerId, overbook);
        if (done)
            m_appointmentId = candidate->id;
    } else if (m_repeat->isChecked()) {
        auto ids = agenda.bookSeries(m_session, *candidate, m_weeksApart->value(), m_count->value(),
                                     overbook);
        if (ids)
            m_appointmentId = ids->first();
        done = toStatus(ids);
    } else {
        auto id = agenda.book(m_session, *candidate, overbook);
        if (id)
            m_appointmentId = *id;
        done = toStatus(id);
    }
    if (done) {
        accept();
        return;
    }
    // In the way: say what, and let a reason book it anyway.
    if (done.error().code == ErrorCode::AlreadyExists) {
        m_overbook->show();
        m_overbookLabel->show();
    }
    refuse(done.error());
}

} // namespace relais::ui
