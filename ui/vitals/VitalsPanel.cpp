#include "VitalsPanel.h"

#include "VitalCorrectionDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// The kinds typed one per field, in the order they are usually taken at the desk.
const QList<VitalKind> &typedKinds()
{
    static const QList<VitalKind> kinds = {VitalKind::Weight,
                                           VitalKind::Height,
                                           VitalKind::HeartRate,
                                           VitalKind::Temperature,
                                           VitalKind::SpO2,
                                           VitalKind::RespiratoryRate,
                                           VitalKind::HeadCircumference,
                                           VitalKind::CapillaryGlucose};
    return kinds;
}

QWidget *withUnit(QWidget *parent, QWidget *field, const QString &unit)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(new QLabel(unit, row));
    // How the value was read, as soon as the field is left: "read as 175 cm".
    auto *note = new QLabel(row);
    note->setObjectName(field->objectName() + QStringLiteral("Read"));
    note->setStyleSheet(QStringLiteral("color: #31708f;"));
    layout->addWidget(note);
    layout->addStretch();
    return row;
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

VitalsPanel::VitalsPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vitals(vault)
{
    new ChangeFollower(
        vault, {QStringLiteral("vital_sign")},
        [this](const VaultChanges &) {
            if (!m_patientId.isEmpty())
                reload();
        },
        this);
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(left);
    m_scroll = scroll;
    QWidget *entry = buildEntry();
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_liveAlerts);
    leftLayout->addWidget(m_reason);
    leftLayout->addWidget(m_save, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_saved);
    scroll->setWidget(entry);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form keeps its whole width (units and position lists in view); only its height
    // scrolls on a small screen.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(entry->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_latest = new QLabel(right);
    m_latest->setObjectName(QStringLiteral("latestVitals"));
    m_latest->setWordWrap(true);
    m_latest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts = new QLabel(right);
    m_alerts->setObjectName(QStringLiteral("vitalAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_historyModel = new RecordListModel<VitalRecord>(
        {{tr("Taken"), [](const VitalRecord &r) { return localTime(r.measuredAt); }},
         {tr("Measure"), [](const VitalRecord &r) { return VitalSigns::name(r.kind); }},
         {tr("Value"),
          [](const VitalRecord &r) {
              if (r.kind != VitalKind::BloodPressure)
                  return r.displayValue();
              return tr("%1 (%2, %3)")
                  .arg(r.displayValue(), BloodPressure::name(r.position),
                       BloodPressure::name(r.arm));
          }},
         {tr("By"), [](const VitalRecord &r) { return r.measuredByName; }},
         {tr("Note"),
          [](const VitalRecord &r) {
              QStringList notes;
              if (r.superseded)
                  notes.append(tr("corrected since"));
              if (!r.correctionReason.isEmpty())
                  notes.append(tr("correction: %1").arg(r.correctionReason));
              if (!r.lateReason.isEmpty())
                  notes.append(tr("entered later: %1").arg(r.lateReason));
              if (!r.source.isEmpty())
                  notes.append(tr("imported"));
              return notes.join(QStringLiteral("; "));
          }}},
        {}, this);
    m_historyModel->setStruckOut([](const VitalRecord &r) { return r.superseded; });
    m_historyTable = makeListTable(right, m_historyModel, QStringLiteral("vitalHistory"));
    m_historyTitle = new QLabel(right);
    m_historyTitle->setObjectName(QStringLiteral("vitalHistoryTitle"));
    m_historyTitle->setWordWrap(true);
    auto *correct = new QPushButton(tr("C&orrect the selected value…"), right);
    correct->setObjectName(QStringLiteral("correctVital"));
    correct->setAutoDefault(false);
    // The explanation takes the whole width and the button goes under the list: side by side
    // on a small screen, the sentence wrapped a word a line and the list shrank to one row.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(correct);
    buttonRow->addStretch();
    rightLayout->addWidget(m_latest);
    rightLayout->addWidget(m_alerts);
    rightLayout->addWidget(m_historyTitle);
    rightLayout->addWidget(m_historyTable, 1);
    rightLayout->addLayout(buttonRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    connect(correct, &QPushButton::clicked, this, &VitalsPanel::correctSelected);
    connect(m_historyTable, &QTableView::doubleClicked, this, &VitalsPanel::correctSelected);
}

QWidget *VitalsPanel::buildEntry()
{
    auto *box = new QGroupBox(tr("New measurements"));
    m_box = box;
    auto *outer = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto addKind = [&](VitalKind kind) {
        auto *edit = makeNamedEdit(box, VitalSigns::definition(kind).code);
        edit->setMaximumWidth(90);
        edit->setAccessibleName(VitalSigns::name(kind));
        m_fields.insert(kind, edit);
        QWidget *row = withUnit(box, edit, VitalSigns::unit(kind));
        addFieldRow(form, VitalSigns::name(kind) + tr(":"), edit, row);
        if (kind == VitalKind::HeadCircumference)
            m_headCircumferenceRow = row;
        connect(edit, &QLineEdit::editingFinished, this,
                [this, name = edit->objectName()] { leave(name); });
        connect(edit, &QLineEdit::textChanged, this, &VitalsPanel::updateComputed);
    };
    addKind(VitalKind::Weight);
    addKind(VitalKind::Height);
    m_bmi = new QLabel(box);
    m_bmi->setObjectName(QStringLiteral("bmi"));
    form->addRow(tr("BMI:"), m_bmi);

    for (int row = 0; row < PressureRows; ++row) {
        PressureRow p;
        p.systolic = makeNamedEdit(box, nullptr);
        p.systolic->setObjectName(PatientVitals::pressureField(BloodPressure::FieldSystolic, row));
        p.systolic->setMaximumWidth(60);
        p.systolic->setAccessibleName(tr("Systolic, reading %1").arg(row + 1));
        p.diastolic = makeNamedEdit(box, nullptr);
        p.diastolic->setObjectName(
            PatientVitals::pressureField(BloodPressure::FieldDiastolic, row));
        p.diastolic->setMaximumWidth(60);
        p.diastolic->setAccessibleName(tr("Diastolic, reading %1").arg(row + 1));
        p.arm = new QComboBox(box);
        for (auto arm :
             {BloodPressure::Arm::Left, BloodPressure::Arm::Right, BloodPressure::Arm::Unknown})
            p.arm->addItem(BloodPressure::name(arm), static_cast<int>(arm));
        p.position = new QComboBox(box);
        for (auto position : {BloodPressure::Position::Seated, BloodPressure::Position::Lying,
                              BloodPressure::Position::Standing})
            p.position->addItem(BloodPressure::name(position), static_cast<int>(position));
        auto *line = new QWidget(box);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->addWidget(p.systolic);
        lineLayout->addWidget(new QLabel(QStringLiteral("/"), line));
        lineLayout->addWidget(p.diastolic);
        lineLayout->addWidget(new QLabel(VitalSigns::unit(VitalKind::BloodPressure), line));
        lineLayout->addWidget(p.arm);
        lineLayout->addWidget(p.position);
        lineLayout->addStretch();
        // Each reading's reason shows under it; the systolic names the row.
        addFieldRow(form, row == 0 ? tr("Blood pressure:") : QString(), p.systolic, line);
        auto *diastolicReason = new QLabel(box);
        diastolicReason->setObjectName(QStringLiteral("reason:") + p.diastolic->objectName());
        diastolicReason->setWordWrap(true);
        diastolicReason->setStyleSheet(QStringLiteral("color: #a40000;"));
        diastolicReason->hide();
        form->addRow(static_cast<QWidget *>(nullptr), diastolicReason);
        for (QLineEdit *edit : {p.systolic, p.diastolic}) {
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, name = edit->objectName()] { leave(name); });
            connect(edit, &QLineEdit::textChanged, this, &VitalsPanel::updateComputed);
        }
        connect(p.position, &QComboBox::currentIndexChanged, this, &VitalsPanel::updateComputed);
        m_pressures.append(p);
    }
    m_pressureMean = new QLabel(box);
    m_pressureMean->setObjectName(QStringLiteral("pressureMean"));
    m_pressureMean->setWordWrap(true);
    form->addRow(QString(), m_pressureMean);
    for (VitalKind kind : typedKinds()) {
        if (kind != VitalKind::Weight && kind != VitalKind::Height)
            addKind(kind);
    }

    m_now = new QRadioButton(tr("&now"), box);
    m_now->setChecked(true);
    m_earlier = new QRadioButton(tr("&earlier:"), box);
    m_takenAt = new QDateTimeEdit(m_vitals.clock().now().toLocalTime(), box);
    m_takenAt->setObjectName(QLatin1String(PatientVitals::FieldMeasuredAt));
    m_takenAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_takenAt->setCalendarPopup(true);
    m_takenAt->setEnabled(false);
    auto *when = new QWidget(box);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_now);
    whenLayout->addWidget(m_earlier);
    whenLayout->addWidget(m_takenAt);
    whenLayout->addStretch();
    addFieldRow(form, tr("Taken:"), m_takenAt, when);
    m_lateReason = makeNamedEdit(box, PatientVitals::FieldLateReason);
    m_lateReason->setPlaceholderText(tr("why entered only now: paper sheet, home reading…"));
    m_lateReason->setEnabled(false);
    m_lateReason->setMinimumWidth(320);
    addFieldRow(form, tr("Reason:"), m_lateReason);
    connect(m_earlier, &QRadioButton::toggled, this, [this](bool earlier) {
        m_takenAt->setEnabled(earlier);
        m_lateReason->setEnabled(earlier);
        if (earlier)
            m_takenAt->setDateTime(m_vitals.clock().now().toLocalTime());
    });
    outer->addLayout(form);
    outer->addStretch();
    // Under the form, outside its scrolling: what the values typed would raise, why the last
    // save was refused, and the button, always in view whatever the screen's height.
    m_liveAlerts = new QLabel(this);
    m_liveAlerts->setObjectName(QStringLiteral("liveAlerts"));
    m_liveAlerts->setWordWrap(true);
    m_liveAlerts->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_liveAlerts->hide();
    m_reason = makeReasonLabel(this);
    m_save = new QPushButton(tr("&Save the measurements"), this);
    m_save->setObjectName(QStringLiteral("saveVitals"));
    m_save->setToolTip(tr("Enter in any field saves"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("vitalsSaved"));
    m_saved->setWordWrap(true);
    connect(m_save, &QPushButton::clicked, this, &VitalsPanel::save);
    // Enter in any field saves the sitting, as at the reception desk.
    for (QLineEdit *edit : box->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, &VitalsPanel::save);
    updateComputed();
    return box;
}

