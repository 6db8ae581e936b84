#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace relais::ui {

// The hub's address as typed, with a button that picks the practice's certificate authority
// and writes it into the address (?sslrootcert=…): a hub beyond this computer is reached only
// with its certificate checked against it.
class HubAddressField : public QWidget
{
    Q_OBJECT

public:
    explicit HubAddressField(QWidget *parent);

    QLineEdit *edit() const { return m_edit; }
    void setReadOnly(bool readOnly);
    // Puts `caFile` in the address typed so far, replacing one already there.
    void setCaFile(const QString &caFile);

private:
    void chooseCaFile();

    QLineEdit *m_edit;
    QPushButton *m_ca;
};

} // namespace relais::ui
