#pragma once

#include "security/Session.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace relais::ui {

class DrugSearchModel;

// The Prescriptions section. Its first part is the national drug database at hand: a drug found
// by its name, its DCI or the code of its box (typed, or scanned from the DataMatrix), with what
// tells it from its neighbours and, for the one selected, its substances, boxes and conditions.
class PrescriptionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrescriptionsPage(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    void focusSearch();
    // Searches for `typed` at once (the field waits for a pause in typing; a scanner ends with
    // Enter, which searches at once too).
    void search(const QString &typed);

    DrugSearchModel *results() const { return m_results; }

private:
    void showSelected();
    void showState(const QString &typed, qsizetype found);

    DrugSearch m_search;
    DrugSubstances m_substances;
    Session m_session;
    QLineEdit *m_field = nullptr;
    QTimer *m_pause = nullptr;
    QLabel *m_state = nullptr;
    DrugSearchModel *m_results = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace relais::ui
