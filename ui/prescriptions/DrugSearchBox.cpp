#include "DrugSearchBox.h"

#include "DrugSearchModel.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

DrugSearchBox::DrugSearchBox(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_search(vault)
    , m_substances(vault)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("drugSearch"));
    m_field->setPlaceholderText(tr("Name, substance (DCI) or box code — or scan the box"));
    m_field->setClearButtonEnabled(true);
    m_field->setProperty(NotInputProperty, true);
    layout->addWidget(m_field);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("drugSearchState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_results = new DrugSearchModel(this);
    m_table = makeListTable(this, m_results, QStringLiteral("drugResults"), DrugSearchModel::Name);
    m_table->horizontalHeader()->setSectionResizeMode(DrugSearchModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    // Typing waits for a pause; a barcode scanner types fast and ends with Enter.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_field, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        search(m_field->text());
        if (m_results->rowCount() > 0)
            m_table->setFocus();
    });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search(text);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrugSearchBox::currentChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT chosen(m_results->choice(index.row()));
    });
    // A new release imported meanwhile: the same search again, on it.
    new ChangeFollower(
        vault, {QStringLiteral("drug_specialty")},
        [this](const VaultChanges &) { search(m_field->text()); }, this);
    search(QString());
}

void DrugSearchBox::setSession(const Session &session)
{
    m_session = session;
    m_field->clear();
    search(QString());
}

void DrugSearchBox::focusSearch()
{
    m_field->setFocus();
    m_field->selectAll();
}

const DrugChoice *DrugSearchBox::current() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? &m_results->choice(index.row()) : nullptr;
}

void DrugSearchBox::search(const QString &typed)
{
    QList<DrugChoice> found;
    if (!typed.trimmed().isEmpty() && m_session.isValid()) {
        auto result = m_search.find(m_session, typed, MostShown);
        if (!result) {
            m_results->setChoices({});
            m_state->setText(result.error().message);
            Q_EMIT currentChanged();
            return;
        }
        found = std::move(*result);
    }
    m_results->setChoices(found);
    showState(typed, found.size());
    if (!found.isEmpty())
        m_table->selectRow(0);
    Q_EMIT currentChanged();
}

void DrugSearchBox::showState(const QString &typed, qsizetype found)
{
    if (!m_substances.release()) {
        m_state->setText(tr("The national drug database is not imported on this workstation yet: "
                            "a physician or an administrator imports it in Settings → Data."));
        return;
    }
    if (typed.trimmed().isEmpty()) {
        m_state->setText(tr("Type a drug's name, its substance or the code on its box, or scan "
                            "the box's barcode."));
        return;
    }
    if (found == 0) {
        m_state->setText(tr("No drug matches “%1”. Check the spelling, or type fewer letters.")
                             .arg(typed.trimmed()));
        return;
    }
    m_state->setText(
        found >= MostShown
            ? tr("The first %1 drugs: type another word (a strength, a form) to "
                 "narrow.")
                  .arg(MostShown)
            : tr("%n drug(s), the marketed ones first.", nullptr, static_cast<int>(found)));
}

} // namespace relais::ui
