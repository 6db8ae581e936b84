#pragma once

#include "domain/AppointmentType.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace relais {
class Vault;
}

namespace relais::ui {

// The practice's kinds of appointment: each with its code (what opening hours name), its
// words, its usual length and its colour on the agenda. Chosen in the list, changed below,
// saved one at a time.
class TypesDialog : public QDialog
{
    Q_OBJECT

public:
    TypesDialog(Vault &vault, const Session &session, QWidget *parent = nullptr);

    void startNew();
    // Saves what the fields say, as a new type or the one chosen; says why not.
    bool saveType();
    bool removeType();
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *labelField() const { return m_label; }
    QSpinBox *minutesField() const { return m_minutes; }
    int typeCount() const { return static_cast<int>(m_types.size()); }

private:
    void reload(const QString &selectId = QString());
    void showType(int row);
    void setColour(const QString &colour);

    Vault &m_vault;
    Session m_session;
    QList<AppointmentType> m_types;
    QString m_editingId;
    QString m_colour;
    QListWidget *m_list = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_colourButton = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace relais::ui