QLineEdit *VitalsPanel::field(VitalKind kind) const
{
    return m_fields.value(kind);
}

QLineEdit *VitalsPanel::systolic(int row) const
{
    return m_pressures.at(row).systolic;
}

QLineEdit *VitalsPanel::diastolic(int row) const
{
    return m_pressures.at(row).diastolic;
}

VitalEntry VitalsPanel::entry() const
{
    VitalEntry e;
    e.patientId = m_patientId;
    e.consultationId = m_consultationId;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        e.typed.insert(it.key(), it.value()->text());
    for (const PressureRow &p : m_pressures)
        e.pressures.append(
            {p.systolic->text(), p.diastolic->text(),
             static_cast<BloodPressure::Arm>(p.arm->currentData().toInt()),
             static_cast<BloodPressure::Position>(p.position->currentData().toInt())});
    if (m_earlier->isChecked()) {
        e.measuredAt = m_takenAt->dateTime().toUTC();
        e.lateReason = m_lateReason->text();
    }
    return e;
}

void VitalsPanel::leave(const QString &field)
{
    if (!m_left.contains(field))
        m_left.append(field);
    checkTyped();
}

void VitalsPanel::checkTyped()
{
    const VitalEntry typed = entry();
    showFieldProblems(this, m_vitals.problems(typed), m_left);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        auto *note = findChild<QLabel *>(it.value()->objectName() + QStringLiteral("Read"));
        if (!note)
            continue;
        const auto read = VitalSigns::parse(it.key(), it.value()->text());
        note->setText(m_left.contains(it.value()->objectName()) && read ? read->correction
                                                                        : QString());
    }
    // The alerts the values would raise, before they are saved.
    QStringList alerts;
    for (const VitalAlert &a : m_vitals.previewAlerts(typed)) {
        if (a.level != VitalAlert::Level::Note)
            alerts.append((a.level == VitalAlert::Level::Urgent ? tr("URGENT: ") : QString()) +
                          a.message);
    }
    m_liveAlerts->setText(alerts.join(QLatin1Char('\n')));
    m_liveAlerts->setVisible(!alerts.isEmpty());
}

