#include "MergeDialog.h"

#include "PatientSearchModel.h"
#include "common/FormHelpers.h"
#include "domain/Nir.h"
#include "domain/PhoneNumber.h"
#include "domain/PostalAddress.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// The identity that was checked the most is the one to keep.
int trust(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Qualified: return 3;
    case IdentityStatus::Validated: return 2;
    case IdentityStatus::Retrieved: return 1;
    case IdentityStatus::Provisional: break;
    }
    return 0;
}

} // namespace

MergeDialog::MergeDialog(PatientRegistry &registry, PatientMerger &merger, const Session &session,
                         const PatientIdentity &opened, QWidget *parent)
    : FormDialog(parent, tr("&Merge"), QStringLiteral("merge"))
    , m_registry(registry)
    , m_merger(merger)
    , m_session(session)
    , m_opened(opened)
{
    setWindowTitle(tr("Merge two files of one person"));
    QVBoxLayout *layout = body();
    auto *intro = new QLabel(tr("Choose the other file of %1. Everything it holds moves to the "
                                "file you keep; the other one stays in the vault, out of the "
                                "lists, and the merge can be undone.")
                                 .arg(PatientRegistry::displayName(opened).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_search->setPlaceholderText(tr("Likely duplicates are listed; type to find another file…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_candidates = new PatientSearchModel(this);
    m_table = makeListTable(this, m_candidates, QStringLiteral("mergeCandidates"),
                            PatientSearchModel::Name);
    m_table->setMaximumHeight(150);
    layout->addWidget(m_table);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("mergeEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *compare = new QGridLayout;
    m_keepOpened = new QRadioButton(tr("Keep &this file"), this);
    m_keepOpened->setObjectName(QStringLiteral("keepOpened"));
    m_keepOther = new QRadioButton(tr("Keep the &other file"), this);
    m_keepOther->setObjectName(QStringLiteral("keepOther"));
    m_keepOpened->setChecked(true);
    m_openedFacts = new QLabel(describe(opened), this);
    m_otherFacts = new QLabel(tr("Choose a file above."), this);
    for (QLabel *facts : {m_openedFacts, m_otherFacts}) {
        facts->setWordWrap(true);
        facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    compare->addWidget(m_keepOpened, 0, 0);
    compare->addWidget(m_keepOther, 0, 1);
    compare->addWidget(m_openedFacts, 1, 0);
    compare->addWidget(m_otherFacts, 1, 1);
    compare->setColumnStretch(0, 1);
    compare->setColumnStretch(1, 1);
    layout->addLayout(compare);

    auto *form = new QFormLayout;
    m_reasonEdit = makeNamedEdit(this, PatientMerger::FieldReason);
    m_reasonEdit->setPlaceholderText(tr("same identity card, same NIR, confirmed by phone…"));
    addFieldRow(form, tr("&Why they are one person:"), m_reasonEdit);
    layout->addLayout(form);
    connect(m_search, &QLineEdit::textChanged, this, &MergeDialog::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { choose(current.row()); });
    search(QString());
    setMinimumWidth(720);
}

QString MergeDialog::describe(const PatientIdentity &p) const
{
    QStringList lines{
        QStringLiteral("<b>%1</b>").arg(PatientRegistry::displayName(p).toHtmlEscaped()),
        tr("%1, %2").arg(PatientSearchModel::bornOn(p.sex, p.birthDate),
                         IdentityStatusRules::display(p.status))};
    if (auto nir = Nir::parse(p.nir))
        lines.append(tr("NIR %1").arg(nir->formatted()));
    if (auto phone = PhoneNumber::parse(p.phone))
        lines.append(tr("Phone %1").arg(phone->display()));
    const QString address = PostalAddress{p.address, p.postcode, p.city}.oneLine();
    if (!address.isEmpty())
        lines.append(address.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void MergeDialog::search(const QString &typed)
{
    QList<PatientHit> hits;
    if (typed.trimmed().isEmpty()) {
        if (auto duplicates = m_registry.duplicatesOf(m_opened)) {
            for (const DuplicateCandidate &c : std::as_const(*duplicates))
                hits.append(c.patient);
        }
    } else if (auto found = m_registry.search(m_session, typed)) {
        hits = *found;
    }
    hits.removeIf([this](const PatientHit &h) { return h.id == m_opened.id; });
    m_candidates->setHits(hits, m_registry.clock().today());
    m_empty->setText(!hits.isEmpty() ? QString()
                     : typed.trimmed().isEmpty()
                         ? tr("Relais sees no likely duplicate of this file. If you know of one, "
                              "type its name, birth date or number above.")
                         : tr("No other file matches “%1”.").arg(typed.trimmed()));
    m_empty->setVisible(hits.isEmpty());
    if (!hits.isEmpty())
        m_table->selectRow(0);
    else
        choose(-1);
}

void MergeDialog::choose(int row)
{
    m_other = {};
    if (row >= 0 && row < m_candidates->rowCount()) {
        if (auto other = m_registry.open(m_session, m_candidates->hit(row).id))
            m_other = *other;
    }
    m_otherFacts->setText(m_other.id.isEmpty() ? tr("Choose a file above.") : describe(m_other));
    m_keepOther->setEnabled(!m_other.id.isEmpty());
    const bool otherBetter =
        !m_other.id.isEmpty() && trust(m_other.status) > trust(m_opened.status);
    (otherBetter ? m_keepOther : m_keepOpened)->setChecked(true);
}

void MergeDialog::save()
{
    if (m_other.id.isEmpty())
        return refuse(Error{ErrorCode::InvalidInput, tr("Choose the other file first.")});
    const bool keepOpened = m_keepOpened->isChecked();
    const QString kept = keepOpened ? m_opened.id : m_other.id;
    const QString merged = keepOpened ? m_other.id : m_opened.id;
    auto done = m_merger.merge(m_session, kept, merged, m_reasonEdit->text());
    if (!done)
        return refuse(done.error());
    m_keptId = kept;
    accept();
}

} // namespace relais::ui
