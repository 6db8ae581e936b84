#include "PatientsPage.h"

#include "IntakeDialog.h"
#include "PatientFileView.h"
#include "PatientSearchModel.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "security/AccessPolicy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

PatientsPage::PatientsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_registry(vault)
{
    new ChangeFollower(
        vault, {QStringLiteral("patient")}, [this](const VaultChanges &) { refreshResults(); },
        this);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(
        tr("Name, birth date (12/03/1985), social-security number or phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *create = new QPushButton(tr("&New patient…"), this);
    create->setObjectName(QStringLiteral("newPatient"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setToolTip(tr("New patient (Ctrl+N)"));
    row->addWidget(m_search, 1);
    row->addWidget(create);
    layout->addLayout(row);

    m_stack = new QStackedWidget(this);
    m_resultsPanel = new QWidget(m_stack);
    auto *resultsLayout = new QVBoxLayout(m_resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(m_resultsPanel);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    resultsLayout->addWidget(m_hint);
    m_results = new PatientSearchModel(this);
    m_table = makeListTable(m_resultsPanel, m_results, QStringLiteral("patientResults"),
                            PatientSearchModel::Name);
    m_table->installEventFilter(this);
    resultsLayout->addWidget(m_table, 1);
    m_file = new PatientFileView(vault, m_registry, m_stack);
    m_stack->addWidget(m_resultsPanel);
    m_stack->addWidget(m_file);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::search);
    // Enter in the box opens the first file found (the arrows choose another first).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->rowCount() > 0 && m_stack->currentWidget() == m_resultsPanel)
            openPatient(m_results->hit(0).id);
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openPatient(m_results->hit(index.row()).id); });
    connect(create, &QPushButton::clicked, this, &PatientsPage::newPatient);
    connect(m_file, &PatientFileView::openRequested, this, &PatientsPage::openPatient);
    search(QString());
}

void PatientsPage::setSession(const Session &session)
{
    m_session = session;
    m_file->setSession(session);
    const bool allowed = AccessPolicy::allows(session.roles, Permission::ReadPatients);
    setEnabled(allowed);
    m_search->clear();
    m_openedId.clear();
    search(QString());
    if (!allowed)
        m_hint->setText(tr("Patient files are for the medical assistants and physicians."));
}

bool PatientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Ctrl+E is the file's identity, not the line edit's "end of line".
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier) {
            // Taken as a key press here (the line edit would read it as "end of line"), so
            // that it works whether the file or the results are in view.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (!m_openedId.isEmpty()) {
                showResults(false);
                m_file->editIdentity();
            }
            return true;
        }
        // Down goes into the list, on its first line.
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Down &&
            m_results->rowCount() > 0 && m_stack->currentWidget() == m_resultsPanel) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
    }
    // Escape leaves the results for the file that was open, if there is one.
    if (event->type() == QEvent::KeyPress && !m_openedId.isEmpty() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (watched == m_search || watched == m_table)) {
        showResults(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsPage::showResults(bool results)
{
    m_stack->setCurrentWidget(results ? m_resultsPanel : static_cast<QWidget *>(m_file));
}

void PatientsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsPage::searchFor(const QString &typed)
{
    m_search->setText(typed);
    m_search->setFocus();
    m_search->end(false);
}

void PatientsPage::search(const QString &typed)
{
    if (typed.trimmed().isEmpty()) {
        m_results->setHits({}, {});
        m_hint->setText(tr("Type the first letters of a name, a birth date, a social-security "
                           "number or a phone number. Ctrl+N creates a new file."));
        showResults(m_openedId.isEmpty());
        return;
    }
    showResults(true);
    auto found = m_registry.search(m_session, typed);
    if (!found) {
        m_results->setHits({}, {});
        m_hint->setText(found.error().message);
        return;
    }
    m_results->setHits(*found, m_registry.clock().today());
    m_hint->setText(
        found->isEmpty()
            ? tr("No patient matches “%1”. Check the spelling, or create a new file "
                 "with Ctrl+N.")
                  .arg(typed.trimmed())
            : (m_openedId.isEmpty() ? QString() : tr("Escape goes back to the open file.")));
}

void PatientsPage::refreshResults()
{
    const QString typed = m_search->text();
    if (typed.trimmed().isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? m_results->hit(current.row()).id : QString();
    search(typed);
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->hit(row).id == selected) {
            m_table->selectRow(row);
            break;
        }
    }
}

void PatientsPage::newPatient()
{
    IntakeDialog dialog(m_registry, m_session, this);
    if (dialog.exec() != QDialog::Accepted || dialog.patientId().isEmpty())
        return;
    // The search that led here is done with; a new file starts on its summary.
    m_search->clear();
    openPatient(dialog.patientId());
    m_file->tabs()->setCurrentIndex(0);
}

void PatientsPage::openPatient(const QString &id)
{
    auto patient = m_registry.open(m_session, id);
    if (!patient) {
        showResults(true);
        m_hint->setText(patient.error().message);
        return;
    }
    m_openedId = patient->id;
    m_file->showPatient(*patient);
    showResults(false);
}

} // namespace relais::ui
