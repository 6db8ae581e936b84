#include "AgendaModel.h"

#include "domain/PracticeTime.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMimeData>
#include <QTimeZone>

namespace relais::ui {

namespace {

QString hhmm(const QTime &t)
{
    // By hand: QTime::toString goes through the locale's formatter, and a week of the agenda
    // writes two thousand of these.
    const QChar digits[] = {QChar(u'0' + t.hour() / 10), QChar(u'0' + t.hour() % 10),
                            QLatin1Char(':'), QChar(u'0' + t.minute() / 10),
                            QChar(u'0' + t.minute() % 10)};
    return QString(digits, 5);
}

QString hhmm(const QDateTime &utc)
{
    return hhmm(PracticeTime::wallClock(utc).time());
}

// The schedule's shades: light enough that black text and type colours read on them.
QColor shadeOf(Availability availability)
{
    switch (availability) {
    case Availability::Open: return QColor(0xff, 0xff, 0xff);
    case Availability::UnscheduledCare: return QColor(0xff, 0xf3, 0xc4);
    case Availability::Break: return QColor(0xe4, 0xe4, 0xe4);
    case Availability::Away:
    case Availability::Holiday: return QColor(0xd6, 0xd6, 0xd6);
    case Availability::Closed: return QColor(0xee, 0xee, 0xee);
    }
    return QColor(0xee, 0xee, 0xee);
}

} // namespace

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AgendaModel::availabilityText(Availability availability)
{
    switch (availability) {
    case Availability::Open: return tr("Open");
    case Availability::UnscheduledCare: return tr("Unscheduled care");
    case Availability::Break: return tr("Break");
    case Availability::Away: return tr("Away");
    case Availability::Holiday: return tr("Public holiday");
    case Availability::Closed: return tr("Closed");
    }
    return QString();
}

void AgendaModel::setView(const QList<Column> &columns, const QTime &first, const QTime &last,
                          const QList<Schedule> &schedules, PublicHolidays::Region region,
                          bool weekView)
{
    beginResetModel();
    m_columns = columns;
    m_first = first;
    m_weekView = weekView;
    m_rows = std::max(1, first.secsTo(last) / (StepMinutes * 60));
    m_entries.clear();
    m_lines.clear();
    m_tints.clear();
    m_cells = QList<Cell>(qsizetype(m_rows) * m_columns.size());
    QHash<QString, const Schedule *> byPractitioner;
    for (const Schedule &s : schedules)
        byPractitioner.insert(s.practitionerId, &s);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const Schedule *schedule = byPractitioner.value(column.practitionerId);
        // On a day the clocks do not change, each cell is the first one's instant plus its
        // quarters of an hour; the two days a year they change, each is converted.
        const auto dayStart = PracticeTime::toUtc(column.day, m_first);
        const QTimeZone zone = PracticeTime::zone();
        const bool steady =
            dayStart &&
            zone.offsetFromUtc(*dayStart) ==
                zone.offsetFromUtc(dayStart->addSecs(qint64(m_rows) * StepMinutes * 60));
        for (int r = 0; r < m_rows; ++r) {
            Cell &cell = m_cells[r * m_columns.size() + c];
            const QTime at = timeOfRow(r);
            if (steady) {
                cell.start = dayStart->addSecs(qint64(r) * StepMinutes * 60);
            } else if (auto start = PracticeTime::toUtc(column.day, at)) {
                cell.start = *start;
            }
            cell.availability = schedule
                                    ? ScheduleRules::availability(*schedule, region, column.day, at,
                                                                  StepMinutes, cell.start)
                                    : Availability::Closed;
        }
    }
    endResetModel();
}

