#include "AccessPolicy.h"

namespace relais {

Roles AccessPolicy::rolesFor(Permission permission)
{
    // Clinical acts follow the convention médicale (avenant 7): assistants prepare, physicians
    // decide and sign. Administration is its own role, held by whoever runs the workstations.
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::EditPractice:
    case Permission::ViewAudit:
    case Permission::RestoreVault:
    // Whoever runs the workstations sets up every practitioner's week; each one keeps theirs.
    case Permission::EditAnySchedule:
    // A new workstation receives every record of the practice: an administrator lets it in.
    case Permission::SetUpSync: return Role::Admin;
    case Permission::EditAppointmentTypes:
    case Permission::UpdateDrugDatabase: return Role::Admin | Role::Physician;
    case Permission::Synchronise:
    case Permission::BackUpVault: return Role::Admin | Role::Physician | Role::Assistant;
    case Permission::ReadPatients:
    case Permission::EditPatients:
    // In a practice, identity vigilance is everyone's at the desk, not a hospital referent's.
    case Permission::MergePatients:
    case Permission::RecordVitals:
    case Permission::BookAppointments:
    case Permission::EditOwnSchedule:
    case Permission::DraftPrescription: return Role::Assistant | Role::Physician;
    case Permission::SignPrescription:
    case Permission::ReviewPreparedFile: return Role::Physician;
    }
    return {};
}

bool AccessPolicy::allows(Roles roles, Permission permission)
{
    return (roles & rolesFor(permission)) != Roles();
}

Status AccessPolicy::require(const Session &session, Permission permission)
{
    if (!session.isValid())
        return fail(ErrorCode::Denied, tr("Log in first."));
    if (allows(session.roles, permission))
        return {};
    return fail(ErrorCode::Denied, tr("Your role (%1) does not allow this; it needs: %2.")
                                       .arg(RoleNames::display(session.roles),
                                            RoleNames::display(rolesFor(permission))));
}

} // namespace relais
