#pragma once

#include "security/Session.h"
#include "services/DrugSubstances.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace relais::ui {

// Settings → Data: the reference data this workstation imports (the national drug database)
// and where it came from.
class DataTab : public QWidget
{
    Q_OBJECT

public:
    explicit DataTab(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    // Imports the BDPM files of `folder` (or its composition file) and says how it went.
    bool importBdpm(const QString &folder);

private:
    void chooseBdpmFolder();
    void showDrugDatabase();

    DrugSubstances m_substances;
    Session m_session;
    QLabel *m_drugState = nullptr;
    QLabel *m_drugResult = nullptr;
    QPushButton *m_importBdpm = nullptr;
};

} // namespace relais::ui
