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

// A drug found in the national database as one types: by its name, its DCI or the code of its
// box (typed, or scanned from the DataMatrix), marketed ones first, with a line that says what
// the list holds or why it is empty. The Prescriptions section shows it with a drug's details;
// the prescription editor adds the drug chosen (Enter or a double click) as a line.
class DrugSearchBox : public QWidget
{
    Q_OBJECT

public:
    // A search shows this many drugs at most: past it, a person types one more word.
    static constexpr int MostShown = 50;

    explicit DrugSearchBox(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    void focusSearch();
    // Searches for `typed` at once (the field waits for a pause in typing; a scanner ends with
    // Enter, which searches at once too).
    void search(const QString &typed);
    // The drug selected in the list, if any.
    const DrugChoice *current() const;

    DrugSearchModel *results() const { return m_results; }
    QTableView *table() const { return m_table; }
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void currentChanged();
    // Enter on a result, or a double click: the drug is wanted.
    void chosen(const relais::DrugChoice &choice);

private:
    void showState(const QString &typed, qsizetype found);

    DrugSearch m_search;
    DrugSubstances m_substances;
    Session m_session;
    QLineEdit *m_field = nullptr;
    QTimer *m_pause = nullptr;
    QLabel *m_state = nullptr;
    DrugSearchModel *m_results = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace relais::ui
