#pragma once

#include "geo/PlaceDirectory.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace relais::ui {

// The birth place as an assistant knows it: a name. Communes and countries are proposed as they
// are typed and the one picked gives its INSEE code, which is what is stored. A code typed by
// hand is taken as it is (a commune that vanished before 2016 is not in the table), with its
// name shown beside it when known. Without a table (missing or damaged) it is a code field.
class BirthPlaceField : public QWidget
{
    Q_OBJECT

public:
    BirthPlaceField(const Result<PlaceDirectory> &places, const char *name, QWidget *parent);

    QLineEdit *edit() const { return m_edit; }
    // The INSEE code picked or typed; otherwise the text as typed, which the identity rules
    // refuse with their reason.
    QString code() const;
    // True when a name was typed that stands for no single place yet.
    bool waitsForChoice() const;
    void setCode(const QString &code);
    // The places proposed for what was typed, as the list shows them.
    QStringList proposals() const;
    // Picks the proposal at `row`, as a click in the list does.
    void pick(int row);

private:
    void typed(const QString &text);
    void left();
    void showHint();

    const PlaceDirectory *m_places = nullptr; // null when the table could not be read
    QString m_tableProblem;
    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    QList<Place> m_found;
    QString m_code;
};

} // namespace relais::ui