void VitalsPanel::updateComputed()
{
    const auto valueOf = [this](VitalKind kind) -> std::optional<double> {
        auto read = VitalSigns::parse(kind, m_fields.value(kind)->text());
        return read ? std::optional<double>(read->value) : std::nullopt;
    };
    const auto bmi = VitalSigns::bmi(valueOf(VitalKind::Weight), valueOf(VitalKind::Height));
    m_bmi->setText(bmi ? VitalSigns::display(VitalKind::Bmi, *bmi)
                       : tr("computed from the weight and the height"));
    QList<BloodPressure> readings;
    for (const PressureRow &p : std::as_const(m_pressures)) {
        auto bp = BloodPressure::parse(
            p.systolic->text(), p.diastolic->text(), BloodPressure::Arm::Unknown,
            static_cast<BloodPressure::Position>(p.position->currentData().toInt()));
        if (bp)
            readings.append(*bp);
    }
    const auto mean = BloodPressure::officeValue(readings);
    if (!mean)
        m_pressureMean->setText(tr("Several readings a minute apart: the mean of the last two "
                                   "at rest is kept for the GP."));
    else if (readings.size() == 1)
        m_pressureMean->setText(
            tr("One reading: %1. Take another a minute later.").arg(mean->display()));
    else
        m_pressureMean->setText(tr("Mean of the last two at rest: %1").arg(mean->display()));
}

