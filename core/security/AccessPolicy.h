#pragma once

#include "domain/Role.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

// Everything a service may refuse on the ground of who is asking.
enum class Permission
{
    ManageUsers,  // create, edit, disable users; reset their passwords
    EditPractice, // the practice's name, address, phone, FINESS
    ViewAudit,    // browse and export the audit trail
    BackUpVault,
    RestoreVault,       // replace the vault in use by a backup (it is set aside, never deleted)
    UpdateDrugDatabase, // replace this workstation's copy of the public drug database
    ReadPatients,
    EditPatients,
    MergePatients, // two files of one person become one; undone the same way
    RecordVitals,
    DraftPrescription,
    SignPrescription, // a physician's act: never an assistant's, even through the API
    ReviewPreparedFile,
    BookAppointments, // book, move, cancel, mark a no-show; the waiting room; reminders
    EditOwnSchedule,  // one's own opening hours, breaks, absences
    EditAnySchedule,  // anyone's
    EditAppointmentTypes,
    SetUpSync,   // the practice's first sync, inviting and enrolling a workstation
    Synchronise, // sync now, see what is pending and what was kept aside
};

// The one table of who may do what. Services call require() before acting; the windows use
// allows() only to hide what would be refused anyway.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(relais::AccessPolicy)

public:
    static Roles rolesFor(Permission permission);
    static bool allows(Roles roles, Permission permission);
    static Status require(const Session &session, Permission permission);
};

} // namespace relais
