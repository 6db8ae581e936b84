#include "TypesDialog.h"

#include "common/FormHelpers.h"
#include "services/Schedules.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap square(14, 14);
    square.fill(QColor(colour.isEmpty() ? QStringLiteral("#9fb8d8") : colour));
    return QIcon(square);
}

} // namespace

TypesDialog::TypesDialog(Vault &vault, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_session(session)
{
    setWindowTitle(tr("Appointment types"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("types"));
    layout->addWidget(m_list, 1);
    auto *form = new QFormLayout;
    m_code = makeNamedEdit(this, AppointmentTypeRules::FieldCode);
    m_code->setPlaceholderText(tr("C, NP, SNP…"));
    m_code->setMaxLength(12);
    m_label = makeNamedEdit(this, AppointmentTypeRules::FieldLabel);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QLatin1String(AppointmentTypeRules::FieldMinutes));
    m_minutes->setRange(5, 240);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_colourButton = new QPushButton(tr("C&hoose…"), this);
    m_colourButton->setObjectName(QLatin1String(AppointmentTypeRules::FieldColour));
    addFieldRow(form, tr("&Code:"), m_code);
    addFieldRow(form, tr("&Label:"), m_label);
    addFieldRow(form, tr("&Length:"), m_minutes);
    addFieldRow(form, tr("Colo&ur:"), m_colourButton);
    layout->addLayout(form);
    m_reason = makeReasonLabel(this);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *fresh = buttons->addButton(tr("&New type"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("&Save the type"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveType"));
    auto *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(fresh, &QPushButton::clicked, this, &TypesDialog::startNew);
    connect(save, &QPushButton::clicked, this, &TypesDialog::saveType);
    connect(remove, &QPushButton::clicked, this, &TypesDialog::removeType);
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Colour"));
        if (chosen.isValid())
            setColour(chosen.name());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &TypesDialog::showType);
    reload();
    if (m_types.isEmpty())
        startNew();
    resize(480, 460);
}

void TypesDialog::reload(const QString &selectId)
{
    auto types = Schedules(m_vault).types();
    m_types = types ? *types : QList<AppointmentType>();
    if (!types)
        showFormError(this, m_reason, types.error());
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    int select = -1;
    for (const AppointmentType &t : std::as_const(m_types)) {
        if (t.id == selectId)
            select = m_list->count();
        new QListWidgetItem(swatch(t.colour),
                            tr("%1 — %2 (%3 min)").arg(t.code, t.label).arg(t.minutes), m_list);
    }
    if (select >= 0) {
        m_list->setCurrentRow(select);
        showType(select);
    }
}

void TypesDialog::showType(int row)
{
    if (row < 0 || row >= m_types.size())
        return;
    const AppointmentType &t = m_types.at(row);
    m_editingId = t.id;
    m_code->setText(t.code);
    m_label->setText(t.label);
    m_minutes->setValue(t.minutes);
    setColour(t.colour);
    m_reason->clear();
}

void TypesDialog::startNew()
{
    m_editingId.clear();
    m_list->clearSelection();
    m_code->clear();
    m_label->clear();
    m_minutes->setValue(15);
    setColour(QStringLiteral("#4a90d9"));
    m_code->setFocus();
}

void TypesDialog::setColour(const QString &colour)
{
    m_colour = colour;
    m_colourButton->setIcon(swatch(colour));
}

bool TypesDialog::saveType()
{
    const AppointmentType typed{m_editingId, m_code->text(), m_label->text(), m_minutes->value(),
                                m_colour};
    if (const QList<Error> problems = AppointmentTypeRules::problems(typed, m_types);
        !problems.isEmpty()) {
        showAllProblems(this, m_reason, problems);
        return false;
    }
    auto saved = Schedules(m_vault).saveType(m_session, typed);
    if (!saved) {
        showFormError(this, m_reason, saved.error());
        return false;
    }
    reload(*saved);
    m_reason->setText(tr("Saved."));
    return true;
}

bool TypesDialog::removeType()
{
    if (m_editingId.isEmpty())
        return false;
    if (const Status gone = Schedules(m_vault).removeType(m_session, m_editingId); !gone) {
        showFormError(this, m_reason, gone.error());
        return false;
    }
    reload();
    startNew();
    return true;
}

} // namespace relais::ui
