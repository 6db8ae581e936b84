#pragma once

#include "common/RecordListModel.h"
#include "services/DrugInteractions.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace relais::ui {

// Which active substances of the drugs prescribed every day were found in the interaction
// thesaurus, and which were not: a pharmacist or a physician reviews the unmatched ones (a
// substance without any interaction, or a name Relais does not yet bring to the thesaurus'
// spelling) before trusting the checks.
class SubstanceMatchDialog : public QDialog
{
    Q_OBJECT

public:
    SubstanceMatchDialog(DrugInteractions::Coverage coverage, QWidget *parent = nullptr);

    // The rows shown, after the filters (for tests).
    const QList<DrugInteractions::SubstanceMatch> &shown() const { return m_model->records(); }

private:
    void refilter();

    DrugInteractions::Coverage m_coverage;
    RecordListModel<DrugInteractions::SubstanceMatch> *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_unmatchedOnly = nullptr;
    QCheckBox *m_withoutHomeopathy = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace relais::ui
