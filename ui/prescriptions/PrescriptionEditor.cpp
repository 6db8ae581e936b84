#include "PrescriptionEditor.h"

#include "DrugSearchBox.h"
#include "DrugSearchModel.h"
#include "PrescriptionLinesModel.h"
#include "SignDialog.h"
#include "common/FormHelpers.h"
#include "domain/PrescriptionCheck.h"
#include "security/AccessPolicy.h"
#include "services/PatientAllergies.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// Enter on a list chooses in it (adds a drug, opens a line): it must not reach the dialog, where
// it would save a draft half made.
class EnterStaysHere : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        auto *view = qobject_cast<QAbstractItemView *>(watched);
        if (view && view->currentIndex().isValid())
            Q_EMIT view->activated(view->currentIndex());
        return true;
    }
};

// A dose as a person reads it: "1", "0,5", "2,25", never "1,00".
class DoseSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
};

QDoubleSpinBox *makeDose(QWidget *parent, const char *name, double minimum)
{
    auto *spin = new DoseSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setDecimals(2);
    spin->setRange(minimum, 100);
    spin->setSingleStep(0.25);
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *makeCount(QWidget *parent, const char *name, int minimum, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(minimum, maximum);
    return spin;
}

// Fields side by side on one form row, left-aligned: the widgets join the row.
QWidget *fieldRow(QWidget *parent, std::initializer_list<QWidget *> fields)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : fields)
        layout->addWidget(field);
    layout->addStretch();
    return row;
}

constexpr Posology::Moment Moments[] = {Posology::Moment::Morning, Posology::Moment::Noon,
                                        Posology::Moment::Evening, Posology::Moment::Bedtime};

QString levelColour(const DrugAlert &alert)
{
    if (alert.kind != DrugAlert::Kind::Interaction ||
        alert.level == InteractionLevel::Contraindicated)
        return QStringLiteral("#a40000");
    if (alert.level == InteractionLevel::Inadvisable)
        return QStringLiteral("#b35900");
    return QStringLiteral("#4d4d4d");
}

} // namespace