void AgendaModel::setEntries(const QList<AgendaEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_lines.clear();
    m_tints.clear();
    m_lines.reserve(m_entries.size());
    m_tints.reserve(m_entries.size());
    QHash<QString, QColor> colours; // a handful of types, parsed once each
    QList<QDateTime> local;         // each start on the practice's clock, converted once
    local.reserve(m_entries.size());
    for (const AgendaEntry &e : std::as_const(m_entries)) {
        local.append(PracticeTime::wallClock(e.appointment.start));
        QString line = hhmm(local.constLast().time()) + QLatin1Char(' ') + e.patientName;
        if (!e.typeLabel.isEmpty())
            line += QStringLiteral(" · ") + e.typeLabel;
        if (e.appointment.status == Appointment::Status::NoShow)
            line += QStringLiteral(" · ") + tr("no-show");
        if (!e.appointment.seriesId.isEmpty())
            line += QStringLiteral(" ↻");
        m_lines.append(line);
        // Light enough for black text; a no-show fades.
        auto colour = colours.constFind(e.colour);
        if (colour == colours.cend())
            colour = colours.insert(
                e.colour, QColor(e.colour.isEmpty() ? QStringLiteral("#9fb8d8") : e.colour));
        m_tints.append(colour->lighter(e.appointment.holdsTime() ? 150 : 185));
    }
    for (Cell &cell : m_cells) {
        cell.entries.clear();
        cell.startsHere = false;
    }
    QHash<QString, QList<int>> columnsOf; // by practitioner
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        columnsOf[m_columns.at(c).practitionerId].append(static_cast<int>(c));
    const int firstSecond = m_first.msecsSinceStartOfDay() / 1000;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Appointment &a = m_entries.at(i).appointment;
        // A cancelled appointment frees its time: the history keeps it, the grid does not.
        if (a.status == Appointment::Status::Cancelled)
            continue;
        const QDate day = local.at(i).date();
        const int offset = local.at(i).time().msecsSinceStartOfDay() / 1000 - firstSecond;
        for (int c : columnsOf.value(a.practitionerId)) {
            if (m_columns.at(c).day != day)
                continue;
            const int firstRow = std::max(0, offset / (StepMinutes * 60));
            const int lastRow =
                std::min(m_rows - 1, (offset + a.minutes() * 60 - 1) / (StepMinutes * 60));
            for (int r = firstRow; r <= lastRow; ++r) {
                Cell &cell = m_cells[r * m_columns.size() + c];
                cell.entries.append(static_cast<int>(i));
                if (r == firstRow)
                    cell.startsHere = true;
            }
        }
    }
    endResetModel();
}

QTime AgendaModel::timeOfRow(int row) const
{
    return m_first.addSecs(row * StepMinutes * 60);
}

const AgendaModel::Cell *AgendaModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns.size())
        return nullptr;
    return &m_cells.at(index.row() * m_columns.size() + index.column());
}

QList<const AgendaEntry *> AgendaModel::entriesAt(const QModelIndex &index) const
{
    QList<const AgendaEntry *> out;
    if (const Cell *c = cell(index)) {
        for (int i : c->entries)
            out.append(&m_entries.at(i));
    }
    return out;
}

QModelIndex AgendaModel::indexOf(const QString &appointmentId) const
{
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &c = m_cells.at(i);
        if (!c.startsHere)
            continue;
        for (int e : c.entries) {
            if (m_entries.at(e).appointment.id == appointmentId)
                return index(static_cast<int>(i / m_columns.size()),
                             static_cast<int>(i % m_columns.size()));
        }
    }
    return {};
}

QModelIndex AgendaModel::indexAt(const QString &practitionerId, const QDateTime &utc) const
{
    const QDateTime local = PracticeTime::toLocal(utc);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        if (column.practitionerId != practitionerId || column.day != local.date())
            continue;
        const int row = m_first.secsTo(local.time()) / (StepMinutes * 60);
        if (row >= 0 && row < m_rows)
            return index(row, static_cast<int>(c));
    }
    return {};
}

