#pragma once

#include "common/FormDialog.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace relais::ui {

class PatientSearchModel;

// Two files of one person become one. The dialog proposes the likely duplicates of the open file
// (or finds another by search), shows both side by side, keeps the better-checked identity by
// default, and asks why. The merge can be undone from the file's Identity tab.
class MergeDialog : public FormDialog
{
    Q_OBJECT

public:
    MergeDialog(PatientRegistry &registry, PatientMerger &merger, const Session &session,
                const PatientIdentity &opened, QWidget *parent = nullptr);

    void search(const QString &typed);
    void choose(int row);
    void save() override;
    PatientSearchModel *candidates() const { return m_candidates; }
    // After acceptance: the file that was kept.
    const QString &keptId() const { return m_keptId; }

private:
    QString describe(const PatientIdentity &p) const;

    PatientRegistry &m_registry;
    PatientMerger &m_merger;
    const Session &m_session;
    PatientIdentity m_opened;
    PatientIdentity m_other;
    QString m_keptId;
    QLineEdit *m_search = nullptr;
    PatientSearchModel *m_candidates = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_openedFacts = nullptr;
    QLabel *m_otherFacts = nullptr;
    QRadioButton *m_keepOpened = nullptr;
    QRadioButton *m_keepOther = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
};

} // namespace relais::ui