PrescriptionEditor::PrescriptionEditor(Vault &vault, const Session &session, Prescription draft,
                                       const QString &patientName, QWidget *parent)
    : FormDialog(parent, tr("&Save the draft"), QStringLiteral("saveDraft"))
    , m_vault(vault)
    , m_session(session)
    , m_prescriptions(vault)
    , m_checker(vault)
    , m_draft(std::move(draft))
{
    setWindowTitle(tr("Prescription for %1").arg(patientName));
    // Who it is for, and what they cannot take, always in view.
    auto *who = new QLabel(tr("<b>%1</b>").arg(patientName.toHtmlEscaped()), this);
    who->setObjectName(QStringLiteral("prescriptionPatient"));
    body()->addWidget(who);
    auto *allergies = new QLabel(this);
    allergies->setObjectName(QStringLiteral("prescriptionAllergies"));
    allergies->setWordWrap(true);
    if (auto status = PatientAllergies(vault).status(session, m_draft.patientId)) {
        allergies->setText(tr("Allergies: %1").arg(PatientAllergies::summary(*status)));
        if (status->state == AllergyStatus::State::Listed)
            allergies->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    }
    body()->addWidget(allergies);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchTitle = new QLabel(tr("&Add a drug (Enter or double click on it):"), left);
    m_search = new DrugSearchBox(vault, left);
    m_search->setSession(session);
    // Beside the lines, the name, strength and form are what tell drugs apart; the rest is in
    // each row's tooltip and in the Prescriptions section.
    for (const int column : {DrugSearchModel::Routes, DrugSearchModel::Generic,
                             DrugSearchModel::Rate, DrugSearchModel::Conditions})
        m_search->table()->hideColumn(column);
    searchTitle->setBuddy(m_search->field());
    leftLayout->addWidget(searchTitle);
    leftLayout->addWidget(m_search, 1);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_lines = new PrescriptionLinesModel(this);
    m_lines->setLines(m_draft.lines);
    m_lineTable = makeListTable(right, m_lines, QStringLiteral("prescriptionLines"),
                                PrescriptionLinesModel::Posology);
    m_lineTable->setMinimumHeight(90);
    m_lineTable->horizontalHeader()->setSectionResizeMode(PrescriptionLinesModel::Drug,
                                                          QHeaderView::Stretch);
    auto *linesTitle = new QLabel(tr("&Lines (Delete removes the one selected):"), right);
    linesTitle->setBuddy(m_lineTable);
    // A frequent prescription starts from its template; this one may become one.
    m_templateChoice = new QComboBox(right);
    m_templateChoice->setObjectName(QStringLiteral("template"));
    m_templateChoice->setToolTip(tr("Adds the lines of a template of the practice"));
    auto *keep = new QPushButton(tr("Keep as a template…"), right);
    keep->setObjectName(QStringLiteral("saveTemplate"));
    keep->setAutoDefault(false);
    auto *linesRow = new QHBoxLayout;
    linesRow->addWidget(linesTitle, 1);
    linesRow->addWidget(m_templateChoice);
    linesRow->addWidget(keep);
    rightLayout->addLayout(linesRow);
    connect(m_templateChoice, &QComboBox::activated, this, &PrescriptionEditor::addTemplate);
    connect(keep, &QPushButton::clicked, this, [this] { saveAsTemplate(); });
    rightLayout->addWidget(m_lineTable, 2);
    // The fields of the line selected scroll on a small screen rather than squeeze.
    auto *fieldsArea = new QScrollArea(right);
    fieldsArea->setWidgetResizable(true);
    fieldsArea->setFrameShape(QFrame::NoFrame);
    fieldsArea->setWidget(buildLineFields(fieldsArea));
    fieldsArea->setMinimumHeight(140);
    rightLayout->addWidget(fieldsArea, 3);
    m_checks = new QTextBrowser(right);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setMinimumHeight(70);
    rightLayout->addWidget(m_checks, 2);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    body()->addWidget(split, 1);

    // Enter in the lists chooses; the draft is saved by its button or Ctrl+S.
    auto *enter = new EnterStaysHere(this);
    m_search->table()->installEventFilter(enter);
    m_lineTable->installEventFilter(enter);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    acceptButton()->setAutoDefault(false);
    acceptButton()->setToolTip(tr("Save the draft (Ctrl+S)"));
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &PrescriptionEditor::save);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_lineTable);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &PrescriptionEditor::removeSelectedLine);
    if (AccessPolicy::allows(session.roles, Permission::SignPrescription)) {
        QPushButton *sign = addButton(tr("S&ign…"), QStringLiteral("signPrescription"));
        sign->setToolTip(tr("Save, then sign with your password"));
        connect(sign, &QPushButton::clicked, this, &PrescriptionEditor::saveAndSign);
    }

    connect(m_search, &DrugSearchBox::chosen, this, &PrescriptionEditor::addDrug);
    connect(
        m_lineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showLine(current.isValid() ? current.row() : -1); });
    connect(m_lineTable, &QTableView::activated, this, [this] { m_unit->setFocus(); });
    loadTemplates();
    if (m_lines->rowCount() > 0)
        m_lineTable->selectRow(0);
    else
        showLine(-1);
    runChecks();
    resizeWithinScreen(QSize(1180, 760));
    m_search->focusSearch();
}

