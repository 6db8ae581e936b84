#include "WritePolicy.h"

#include <QSet>

namespace relais {

namespace {

struct TablePolicy
{
    const char *table;
    // Set when the record is made, never changed afterwards.
    QSet<QString> fixed;
    // A record whose stateColumn holds one of frozenStates is frozen: only the columns in
    // changeableWhenFrozen may still change, and it cannot be removed.
    const char *stateColumn = nullptr;
    QSet<QString> frozenStates = {};
    QSet<QString> changeableWhenFrozen = {};
    const char *frozenReason = nullptr;
    // Whether a frozen record may only move to another frozen state (a signed prescription
    // is printed, never a draft again); otherwise its state may go back (a review undone).
    bool staysFrozen = false;
};

const QList<TablePolicy> &policies()
{
    static const QList<TablePolicy> all = {
        // A reviewed consultation is what the physician saw and answered: its content stays as
        // it was. The review itself can be undone within its delay (status and reviewer), and
        // a merge of two files moves it to the file kept.
        {.table = "consultation",
         .fixed = {QStringLiteral("prepared_by"), QStringLiteral("day")},
         .stateColumn = "status",
         .frozenStates = {QStringLiteral("reviewed")},
         .changeableWhenFrozen = {QStringLiteral("status"), QStringLiteral("reviewed_by"),
                                  QStringLiteral("reviewed_at"), QStringLiteral("patient_id")},
         .frozenReason =
             QT_TRANSLATE_NOOP("relais::WritePolicy",
                               "The physician has reviewed this consultation: it can no longer "
                               "change.")},
        // A measurement is never rewritten: a correction is a new reading that supersedes it.
        {.table = "vital_sign",
         .fixed = {QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("value2"),
                   QStringLiteral("unit"), QStringLiteral("loinc"), QStringLiteral("measured_at"),
                   QStringLiteral("measured_by"), QStringLiteral("arm"), QStringLiteral("position"),
                   QStringLiteral("replaces"), QStringLiteral("late_reason"),
                   QStringLiteral("correction_reason"), QStringLiteral("source")}},
        // A cancelled appointment stays as it was cancelled (rebook rather than revive it); a
        // merge of two files still moves it to the file kept. Its series never changes.
        {.table = "appointment",
         .fixed = {QStringLiteral("series_id"), QStringLiteral("booked_by")},
         .stateColumn = "status",
         .frozenStates = {QStringLiteral("cancelled")},
         .changeableWhenFrozen = {QStringLiteral("patient_id")},
         .frozenReason = QT_TRANSLATE_NOOP("relais::WritePolicy",
                                           "This appointment was cancelled: book a new one "
                                           "rather than change it.")},
        // An appointment's history is what happened: never rewritten.
        {.table = "appointment_event",
         .fixed = {QStringLiteral("appointment_id"), QStringLiteral("action"), QStringLiteral("at"),
                   QStringLiteral("by_user"), QStringLiteral("details")}},
        // Who came, when: a visit keeps its arrival and its appointment; its history is fixed.
        {.table = "visit",
         .fixed = {QStringLiteral("arrived_at"), QStringLiteral("day"),
                   QStringLiteral("appointment_id")}},
        {.table = "visit_event",
         .fixed = {QStringLiteral("visit_id"), QStringLiteral("state"), QStringLiteral("at"),
                   QStringLiteral("by_user")}},
        // A signed prescription is what the physician signed: it never changes (renew or modify
        // make a new draft). Printing it is noted; a merge of two files moves it.
        {.table = "prescription",
         .fixed = {QStringLiteral("drafted_by"), QStringLiteral("drafted_at"),
                   QStringLiteral("based_on")},
         .stateColumn = "status",
         .frozenStates = {QStringLiteral("signed"), QStringLiteral("printed")},
         .changeableWhenFrozen = {QStringLiteral("status"), QStringLiteral("printed_at"),
                                  QStringLiteral("patient_id")},
         .frozenReason = QT_TRANSLATE_NOOP("relais::WritePolicy",
                                           "This prescription is signed: it can no longer change. "
                                           "Renew or modify it to make a new draft."),
         .staysFrozen = true},
        {.table = "prescription_line",
         .fixed = {QStringLiteral("prescription_id")},
         .stateColumn = "signed",
         .frozenStates = {QStringLiteral("1")},
         .frozenReason = QT_TRANSLATE_NOOP("relais::WritePolicy",
                                           "This prescription is signed: it can no longer change. "
                                           "Renew or modify it to make a new draft.")},
        // What a merge joined stays said; undoing it is a mark of its own.
        {.table = "patient_merge",
         .fixed = {QStringLiteral("kept_id"), QStringLiteral("merged_id"),
                   QStringLiteral("reason")}},
    };
    return all;
}

const TablePolicy *policyOf(const QString &table)
{
    for (const TablePolicy &p : policies()) {
        if (table == QLatin1String(p.table))
            return &p;
    }
    return nullptr;
}

bool isFrozen(const TablePolicy &p, const QVariantMap &stored)
{
    return p.stateColumn &&
           p.frozenStates.contains(stored.value(QLatin1String(p.stateColumn)).toString());
}

} // namespace

bool WritePolicy::governs(const QString &table)
{
    return policyOf(table) != nullptr;
}

Status WritePolicy::allowsUpdate(const QString &table, const QVariantMap &stored,
                                 const QVariantMap &fields)
{
    const TablePolicy *p = policyOf(table);
    if (!p)
        return {};
    const bool frozen = isFrozen(*p, stored);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (stored.value(it.key()) == it.value())
            continue; // written again as it was: not a change
        if (p->fixed.contains(it.key()))
            return fail(ErrorCode::Frozen,
                        tr("The %1 of a %2 record is set when it is made and never changes.")
                            .arg(it.key(), table));
        if (frozen && !p->changeableWhenFrozen.contains(it.key()))
            return fail(ErrorCode::Frozen, tr(p->frozenReason));
        if (frozen && p->staysFrozen && it.key() == QLatin1String(p->stateColumn) &&
            !p->frozenStates.contains(it.value().toString()))
            return fail(ErrorCode::Frozen, tr(p->frozenReason));
    }
    return {};
}

Status WritePolicy::allowsRemoval(const QString &table, const QVariantMap &stored)
{
    const TablePolicy *p = policyOf(table);
    if (p && isFrozen(*p, stored))
        return fail(ErrorCode::Frozen, tr(p->frozenReason));
    return {};
}

bool WritePolicy::mayFollow(const QString &table, const QVariantMap &earlier,
                            const QVariantMap &later)
{
    const TablePolicy *p = policyOf(table);
    if (!p || !isFrozen(*p, earlier))
        return true;
    if (later.value(QStringLiteral("deleted")).toInt() != 0)
        return false;
    QVariantMap fields = later;
    fields.remove(QStringLiteral("deleted"));
    return allowsUpdate(table, earlier, fields).has_value();
}

} // namespace relais