bool VitalsPanel::save()
{
    auto recorded = m_vitals.record(m_session, entry());
    if (!recorded) {
        m_saved->clear();
        // Every wrong field at once, each with its reason, the cursor in the first.
        const QList<Error> problems = m_vitals.problems(entry());
        if (recorded.error().code != ErrorCode::InvalidInput || problems.isEmpty()) {
            showFormError(this, m_reason, recorded.error());
            return false;
        }
        for (const Error &e : problems) {
            if (!m_left.contains(e.field))
                m_left.append(e.field);
        }
        showAllProblems(this, m_reason, problems);
        // The first wrong field in view, not the top of the form.
        if (QWidget *first = focusWidget())
            m_scroll->ensureWidgetVisible(first);
        return false;
    }
    m_reason->clear();
    QString said = tr("%n value(s) saved.", nullptr, static_cast<int>(recorded->ids.size()));
    if (!recorded->corrections.isEmpty())
        said +=
            QLatin1Char(' ') + recorded->corrections.join(QStringLiteral(", ")) + QLatin1Char('.');
    m_saved->setText(said);
    clearEntry();
    Q_EMIT changed();
    return true;
}

void VitalsPanel::clearEntry()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->clear();
    m_now->setChecked(true);
    m_left.clear();
    checkTyped();
    if (QLineEdit *first = m_fields.value(VitalKind::Weight))
        first->setFocus();
}

void VitalsPanel::setConsultation(const QString &consultationId)
{
    m_consultationId = consultationId;
    m_box->setTitle(consultationId.isEmpty() ? tr("New measurements")
                                             : tr("New measurements, for today's consultation"));
}

void VitalsPanel::showPatient(const QString &patientId)
{
    m_patientId = patientId;
    m_saved->clear();
    m_reason->clear();
    clearEntry();
    // Head circumference is followed on growth charts up to 3 years: offered only then.
    m_form->setRowVisible(m_headCircumferenceRow,
                          VitalAlertRules::measuresHeadCircumference(
                              m_vitals.birthDateOf(patientId), m_vitals.clock().today()));
}

void VitalsPanel::reload()
{
    auto history = m_vitals.history(m_session, m_patientId);
    m_historyModel->setRecords(history ? *history : QList<VitalRecord>{});
    m_historyTitle->setText(m_historyModel->rowCount() == 0
                                ? tr("No measurement yet: the values typed on the left are kept "
                                     "here, newest first.")
                                : tr("Every measurement, newest first; corrected values are "
                                     "struck out. Double-click a value to correct it."));
    auto latest = m_vitals.latest(m_session, m_patientId);
    showLatest(latest ? *latest : LatestVitals{});
}

void VitalsPanel::showLatest(const LatestVitals &latest)
{
    Q_EMIT alertsShown(latest.alerts);
    if (latest.latest.isEmpty()) {
        m_latest->setText(tr("No vital sign recorded yet."));
        m_alerts->clear();
        return;
    }
    QStringList parts;
    for (VitalKind kind : VitalSigns::all()) {
        if (kind == VitalKind::BloodPressure) {
            if (latest.officePressure)
                parts.append(latest.officePressure->display());
            continue;
        }
        if (kind == VitalKind::Bmi) {
            if (latest.bmi)
                parts.append(tr("BMI %1").arg(VitalSigns::display(VitalKind::Bmi, *latest.bmi)));
            continue;
        }
        if (latest.latest.contains(kind))
            parts.append(latest.latest.value(kind).displayValue());
    }
    m_latest->setText(tr("<b>Latest:</b> %1").arg(parts.join(QStringLiteral(" · "))));
    QStringList alerts;
    QStringList why;
    for (const VitalAlert &a : latest.alerts) {
        alerts.append((a.level == VitalAlert::Level::Urgent ? tr("URGENT: ") : QString()) +
                      a.message);
        // Why it was flagged: the rule, the ages it applies to and where it comes from.
        const VitalAlertRules::Rule &rule = VitalAlertRules::rule(a.rule.toLatin1().constData());
        why.append(tr("%1 (%2). Source: %3").arg(rule.description, rule.ages(), rule.source));
    }
    m_alerts->setText(alerts.join(QLatin1Char('\n')));
    m_alerts->setToolTip(why.join(QStringLiteral("\n\n")));
}

void VitalsPanel::correctSelected()
{
    const QModelIndex current = m_historyTable->currentIndex();
    if (!current.isValid()) {
        m_historyTitle->setText(tr("Choose the value to correct in the list first."));
        return;
    }
    const VitalRecord record = m_historyModel->record(current.row());
    if (record.superseded) {
        m_historyTitle->setText(tr("This value was already corrected: choose its newest version."));
        return;
    }
    VitalCorrectionDialog dialog(m_vitals, m_session, record, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace relais::ui