QWidget *PrescriptionEditor::buildLineFields(QWidget *parent)
{
    m_lineBox = new QGroupBox(tr("The line selected"), parent);
    auto *form = new QFormLayout(m_lineBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *howRow = new QWidget(m_lineBox);
    auto *how = new QHBoxLayout(howRow);
    how->setContentsMargins(0, 0, 0, 0);
    m_unit = makeNamedEdit(howRow, "unit");
    m_unit->setToolTip(tr("The unit of a dose, in the singular: comprimé, gélule, ml, goutte…"));
    m_rhythm = new QComboBox(howRow);
    m_rhythm->setObjectName(QLatin1String(Posology::FieldRhythm));
    m_rhythm->addItems({tr("at set times of the day"), tr("N times a day"), tr("every N hours"),
                        tr("when needed")});
    how->addWidget(m_unit, 1);
    how->addWidget(m_rhythm, 2);
    form->addRow(tr("&Unit and rhythm:"), howRow);

    m_rhythmFields = new QStackedWidget(m_lineBox);
    m_rhythmFields->setObjectName(QLatin1String(Posology::FieldDose));
    auto *moments = new QWidget(m_rhythmFields);
    auto *momentsLayout = new QHBoxLayout(moments);
    momentsLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList momentNames = {tr("morning"), tr("noon"), tr("evening"), tr("bedtime")};
    const char *momentIds[] = {"morning", "noon", "evening", "bedtime"};
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(momentNames.at(i), moments);
        QDoubleSpinBox *spin = makeDose(moments, momentIds[i], 0);
        spin->setSpecialValueText(tr("—"));
        label->setBuddy(spin);
        momentsLayout->addWidget(label);
        momentsLayout->addWidget(spin);
        m_moments.append(spin);
    }
    momentsLayout->addStretch();
    auto *other = new QWidget(m_rhythmFields);
    auto *otherLayout = new QHBoxLayout(other);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    m_dose = makeDose(other, "doseEach", 0.25);
    m_times = makeCount(other, "timesADay", 1, 12);
    m_times->setSuffix(tr(" times a day"));
    m_hours = makeCount(other, "everyHours", 1, 48);
    m_hours->setPrefix(tr("every "));
    m_hours->setSuffix(tr(" h"));
    otherLayout->addWidget(new QLabel(tr("dose:"), other));
    otherLayout->addWidget(m_dose);
    otherLayout->addWidget(m_times);
    otherLayout->addWidget(m_hours);
    otherLayout->addStretch();
    m_rhythmFields->addWidget(moments);
    m_rhythmFields->addWidget(other);
    addFieldRow(form, tr("&Doses:"), m_rhythmFields);

    m_maxPerDay = makeDose(m_lineBox, Posology::FieldMaxPerDay, 0);
    m_maxPerDay->setSpecialValueText(tr("no ceiling"));
    m_maxPerDay->setSuffix(tr(" a day at most"));
    addFieldRow(form, tr("&Ceiling:"), m_maxPerDay, fieldRow(m_lineBox, {m_maxPerDay}));

    m_duration = makeCount(m_lineBox, Posology::FieldDuration, 0, 366);
    m_duration->setSpecialValueText(tr("—"));
    m_durationUnit = new QComboBox(m_lineBox);
    m_durationUnit->setObjectName(QStringLiteral("durationUnit"));
    m_durationUnit->addItems({tr("days"), tr("weeks"), tr("months")});
    m_boxes = makeCount(m_lineBox, Posology::FieldBoxes, 0, 99);
    m_boxes->setSpecialValueText(tr("no box count"));
    m_boxes->setSuffix(tr(" box(es)"));
    addFieldRow(form, tr("Du&ration:"), m_duration,
                fieldRow(m_lineBox, {m_duration, m_durationUnit, m_boxes}));

    m_renewals = makeCount(m_lineBox, PrescriptionRules::FieldRenewals, 0, 11);
    m_renewals->setPrefix(tr("renew "));
    m_renewals->setSuffix(tr(" time(s)"));
    m_renewals->setSpecialValueText(tr("not renewed"));
    m_nonSubstitutable = new QComboBox(m_lineBox);
    m_nonSubstitutable->setObjectName(QLatin1String(PrescriptionRules::FieldNonSubstitutable));
    m_nonSubstitutable->addItems({tr("substitutable"), tr("non substituable (MTE)"),
                                  tr("non substituable (EFG)"), tr("non substituable (CIF)")});
    m_nonSubstitutable->setToolTip(
        tr("MTE: narrow therapeutic margin (its list only); EFG: a child under 6 with no suitable "
           "generic form; CIF: a proven contraindication to an excipient of every generic."));
    m_ald = new QCheckBox(tr("for the &ALD"), m_lineBox);
    m_ald->setObjectName(QStringLiteral("ald"));
    addFieldRow(form, tr("Re&newals:"), m_renewals,
                fieldRow(m_lineBox, {m_renewals, m_nonSubstitutable, m_ald}));

    m_instructions = makeNamedEdit(m_lineBox, "instructions");
    m_instructions->setPlaceholderText(tr("au cours du repas, à distance des repas…"));
    form->addRow(tr("&Instructions:"), m_instructions);
    m_preview = new QLabel(m_lineBox);
    m_preview->setObjectName(QStringLiteral("posologyPreview"));
    m_preview->setWordWrap(true);
    form->addRow(tr("Prints:"), m_preview);

    const auto changed = [this] {
        if (!m_showing)
            takeFields();
    };
    for (QDoubleSpinBox *spin : std::as_const(m_moments))
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox *spin : {m_dose, m_maxPerDay})
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox *spin : {m_times, m_hours, m_duration, m_boxes, m_renewals})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QComboBox *combo : {m_durationUnit, m_nonSubstitutable})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_rhythm, &QComboBox::currentIndexChanged, this, [this, changed] {
        showRhythm();
        changed();
    });
    connect(m_ald, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_unit, m_instructions})
        connect(edit, &QLineEdit::textEdited, this, changed);
    return m_lineBox;
}

