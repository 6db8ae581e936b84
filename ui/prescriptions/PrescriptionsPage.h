#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;

namespace relais {
class Vault;
}

namespace relais::ui {

class DrugSearchBox;
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

    DrugSearchModel *results() const;

private:
    void showSelected();

    DrugSearchBox *m_box = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace relais::ui
