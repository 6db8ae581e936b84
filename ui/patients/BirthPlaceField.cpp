#include "BirthPlaceField.h"

#include "common/FormHelpers.h"
#include "domain/IdentityTraits.h"
#include "util/SearchKey.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    return code.match(text.trimmed().toUpper()).hasMatch();
}

} // namespace

BirthPlaceField::BirthPlaceField(const Result<PlaceDirectory> &places, const char *name,
                                 QWidget *parent)
    : QWidget(parent)
{
    if (places)
        m_places = &*places;
    else
        m_tableProblem = places.error().message;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = makeNamedEdit(this, name);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QLatin1String(name) + QStringLiteral("Hint"));
    m_hint->setWordWrap(true);
    keepWhole(m_hint);
    m_hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);
    if (m_places) {
        m_edit->setPlaceholderText(tr("commune or country, or its INSEE code"));
        // The directory ranks its own matches (accents aside, "st" for saint): the list shows
        // them as they are rather than filtering them again.
        m_model = new QStringListModel(this);
        m_completer = new QCompleter(m_model, this);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setMaxVisibleItems(10);
        m_edit->setCompleter(m_completer);
        connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
                [this](const QModelIndex &index) { pick(index.row()); });
    } else {
        m_edit->setPlaceholderText(tr("INSEE code; 99xxx abroad"));
    }
    connect(m_edit, &QLineEdit::textEdited, this, &BirthPlaceField::typed);
    connect(m_edit, &QLineEdit::editingFinished, this, &BirthPlaceField::left);
    showHint();
}

void BirthPlaceField::typed(const QString &text)
{
    m_code.clear();
    if (looksLikeCode(text))
        m_code = text.trimmed().toUpper();
    m_found.clear();
    if (m_places && text.trimmed().size() >= 2 && !looksLikeCode(text))
        m_found = m_places->findBirthPlaces(text, 12);
    if (m_model) {
        m_model->setStringList(proposals());
        if (!m_found.isEmpty())
            m_completer->complete();
        else
            m_completer->popup()->hide();
    }
    showHint();
}

void BirthPlaceField::left()
{
    if (!m_code.isEmpty() || m_found.isEmpty())
        return showHint();
    // A whole name typed out that only one place has is that place; with several, the
    // assistant chooses.
    const QString key = searchKey(m_edit->text());
    QList<int> exact;
    for (int i = 0; i < m_found.size(); ++i) {
        if (searchKey(m_found.at(i).name) == key)
            exact.append(i);
    }
    if (exact.size() == 1)
        pick(exact.first());
    else
        showHint();
}

void BirthPlaceField::pick(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    const Place place = m_found.at(row);
    m_code = place.code;
    m_edit->setText(m_places->describe(place));
    if (m_completer)
        m_completer->popup()->hide();
    showHint();
}

QString BirthPlaceField::code() const
{
    return m_code.isEmpty() ? m_edit->text().trimmed() : m_code;
}

bool BirthPlaceField::waitsForChoice() const
{
    return m_code.isEmpty() && !m_edit->text().trimmed().isEmpty();
}

void BirthPlaceField::setCode(const QString &code)
{
    m_found.clear();
    m_code = code.trimmed().toUpper();
    const Place *place = m_places ? m_places->byCode(m_code) : nullptr;
    m_edit->setText(place ? m_places->describe(*place) : m_code);
    showHint();
}

QStringList BirthPlaceField::proposals() const
{
    QStringList list;
    for (const Place &p : m_found)
        list.append(m_places->describe(p));
    return list;
}

void BirthPlaceField::showHint()
{
    QString hint;
    if (!m_places) {
        hint = m_tableProblem;
    } else if (!m_code.isEmpty()) {
        const Place *place = m_places->byCode(m_code);
        if (!place)
            hint = tr("INSEE code %1: not among today’s communes and countries. It is kept as "
                      "typed: check it on the identity document.")
                       .arg(m_code);
        else if (m_edit->text().trimmed().toUpper() == m_code)
            hint = tr("INSEE code %1: %2.").arg(m_code, m_places->describe(*place));
        else
            hint = tr("INSEE code %1.").arg(m_code);
    } else if (m_edit->text().trimmed().size() >= 2) {
        hint = m_found.isEmpty() ? tr("No commune or country of that name: check the spelling, "
                                      "or type the INSEE code.")
                                 : tr("Choose the place in the list.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

} // namespace relais::ui