int PrescriptionEditor::currentRow() const
{
    const QModelIndex index = m_lineTable->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PrescriptionEditor::showRhythm()
{
    const auto rhythm = static_cast<Posology::Rhythm>(m_rhythm->currentIndex());
    m_rhythmFields->setCurrentIndex(rhythm == Posology::Rhythm::AtMoments ? 0 : 1);
    m_times->setVisible(rhythm == Posology::Rhythm::TimesADay);
    m_hours->setVisible(rhythm == Posology::Rhythm::EveryHours);
}

void PrescriptionEditor::showLine(int row)
{
    m_lineBox->setEnabled(row >= 0);
    if (row < 0) {
        m_lineBox->setTitle(tr("No line yet: find a drug on the left and press Enter."));
        m_preview->clear();
        return;
    }
    const PrescriptionLine &line = m_lines->line(row);
    const Posology &p = line.posology;
    m_showing = true;
    m_lineBox->setTitle(tr("Line %1: %2").arg(row + 1).arg(line.title()));
    m_unit->setText(p.unit);
    m_rhythm->setCurrentIndex(static_cast<int>(p.rhythm));
    for (int i = 0; i < 4; ++i) {
        double dose = 0;
        for (const Posology::Intake &intake : p.intakes)
            if (intake.moment == Moments[i])
                dose = intake.dose;
        m_moments.at(i)->setValue(dose);
    }
    m_dose->setValue(p.dose);
    m_times->setValue(std::max(p.timesADay, 1));
    m_hours->setValue(std::max(p.everyHours, 1));
    m_maxPerDay->setValue(p.maxPerDay.value_or(0));
    m_duration->setValue(p.duration ? p.duration->count : 0);
    m_durationUnit->setCurrentIndex(p.duration ? static_cast<int>(p.duration->unit) : 0);
    m_boxes->setValue(p.boxes.value_or(0));
    m_renewals->setValue(line.renewals);
    m_nonSubstitutable->setCurrentIndex(static_cast<int>(line.nonSubstitutable));
    m_ald->setChecked(line.ald);
    m_instructions->setText(p.instructions);
    showRhythm();
    m_showing = false;
    showPreview(line);
}

void PrescriptionEditor::showPreview(const PrescriptionLine &line)
{
    // What prints, and below it what a pharmacist could not give as written.
    const QString warning = line.posology.splitWarning(line.form);
    m_preview->setText(
        warning.isEmpty()
            ? line.posology.text().toHtmlEscaped()
            : QStringLiteral("%1<br/><span style=\"color:#b35900\">%2</span>")
                  .arg(line.posology.text().toHtmlEscaped(), warning.toHtmlEscaped()));
}

void PrescriptionEditor::takeFields()
{
    const int row = currentRow();
    if (row < 0)
        return;
    PrescriptionLine line = m_lines->line(row);
    Posology &p = line.posology;
    p.unit = m_unit->text().trimmed();
    p.rhythm = static_cast<Posology::Rhythm>(m_rhythm->currentIndex());
    p.intakes.clear();
    if (p.rhythm == Posology::Rhythm::AtMoments) {
        for (int i = 0; i < 4; ++i)
            if (m_moments.at(i)->value() > 0)
                p.intakes.append({Moments[i], m_moments.at(i)->value()});
    }
    p.dose = m_dose->value();
    p.timesADay = p.rhythm == Posology::Rhythm::TimesADay ? m_times->value() : 0;
    p.everyHours = p.rhythm == Posology::Rhythm::EveryHours ? m_hours->value() : 0;
    p.maxPerDay =
        m_maxPerDay->value() > 0 ? std::optional<double>(m_maxPerDay->value()) : std::nullopt;
    p.duration = m_duration->value() > 0
                     ? std::optional<Posology::Duration>(
                           {m_duration->value(),
                            static_cast<Posology::DurationUnit>(m_durationUnit->currentIndex())})
                     : std::nullopt;
    p.boxes = m_boxes->value() > 0 ? std::optional<int>(m_boxes->value()) : std::nullopt;
    p.instructions = m_instructions->text().trimmed();
    line.renewals = m_renewals->value();
    line.nonSubstitutable = static_cast<SubstitutionBan>(m_nonSubstitutable->currentIndex());
    line.ald = m_ald->isChecked();
    m_lines->setLine(row, line);
    showPreview(line);
    markChanged();
}

void PrescriptionEditor::addDrug(const DrugChoice &choice)
{
    const int row = m_lines->addLine(PrescriptionLine::fromChoice(choice));
    m_lineTable->selectRow(row);
    markChanged();
    // The next drug is typed at once; the posology is one Tab away.
    m_search->focusSearch();
}

void PrescriptionEditor::loadTemplates()
{
    m_templates = m_prescriptions.templates(m_session).value_or(QList<PrescriptionTemplate>{});
    m_templateChoice->clear();
    m_templateChoice->addItem(m_templates.isEmpty() ? tr("No template yet")
                                                    : tr("From a template…"));
    for (const PrescriptionTemplate &t : std::as_const(m_templates))
        m_templateChoice->addItem(
            tr("%1 (%n line(s))", nullptr, static_cast<int>(t.lines.size())).arg(t.name));
    m_templateChoice->setEnabled(!m_templates.isEmpty());
}

void PrescriptionEditor::addTemplate(int index)
{
    // Row 0 is the list's title.
    if (index < 1 || index > m_templates.size())
        return;
    int row = -1;
    for (const PrescriptionLine &line : m_templates.at(index - 1).lines)
        row = m_lines->addLine(line);
    m_templateChoice->setCurrentIndex(0);
    if (row >= 0)
        m_lineTable->selectRow(row);
    markChanged();
}

bool PrescriptionEditor::saveAsTemplate(QString name)
{
    if (m_lines->rowCount() == 0) {
        refuse(Error{ErrorCode::InvalidInput, tr("Add lines first: a template keeps them."), {}});
        return false;
    }
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Keep as a template"),
                                     tr("Name of the template (the same name replaces it):"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    auto saved = m_prescriptions.saveTemplate(m_session, name, m_lines->lines());
    if (!saved) {
        refuse(Error{saved.error().code, saved.error().message, {}});
        return false;
    }
    loadTemplates();
    return true;
}

void PrescriptionEditor::removeSelectedLine()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_lines->removeLine(row);
    if (m_lines->rowCount() > 0)
        m_lineTable->selectRow(std::min(row, m_lines->rowCount() - 1));
    else
        showLine(-1);
    markChanged();
}

void PrescriptionEditor::markChanged()
{
    setProperty(UnsavedProperty, true);
    runChecks();
}

Prescription PrescriptionEditor::typed() const
{
    Prescription p = m_draft;
    p.lines = m_lines->lines();
    return p;
}

void PrescriptionEditor::runChecks()
{
    auto outcome = m_checker.check(m_session, typed());
    if (!outcome) {
        m_checks->setHtml(outcome.error().message.toHtmlEscaped());
        return;
    }
    m_outcome = std::move(*outcome);
    QString html;
    for (const QString &warning : std::as_const(m_outcome.dataWarnings))
        html += QStringLiteral("<p style=\"color:#6b4d00\">%1</p>").arg(warning.toHtmlEscaped());
    for (const DrugAlert &alert : std::as_const(m_outcome.alerts)) {
        const QString where =
            tr("Line %1, %2 with %3").arg(alert.line + 1).arg(alert.first, alert.second);
        html += QStringLiteral("<p><b style=\"color:%1\">%2</b>%3<br/>%4<br/><i>%5</i></p>")
                    .arg(levelColour(alert), PrescriptionCheck::summary(alert).toHtmlEscaped(),
                         alert.needsAcknowledgement
                             ? QStringLiteral(" — ") +
                                   tr("to acknowledge with a reason when signing").toHtmlEscaped()
                             : QString(),
                         where.toHtmlEscaped(), alert.text.toHtmlEscaped());
    }
    if (!m_outcome.unchecked.isEmpty())
        html += QStringLiteral("<p style=\"color:#6b4d00\">%1</p>")
                    .arg(tr("Not checked, their substances are not known: %1.")
                             .arg(m_outcome.unchecked.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(m_lines->rowCount() > 0
                            ? tr("No allergy, interaction or duplicate found with the patient's "
                                 "allergies and current treatments.")
                                  .toHtmlEscaped()
                            : tr("The checks show here as lines are added.").toHtmlEscaped());
    m_checks->setHtml(html);
}

bool PrescriptionEditor::saveDraft()
{
    auto saved = m_prescriptions.saveDraft(m_session, typed());
    if (saved) {
        m_draft.id = *saved;
        setProperty(UnsavedProperty, false);
        return true;
    }
    Error error = saved.error();
    // "lines/2/dose": the third line's dose. That line is shown, the reason under its field.
    const QStringList path = error.field.split(QLatin1Char('/'));
    if (path.size() == 3 && path.first() == QLatin1String(PrescriptionRules::FieldLines)) {
        m_lineTable->selectRow(path.at(1).toInt());
        error.field = path.at(2);
        error.message = tr("Line %1: %2").arg(path.at(1).toInt() + 1).arg(error.message);
    }
    refuse(error);
    return false;
}

void PrescriptionEditor::save()
{
    if (saveDraft())
        accept();
}

void PrescriptionEditor::saveAndSign()
{
    if (!saveDraft())
        return;
    SignDialog sign(m_vault, m_session, {m_draft.id}, this);
    if (sign.exec() == QDialog::Accepted && sign.signedIds().contains(m_draft.id)) {
        m_signed = true;
        accept();
    }
}

} // namespace relais::ui
