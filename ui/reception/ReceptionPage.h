#pragma once

#include <QWidget>

class QLineEdit;

namespace relais::ui {

// The Reception section, where the assistant starts the day: finding a patient as they arrive
// (what is typed goes on in the Patients section's search, with its results and file) and
// creating a new file. Today's arrivals and the waiting room come with the agenda.
class ReceptionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionPage(QWidget *parent = nullptr);
    void focusSearch();

Q_SIGNALS:
    void findPatient(const QString &typed);
    void newPatient();

private:
    QLineEdit *m_search = nullptr;
};

} // namespace relais::ui
