#include "SubstanceMatchDialog.h"

#include "common/FormHelpers.h"
#include "util/SearchKey.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral("\u202f%");
}

} // namespace

SubstanceMatchDialog::SubstanceMatchDialog(DrugInteractions::Coverage coverage, QWidget *parent)
    : QDialog(parent)
    , m_coverage(std::move(coverage))
{
    setWindowTitle(tr("Substances and the interaction thesaurus"));
    using Match = DrugInteractions::SubstanceMatch;
    m_model = new RecordListModel<Match>(
        {{tr("Substance"), [](const Match &m) { return m.name; }},
         {tr("Code"), [](const Match &m) { return m.code; }},
         {tr("Drugs"), [](const Match &m) { return QLocale().toString(m.specialties); }},
         {tr("Thesaurus molecule"),
          [](const Match &m) {
              if (m.homeopathic)
                  return tr("— homeopathic stock, not checked");
              return m.molecule.isEmpty() ? tr("— none found") : m.molecule;
          }}},
        {}, this);
    m_model->setAlarming([](const Match &m) { return m.molecule.isEmpty() && !m.homeopathic; });

    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(
        tr("Of the %1 active substances of the marketed drugs taken by mouth or injected, %2 "
           "(%3) were found in the thesaurus, %4 leaving out the %5 homeopathic stocks. The "
           "others have no interaction listed by the ANSM, or a name Relais does not bring to the "
           "thesaurus' spelling: for those, interactions are not checked. Substances are listed "
           "from the most prescribed (the number of drugs holding them).")
            .arg(QLocale().toString(static_cast<int>(m_coverage.substances.size())),
                 QLocale().toString(m_coverage.matched), percent(m_coverage.share()),
                 percent(m_coverage.shareWithoutHomeopathy()),
                 QLocale().toString(m_coverage.homeopathic)),
        this);
    summary->setWordWrap(true);
    keepWhole(summary);
    layout->addWidget(summary);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("substanceMatchSearch"));
    m_search->setPlaceholderText(tr("Substance or molecule…"));
    m_search->setClearButtonEnabled(true);
    m_unmatchedOnly = new QCheckBox(tr("&Not found only"), this);
    m_unmatchedOnly->setObjectName(QStringLiteral("unmatchedOnly"));
    m_unmatchedOnly->setChecked(true);
    m_withoutHomeopathy = new QCheckBox(tr("&Leave out homeopathy"), this);
    m_withoutHomeopathy->setObjectName(QStringLiteral("withoutHomeopathy"));
    m_withoutHomeopathy->setChecked(true);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_unmatchedOnly);
    filters->addWidget(m_withoutHomeopathy);
    layout->addLayout(filters);

    QTableView *table = makeListTable(this, m_model, QStringLiteral("substanceMatches"), 0);
    layout->addWidget(table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("substanceMatchCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &SubstanceMatchDialog::refilter);
    connect(m_unmatchedOnly, &QCheckBox::toggled, this, &SubstanceMatchDialog::refilter);
    connect(m_withoutHomeopathy, &QCheckBox::toggled, this, &SubstanceMatchDialog::refilter);
    refilter();
    resizeWithinScreen(this, QSize(820, 560));
}

void SubstanceMatchDialog::refilter()
{
    const QString key = searchKey(m_search->text());
    QList<DrugInteractions::SubstanceMatch> shown;
    for (const DrugInteractions::SubstanceMatch &m : std::as_const(m_coverage.substances)) {
        if (m_unmatchedOnly->isChecked() && !m.molecule.isEmpty())
            continue;
        if (m_withoutHomeopathy->isChecked() && m.homeopathic)
            continue;
        if (!key.isEmpty() && !searchKey(m.name).contains(key) &&
            !searchKey(m.molecule).contains(key) && m.code != key)
            continue;
        shown.append(m);
    }
    m_model->setRecords(shown);
    m_count->setText(tr("%n substance(s) shown", nullptr, static_cast<int>(shown.size())));
}

} // namespace relais::ui