QDateTime AgendaModel::slotStart(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    return c ? c->start : QDateTime();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    const Cell *c = cell(index);
    if (!c)
        return {};
    const AgendaEntry *first = c->entries.isEmpty() ? nullptr : &m_entries.at(c->entries.first());
    bool conflict = false;
    for (int i : c->entries)
        conflict = conflict || m_entries.at(i).inConflict || m_entries.at(i).appointment.overbooked;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (!first)
            return role == Qt::AccessibleTextRole ? availabilityText(c->availability) : QVariant();
        if (!c->startsHere)
            return role == Qt::AccessibleTextRole
                       ? QVariant(tr("%1, continued").arg(first->patientName))
                       : QVariant(QStringLiteral("┆"));
        QString text = conflict ? QStringLiteral("⚠ ") : QString();
        for (qsizetype i = 0; i < c->entries.size(); ++i) {
            if (i > 0)
                text += QStringLiteral(" / ");
            text += m_lines.at(c->entries.at(i));
        }
        return text;
    }
    case Qt::ToolTipRole: {
        if (!first)
            return availabilityText(c->availability);
        QStringList lines;
        for (int i : c->entries) {
            const AgendaEntry &e = m_entries.at(i);
            QString line = tr("%1–%2 %3 (%4)")
                               .arg(hhmm(e.appointment.start), hhmm(e.appointment.end),
                                    e.patientName, e.typeLabel);
            if (e.appointment.overbooked)
                line += QLatin1Char('\n') + tr("Overbooked: %1").arg(e.appointment.reason);
            else if (e.inConflict)
                line += QLatin1Char('\n') + tr("In conflict with another appointment");
            if (e.appointment.status == Appointment::Status::NoShow)
                line += QLatin1Char('\n') + tr("Not honoured");
            if (!e.appointment.seriesId.isEmpty())
                line += QLatin1Char('\n') + tr("Part of a recurring series");
            lines.append(line);
        }
        return lines.join(QStringLiteral("\n\n"));
    }
    case Qt::BackgroundRole: {
        if (first)
            return QBrush(m_tints.at(c->entries.first()));
        return QBrush(shadeOf(c->availability));
    }
    case Qt::ForegroundRole:
        if (conflict)
            return QBrush(QColor(0xa4, 0x00, 0x00));
        return {};
    case Qt::FontRole:
        if (first && c->startsHere) {
            QFont font;
            font.setStrikeOut(first->appointment.status == Appointment::Status::NoShow);
            font.setBold(conflict);
            return font;
        }
        return {};
    case AppointmentIdRole: return first ? first->appointment.id : QString();
    case SlotStartRole: return c->start;
    case PractitionerRole: return m_columns.at(index.column()).practitionerId;
    case AvailabilityRole: return static_cast<int>(c->availability);
    case ConflictRole: return conflict;
    case StartsHereRole: return c->startsHere;
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return timeOfRow(section).toString(QStringLiteral("HH:mm"));
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &column = m_columns.at(section);
    if (m_weekView) {
        const QString day = QLocale().toString(column.day, QStringLiteral("ddd d/MM"));
        const QString holiday = [&] {
            for (qsizetype r = 0; r < m_rows; ++r) {
                if (m_cells.at(r * m_columns.size() + section).availability ==
                    Availability::Holiday)
                    return tr("holiday");
            }
            return QString();
        }();
        return holiday.isEmpty() ? day : QStringLiteral("%1 (%2)").arg(day, holiday);
    }
    return column.practitionerName;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    if (!c)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (c->startsHere)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString id = data(indexes.first(), AppointmentIdRole).toString();
    if (id.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(MimeType), id.toUtf8());
    return mime;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                  const QModelIndex &parent) const
{
    return data && data->hasFormat(QLatin1String(MimeType)) && slotStart(parent).isValid();
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT moveRequested(QString::fromUtf8(data->data(QLatin1String(MimeType))), slotStart(parent),
                         m_columns.at(parent.column()).practitionerId);
    // The move is the page's, through the service; the grid follows the change notice.
    return false;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace relais::ui
