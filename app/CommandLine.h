#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// What the person asked for on the command line. Parsed before any Qt application exists, so
// that the command-line verbs never load the GUI.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(relais::CommandLine)

public:
    enum class Verb
    {
        Gui,
        Help,
        Version,
        Demo,
        Backup,
        Restore,
        AuditVerify,
        ImportBdpm,
        ImportThesaurus,
        ImportFhir,
        ExportFhir,
        DayList,
        ExportIcs,
        PrintPrescription,
        HubInit,
        HubStatus,
        HubPrune,
        HubAddPractice,
        SyncRevoke,
        Sync,
        SyncStatus,
        SyncInvite,
        SyncJoin,
        Digest
    };

    Verb verb = Verb::Gui;
    QString vaultPath;      // empty: the default in the user's data folder
    QString backupOut;      // backup --out, export-fhir --out
    QString restoreFrom;    // restore FILE
    int demoPatients = 500; // demo --patients
    QString screenshot;     // gui --screenshot FILE: save the window and quit
    QString user;           // --user LOGIN: who acts, for the verbs that change records
    QString bdpmFolder;     // import-bdpm FOLDER, demo --bdpm FOLDER
    QString thesaurus;      // import-thesaurus FOLDER
    QStringList fhirFiles;  // import-fhir FILE...
    QString patientId;      // export-fhir --patient ID
    QString prescriptionId; // print-prescription ID
    bool force = false;     // import-bdpm, import-thesaurus --force: data that does not look whole
    QString practitioner;   // day-list, export-ics --practitioner LOGIN
    QDate date;             // day-list --date
    QDate from;             // export-ics --from
    QDate to;               // export-ics --to
    QString hubUrl;         // hub init --url, sync --hub, sync join --hub
    QString code;           // sync join --code
    QString practiceId;     // hub add-practice [PRACTICE]
    QString deviceId;       // sync revoke DEVICE
    bool noWait = false;    // sync invite --no-wait

    // Parses argv without the program name; on error returns nullopt and sets the reason.
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    static QString defaultVaultPath();
};

} // namespace relais
