#include "Migrations.h"

#include "Connection.h"
#include "storage/Rows.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

Q_LOGGING_CATEGORY(lcMigrations, "relais.storage.migrations")

namespace {

// Columns every synced table carries: see "Sync-ready records" in ARCHITECTURE.md.
QString syncedColumns()
{
    return QStringLiteral("updated_at TEXT NOT NULL, device_id TEXT NOT NULL, "
                          "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");
}

QList<Migrations::Step> buildSteps()
{
    QList<Migrations::Step> steps;
    steps.append(
        {1,
         "vault state, audit trail, change journal, practice",
         {
             QStringLiteral("CREATE TABLE vault_state (key TEXT PRIMARY KEY, "
                            "value TEXT NOT NULL) WITHOUT ROWID"),
             // Append-only; each row's hash covers the previous row's hash.
             QStringLiteral("CREATE TABLE audit_log ("
                            "seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "user_id TEXT NOT NULL, action TEXT NOT NULL, "
                            "entity TEXT NOT NULL, entity_id TEXT NOT NULL DEFAULT '', "
                            "prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
             QStringLiteral("CREATE TABLE change_journal ("
                            "seq INTEGER PRIMARY KEY, change_id TEXT NOT NULL UNIQUE, "
                            "entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                            "clock TEXT NOT NULL, payload TEXT NOT NULL, "
                            "pushed INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX change_journal_pending "
                            "ON change_journal (pushed, seq)"),
             QStringLiteral("CREATE TABLE practice (id TEXT PRIMARY KEY, "
                            "name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                            "phone TEXT NOT NULL DEFAULT '', finess TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
         }});
    steps.append({2,
                  "patients",
                  {
                      // search_key: upper case, no diacritics, single spaces, for prefix search.
                      QStringLiteral("CREATE TABLE patient (id TEXT PRIMARY KEY, "
                                     "birth_name TEXT NOT NULL, first_names TEXT NOT NULL, "
                                     "used_name TEXT NOT NULL DEFAULT '', "
                                     "sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')), "
                                     "birth_date TEXT NOT NULL, search_key TEXT NOT NULL, ") +
                          syncedColumns() + QLatin1Char(')'),
                      QStringLiteral("CREATE INDEX patient_search ON patient (search_key)"),
                      QStringLiteral("CREATE INDEX patient_birth_date ON patient (birth_date)"),
                  }});
    steps.append(
        {3,
         "users",
         {
             // login_key: the login in lower case, unique among live accounts.
             QStringLiteral("CREATE TABLE app_user (id TEXT PRIMARY KEY, "
                            "login TEXT NOT NULL, login_key TEXT NOT NULL, "
                            "display_name TEXT NOT NULL, roles TEXT NOT NULL, "
                            "password_hash TEXT NOT NULL, "
                            "disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)), "
                            "rpps TEXT NOT NULL DEFAULT '', specialty TEXT NOT NULL DEFAULT '', "
                            "address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE UNIQUE INDEX app_user_login ON app_user (login_key) "
                            "WHERE deleted = 0"),
         }});
    steps.append(
        {4,
         "patient identity under RNIV, contact, search index",
         {
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN used_first_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN birth_place TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN nir TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN identity_status TEXT NOT NULL DEFAULT 'PROV'"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN proof_document TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN proof_checked_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX patient_nir ON patient (nir) WHERE nir <> ''"),
             QStringLiteral("CREATE INDEX patient_phone ON patient (phone) WHERE phone <> ''"),
             // Derived from the patient rows on this workstation, never synced: one row per word
             // of every name, so that any word's prefix finds the patient through an index.
             QStringLiteral("CREATE TABLE patient_token (token TEXT NOT NULL, "
                            "patient_id TEXT NOT NULL, PRIMARY KEY (token, patient_id)) "
                            "WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX patient_token_patient ON patient_token (patient_id)"),
             // When this workstation last opened each file, to rank search results: local.
             QStringLiteral("CREATE TABLE patient_seen (patient_id TEXT PRIMARY KEY, "
                            "seen_at TEXT NOT NULL) WITHOUT ROWID"),
             // Patients written before this step get their words indexed now.
             QStringLiteral("WITH RECURSIVE split(id, word, rest) AS ("
                            "SELECT id, '', search_key || ' ' FROM patient WHERE deleted = 0 "
                            "UNION ALL SELECT id, substr(rest, 1, instr(rest, ' ') - 1), "
                            "substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> '') "
                            "INSERT OR IGNORE INTO patient_token (token, patient_id) "
                            "SELECT word, id FROM split WHERE word <> ''"),
         }});
    steps.append({5,
                  "recently opened files, by time",
                  {
                      QStringLiteral("CREATE INDEX patient_seen_at ON patient_seen (seen_at)"),
                  }});
    steps.append(
        {6,
         "identity events: who validated or changed an identity, and why",
         {
             QStringLiteral("CREATE TABLE identity_event (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, event TEXT NOT NULL, "
                            "status_before TEXT NOT NULL, status_after TEXT NOT NULL, "
                            "document TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
                            "by_user TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX identity_event_patient ON identity_event (patient_id)"),
         }});
    steps.append(
        {7,
         "allergies and intolerances",
         {
             QStringLiteral("CREATE TABLE patient_allergy (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, "
                            "kind TEXT NOT NULL CHECK (kind IN ('allergy', 'intolerance')), "
                            "substance TEXT NOT NULL, substance_code TEXT NOT NULL DEFAULT '', "
                            "reaction TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX patient_allergy_patient ON patient_allergy (patient_id)"),
         }});
    steps.append(
        {8,
         "the rest of the patient file: address parts, referring doctor, coverage, consents, "
         "notes, history, treatments, merges",
         {
             QStringLiteral("ALTER TABLE patient ADD COLUMN postcode TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
             // A physician of the practice (an app_user id), or an outside one by name and RPPS.
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN referring_user_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN referring_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN referring_rpps TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN insurance_scheme TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN insurance_fund TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN complementary TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE patient ADD COLUMN complementary_number TEXT NOT NULL DEFAULT ''"),
             // '' not asked yet, 'yes' or 'no'.
             QStringLiteral("ALTER TABLE patient ADD COLUMN consent_sharing TEXT NOT NULL "
                            "DEFAULT '' CHECK (consent_sharing IN ('', 'yes', 'no'))"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN consent_dmp TEXT NOT NULL "
                            "DEFAULT '' CHECK (consent_dmp IN ('', 'yes', 'no'))"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN consents_on TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE patient ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
             // Set when this file was merged into another: the id of the file that was kept.
             QStringLiteral("ALTER TABLE patient ADD COLUMN merged_into TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE patient_condition (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, category TEXT NOT NULL "
                            "CHECK (category IN ('medical', 'surgical', 'family')), "
                            "label TEXT NOT NULL, icd10 TEXT NOT NULL DEFAULT '', "
                            "since TEXT NOT NULL DEFAULT '', "
                            "ald INTEGER NOT NULL DEFAULT 0 CHECK (ald IN (0, 1)), "
                            "ald_until TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral(
                 "CREATE INDEX patient_condition_patient ON patient_condition (patient_id)"),
             QStringLiteral("CREATE TABLE patient_treatment (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, drug TEXT NOT NULL, "
                            "dosage TEXT NOT NULL DEFAULT '', since TEXT NOT NULL DEFAULT '', "
                            "prescriber TEXT NOT NULL DEFAULT '', "
                            "ended_on TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral(
                 "CREATE INDEX patient_treatment_patient ON patient_treatment (patient_id)"),
             // moved: the records that changed file, as JSON [[table, id], ...]; kept_before:
             // the kept file's fields the merge filled in, as they were, so that undo is exact.
             QStringLiteral("CREATE TABLE patient_merge (id TEXT PRIMARY KEY, "
                            "kept_id TEXT NOT NULL, merged_id TEXT NOT NULL, "
                            "reason TEXT NOT NULL, by_user TEXT NOT NULL, "
                            "moved TEXT NOT NULL, kept_before TEXT NOT NULL, "
                            "undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)), ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX patient_merge_kept ON patient_merge (kept_id)"),
             QStringLiteral("CREATE INDEX patient_merge_merged ON patient_merge (merged_id)"),
         }});
    steps.append(
        {9,
         "the substances of the national drug database",
         {
             // Reference data from the ANSM, imported on each workstation, never synced.
             QStringLiteral("CREATE TABLE drug_substance (code TEXT NOT NULL, name TEXT NOT NULL, "
                            "search_key TEXT NOT NULL, PRIMARY KEY (code, name)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX drug_substance_key ON drug_substance (search_key)"),
         }});
    steps.append(
        {10,
         "vital signs, prepared consultations, where imported records came from",
         {
             // value2: the diastolic of a blood pressure (value is the systolic). A correction is
             // a new row that `replaces` the old one, which stays, marked superseded.
             QStringLiteral("CREATE TABLE vital_sign (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, consultation_id TEXT NOT NULL DEFAULT '', "
                            "kind TEXT NOT NULL, value REAL NOT NULL, "
                            "value2 REAL NOT NULL DEFAULT 0, unit TEXT NOT NULL, "
                            "loinc TEXT NOT NULL, measured_at TEXT NOT NULL, "
                            "measured_by TEXT NOT NULL, late_reason TEXT NOT NULL DEFAULT '', "
                            "arm TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '', "
                            "replaces TEXT NOT NULL DEFAULT '', "
                            "superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)), "
                            "correction_reason TEXT NOT NULL DEFAULT '', "
                            "source TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX vital_sign_patient ON vital_sign "
                            "(patient_id, kind, measured_at)"),
             QStringLiteral("CREATE INDEX vital_sign_consultation ON vital_sign (consultation_id) "
                            "WHERE consultation_id <> ''"),
             QStringLiteral(
                 "CREATE INDEX vital_sign_source ON vital_sign (source) WHERE source <> ''"),
             // status: preparing -> ready (for the doctor) -> reviewed. alert_level (0 none,
             // 1 warning, 2 urgent) and alerts are set when the file is made ready, so that the
             // GP's list sorts without recomputing every patient's rules.
             QStringLiteral("CREATE TABLE consultation (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, physician_id TEXT NOT NULL DEFAULT '', "
                            "appointment_id TEXT NOT NULL DEFAULT '', day TEXT NOT NULL, "
                            "reason TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                            "checklist TEXT NOT NULL DEFAULT '', drafts TEXT NOT NULL DEFAULT '', "
                            "status TEXT NOT NULL DEFAULT 'preparing' "
                            "CHECK (status IN ('preparing', 'ready', 'reviewed')), "
                            "prepared_by TEXT NOT NULL, ready_at TEXT NOT NULL DEFAULT '', "
                            "reviewed_by TEXT NOT NULL DEFAULT '', "
                            "reviewed_at TEXT NOT NULL DEFAULT '', "
                            "gp_comment TEXT NOT NULL DEFAULT '', "
                            "alert_level INTEGER NOT NULL DEFAULT 0, "
                            "alerts TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX consultation_day ON consultation (day, physician_id)"),
             QStringLiteral("CREATE INDEX consultation_patient ON consultation (patient_id)"),
             // "Patient/<id>" of the FHIR bundle a file was imported from: importing it again
             // finds the file instead of making a second one.
             QStringLiteral("ALTER TABLE patient ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX patient_source ON patient (source) WHERE source <> ''"),
         }});
    steps.append(
        {11,
         "failed logins seen by every process, the audit trail's sealed end",
         {
             // Wrong passwords in a row per login (as typed, lower case), for the delay that
             // follows the fifth. Local to this workstation: never synced.
             QStringLiteral("CREATE TABLE login_throttle (login TEXT PRIMARY KEY, "
                            "failures INTEGER NOT NULL, blocked_until INTEGER NOT NULL) "
                            "WITHOUT ROWID"),
             // The anchor (last sequence, hash and a MAC under a key derived from the vault
             // key) is sealed by the Vault right after this step, which SQL cannot do.
             QStringLiteral("INSERT OR REPLACE INTO vault_state (key, value) "
                            "VALUES ('audit_anchor', 'pending')"),
         }});
    steps.append(
        {12,
         "\"no known allergy\" as a statement of who asked and when",
         {
             // Not asking is not the same as hearing "none": the answer is a record of its own,
             // synced like the allergies, withdrawn (tombstoned) when an allergy is added.
             QStringLiteral("CREATE TABLE patient_allergy_statement (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, "
                            "statement TEXT NOT NULL CHECK (statement IN ('none-known')), "
                            "stated_by TEXT NOT NULL, stated_at TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX patient_allergy_statement_patient ON "
                            "patient_allergy_statement (patient_id)"),
         }});
    steps.append(
        {13,
         "the agenda: schedules, appointment types, appointments and their history",
         {
             // A practitioner's weekly hours, local time 'HH:mm', [start, end). weeks: every
             // week or every other one by ISO week parity. types: the appointment types taken
             // (codes, comma-separated; empty: any). Unscheduled-care hours are held back until
             // the practice's cut-off on their own day.
             QStringLiteral("CREATE TABLE opening_hours (id TEXT PRIMARY KEY, "
                            "practitioner_id TEXT NOT NULL, "
                            "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
                            "start_time TEXT NOT NULL, end_time TEXT NOT NULL, "
                            "weeks TEXT NOT NULL DEFAULT 'every' "
                            "CHECK (weeks IN ('every', 'even', 'odd')), "
                            "types TEXT NOT NULL DEFAULT '', "
                            "unscheduled_care INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (unscheduled_care IN (0, 1)), ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral(
                 "CREATE INDEX opening_hours_practitioner ON opening_hours (practitioner_id)"),
             QStringLiteral("CREATE TABLE schedule_break (id TEXT PRIMARY KEY, "
                            "practitioner_id TEXT NOT NULL, "
                            "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
                            "start_time TEXT NOT NULL, end_time TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral(
                 "CREATE INDEX schedule_break_practitioner ON schedule_break (practitioner_id)"),
             // Away, UTC instants [from_at, to_at).
             QStringLiteral("CREATE TABLE absence (id TEXT PRIMARY KEY, "
                            "practitioner_id TEXT NOT NULL, from_at TEXT NOT NULL, "
                            "to_at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX absence_practitioner ON absence (practitioner_id, "
                            "from_at)"),
             // The practice's kinds of appointment: a code the hours refer to, the words and
             // colour the agenda shows, the usual length.
             QStringLiteral("CREATE TABLE appointment_type (id TEXT PRIMARY KEY, "
                            "code TEXT NOT NULL, label TEXT NOT NULL, "
                            "minutes INTEGER NOT NULL CHECK (minutes > 0), "
                            "colour TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             // UTC instants [start_at, end_at). A recurring series is individual appointments
             // sharing series_id; one changed by hand (edited_alone) keeps its change when the
             // series is edited. A cancelled one is frozen (WritePolicy).
             QStringLiteral("CREATE TABLE appointment (id TEXT PRIMARY KEY, "
                            "practitioner_id TEXT NOT NULL, patient_id TEXT NOT NULL, "
                            "type TEXT NOT NULL DEFAULT '', "
                            "start_at TEXT NOT NULL, end_at TEXT NOT NULL, "
                            "status TEXT NOT NULL DEFAULT 'booked' "
                            "CHECK (status IN ('booked', 'cancelled', 'no-show')), "
                            "cancelled_by TEXT NOT NULL DEFAULT '' "
                            "CHECK (cancelled_by IN ('', 'patient', 'practice')), "
                            "reason TEXT NOT NULL DEFAULT '', "
                            "series_id TEXT NOT NULL DEFAULT '', "
                            "edited_alone INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (edited_alone IN (0, 1)), "
                            "overbooked INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (overbooked IN (0, 1)), "
                            "booked_by TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX appointment_practitioner ON appointment "
                            "(practitioner_id, start_at)"),
             QStringLiteral(
                 "CREATE INDEX appointment_patient ON appointment (patient_id, start_at)"),
             QStringLiteral("CREATE INDEX appointment_series ON appointment (series_id) "
                            "WHERE series_id <> ''"),
             // Every change of an appointment, as it was said: booked, moved, cancelled…
             // (what and from what in `details`, JSON). Never rewritten.
             QStringLiteral("CREATE TABLE appointment_event (id TEXT PRIMARY KEY, "
                            "appointment_id TEXT NOT NULL, action TEXT NOT NULL, "
                            "at TEXT NOT NULL, by_user TEXT NOT NULL, "
                            "details TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX appointment_event_appointment ON appointment_event "
                            "(appointment_id)"),
             // Alsace-Moselle keeps two more public holidays.
             QStringLiteral("ALTER TABLE practice ADD COLUMN holidays TEXT NOT NULL DEFAULT "
                            "'france' CHECK (holidays IN ('france', 'alsace-moselle'))"),
         }});
    steps.append(
        {14,
         "the waiting room, reminders, and each practitioner's agenda settings",
         {
             // Per practitioner: when their unscheduled-care hours open to everyone on the day
             // ('HH:mm'), and what a calendar export says of the patient ('initials' or
             // nothing but the type: 'type').
             QStringLiteral("CREATE TABLE schedule_setting (id TEXT PRIMARY KEY, "
                            "practitioner_id TEXT NOT NULL, "
                            "unscheduled_cutoff TEXT NOT NULL DEFAULT '11:00', "
                            "calendar_detail TEXT NOT NULL DEFAULT 'initials' "
                            "CHECK (calendar_detail IN ('initials', 'type')), ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX schedule_setting_practitioner ON schedule_setting "
                            "(practitioner_id)"),
             // Today's waiting room reads the day's appointments of everyone.
             QStringLiteral("CREATE INDEX appointment_start ON appointment (start_at)"),
             // The day-before call: when and by whom the patient was reminded.
             QStringLiteral(
                 "ALTER TABLE appointment ADD COLUMN reminded_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE appointment ADD COLUMN reminded_by TEXT NOT NULL DEFAULT ''"),
             // A patient in the practice today: come for an appointment or walked in
             // (appointment_id empty). day is the local date 'yyyy-MM-dd'; the times are UTC
             // instants. Each change of state is a visit_event, never rewritten.
             QStringLiteral("CREATE TABLE visit (id TEXT PRIMARY KEY, "
                            "patient_id TEXT NOT NULL, appointment_id TEXT NOT NULL DEFAULT '', "
                            "practitioner_id TEXT NOT NULL DEFAULT '', day TEXT NOT NULL, "
                            "state TEXT NOT NULL DEFAULT 'arrived' CHECK (state IN ('arrived', "
                            "'preparing', 'ready', 'in-consultation', 'done', 'left')), "
                            "arrived_at TEXT NOT NULL, seen_at TEXT NOT NULL DEFAULT '', "
                            "done_at TEXT NOT NULL DEFAULT '', "
                            "consultation_id TEXT NOT NULL DEFAULT '', "
                            "reason TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX visit_day ON visit (day)"),
             QStringLiteral("CREATE INDEX visit_appointment ON visit (appointment_id) WHERE "
                            "appointment_id <> ''"),
             QStringLiteral("CREATE TABLE visit_event (id TEXT PRIMARY KEY, "
                            "visit_id TEXT NOT NULL, state TEXT NOT NULL, at TEXT NOT NULL, "
                            "by_user TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX visit_event_visit ON visit_event (visit_id)"),
         }});
    steps.append(
        {15,
         "the whole drug database: specialties, boxes, compositions, generics, conditions",
         {
             // Reference data from the ANSM, like drug_substance: imported on each workstation,
             // replaced whole by each release, never synced. Codes are text: a CIS or a CIP has
             // leading zeros in some releases' tools, and is never computed with.
             QStringLiteral(
                 "CREATE TABLE drug_specialty (cis TEXT PRIMARY KEY, name TEXT NOT NULL, "
                 "form TEXT NOT NULL, routes TEXT NOT NULL, "
                 "authorisation TEXT NOT NULL, procedure TEXT NOT NULL, "
                 "marketed INTEGER NOT NULL, authorised_on TEXT NOT NULL, "
                 "holder TEXT NOT NULL, enhanced_monitoring INTEGER NOT NULL, "
                 "search_key TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX drug_specialty_key ON drug_specialty (search_key)"),
             QStringLiteral("CREATE TABLE drug_presentation (cip13 TEXT NOT NULL, "
                            "cis TEXT NOT NULL, cip7 TEXT NOT NULL, label TEXT NOT NULL, "
                            "active INTEGER NOT NULL, marketed INTEGER NOT NULL, "
                            "declared_on TEXT NOT NULL, collectivities INTEGER NOT NULL, "
                            "rate INTEGER, price_cents INTEGER, indications TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX drug_presentation_cip13 ON drug_presentation (cip13)"),
             QStringLiteral("CREATE INDEX drug_presentation_cis ON drug_presentation (cis)"),
             QStringLiteral("CREATE TABLE drug_composition (cis TEXT NOT NULL, "
                            "element TEXT NOT NULL, substance_code TEXT NOT NULL, "
                            "substance_name TEXT NOT NULL, dosage TEXT NOT NULL, "
                            "reference TEXT NOT NULL, active INTEGER NOT NULL, "
                            "link INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX drug_composition_cis ON drug_composition (cis)"),
             QStringLiteral(
                 "CREATE INDEX drug_composition_substance ON drug_composition (substance_code)"),
             QStringLiteral("CREATE TABLE drug_generic (group_id INTEGER NOT NULL, "
                            "group_label TEXT NOT NULL, cis TEXT NOT NULL, kind INTEGER NOT NULL, "
                            "sort_order INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX drug_generic_cis ON drug_generic (cis)"),
             QStringLiteral("CREATE INDEX drug_generic_group ON drug_generic (group_id)"),
             QStringLiteral("CREATE TABLE drug_condition (cis TEXT NOT NULL, text TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX drug_condition_cis ON drug_condition (cis)"),
             // The release in use: where it came from, when, and what it held. One row.
             QStringLiteral("CREATE TABLE drug_release (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "source TEXT NOT NULL, imported_at TEXT NOT NULL, "
                            "forced INTEGER NOT NULL, specialties INTEGER NOT NULL, "
                            "presentations INTEGER NOT NULL, compositions INTEGER NOT NULL, "
                            "generics INTEGER NOT NULL, conditions INTEGER NOT NULL, "
                            "substances INTEGER NOT NULL, skipped INTEGER NOT NULL)"),
         }});
    steps.append(
        {16,
         "the interaction thesaurus, and which of its molecules each substance is",
         {
             // Reference data from the ANSM, imported on each workstation and never synced.
             // Names are looked up by their search key (upper case, no accents): the thesaurus
             // and the BDPM spell them differently across years.
             QStringLiteral("CREATE TABLE interaction (id INTEGER PRIMARY KEY, "
                            "first_key TEXT NOT NULL, second_key TEXT NOT NULL, "
                            "first TEXT NOT NULL, second TEXT NOT NULL, "
                            "levels INTEGER NOT NULL, conduct TEXT NOT NULL, "
                            "mechanism TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX interaction_first ON interaction (first_key)"),
             QStringLiteral("CREATE INDEX interaction_second ON interaction (second_key)"),
             // Every molecule and class the thesaurus names, and which class each molecule is in.
             QStringLiteral("CREATE TABLE interaction_name (key TEXT PRIMARY KEY, "
                            "name TEXT NOT NULL, is_class INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE interaction_member (molecule_key TEXT NOT NULL, "
                            "class_key TEXT NOT NULL, PRIMARY KEY (molecule_key, class_key)) "
                            "WITHOUT ROWID"),
             // Derived from both imports: recomputed whenever either is replaced.
             QStringLiteral("CREATE TABLE substance_molecule (substance_code TEXT PRIMARY KEY, "
                            "molecule_key TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE interaction_release (id INTEGER PRIMARY KEY "
                            "CHECK (id = 1), source TEXT NOT NULL, version TEXT NOT NULL, "
                            "imported_at TEXT NOT NULL, forced INTEGER NOT NULL, "
                            "interactions INTEGER NOT NULL, memberships INTEGER NOT NULL, "
                            "molecules INTEGER NOT NULL, classes INTEGER NOT NULL, "
                            "skipped INTEGER NOT NULL)"),
         }});
    steps.append(
        {17,
         "prescriptions and their lines",
         {
             // status: draft -> signed (by a physician) -> printed. A signed prescription is
             // frozen by the write policy; drug_release and thesaurus say what it was checked
             // against; based_on is the prescription it renews or modifies.
             QStringLiteral(
                 "CREATE TABLE prescription (id TEXT PRIMARY KEY, "
                 "patient_id TEXT NOT NULL, consultation_id TEXT NOT NULL DEFAULT '', "
                 "status TEXT NOT NULL DEFAULT 'draft' "
                 "CHECK (status IN ('draft', 'signed', 'printed')), "
                 "drafted_by TEXT NOT NULL, drafted_at TEXT NOT NULL, "
                 "signed_by TEXT NOT NULL DEFAULT '', signed_at TEXT NOT NULL DEFAULT '', "
                 "printed_at TEXT NOT NULL DEFAULT '', "
                 "based_on TEXT NOT NULL DEFAULT '', "
                 "drug_release TEXT NOT NULL DEFAULT '', "
                 "thesaurus TEXT NOT NULL DEFAULT '', "
                 "acknowledged TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral(
                 "CREATE INDEX prescription_patient ON prescription (patient_id, drafted_at)"),
             QStringLiteral("CREATE INDEX prescription_consultation ON prescription "
                            "(consultation_id) WHERE consultation_id <> ''"),
             // A line is frozen with its prescription: `signed` is set on each line when the
             // prescription is signed. posology holds the structure, posology_text what prints.
             QStringLiteral("CREATE TABLE prescription_line (id TEXT PRIMARY KEY, "
                            "prescription_id TEXT NOT NULL, position INTEGER NOT NULL, "
                            "cis TEXT NOT NULL DEFAULT '', brand TEXT NOT NULL DEFAULT '', "
                            "dci TEXT NOT NULL, strength TEXT NOT NULL DEFAULT '', "
                            "form TEXT NOT NULL DEFAULT '', route TEXT NOT NULL DEFAULT '', "
                            "conditions TEXT NOT NULL DEFAULT '', "
                            "substances TEXT NOT NULL DEFAULT '', "
                            "posology TEXT NOT NULL, posology_text TEXT NOT NULL, "
                            "renewals INTEGER NOT NULL DEFAULT 0, "
                            "non_substitutable TEXT NOT NULL DEFAULT '' "
                            "CHECK (non_substitutable IN ('', 'MTE', 'EFG', 'CIF')), "
                            "ald INTEGER NOT NULL DEFAULT 0, "
                            "signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)), ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX prescription_line_prescription ON prescription_line "
                            "(prescription_id, position)"),
         }});
    steps.append(
        {18,
         "a word index of the drug database, for search",
         {
             // Every word of a specialty's name and of its active substances' names: a typed
             // word is a range of this index rather than a scan of every name. Filled by the
             // next import of the BDPM.
             QStringLiteral("CREATE TABLE drug_search_word (word TEXT NOT NULL, cis TEXT NOT NULL, "
                            "PRIMARY KEY (word, cis)) WITHOUT ROWID"),
         }});
    steps.append(
        {19,
         "a physician's e-mail address, for the prescription header",
         {
             // R.5132-3 CSP (as amended in 2023): the prescriber's e-mail address is a mention
             // of every ordonnance.
             QStringLiteral("ALTER TABLE app_user ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
         }});
    steps.append({20,
                  "the drafts waiting for a physician's signature, at hand",
                  {
                      // A few drafts among every prescription the practice ever made.
                      QStringLiteral("CREATE INDEX prescription_draft ON prescription "
                                     "(drafted_at) WHERE status = 'draft' AND deleted = 0"),
                  }});
    steps.append({21,
                  "a current treatment linked to the drug it is in the drug database",
                  {
                      // Picked from the search: the checks read its substances from the
                      // specialty rather than guess them from the name typed.
                      QStringLiteral("ALTER TABLE patient_treatment ADD COLUMN cis TEXT NOT NULL "
                                     "DEFAULT ''"),
                  }});
    steps.append(
        {22,
         "templates of frequent prescriptions",
         {
             // Shared by the practice and synced; the lines as JSON, as a template is only ever
             // read whole.
             QStringLiteral("CREATE TABLE prescription_template (id TEXT PRIMARY KEY, "
                            "name TEXT NOT NULL, owner_id TEXT NOT NULL, lines TEXT NOT NULL, ") +
                 syncedColumns() + QLatin1Char(')'),
         }});
    steps.append(
        {23,
         "sync: enrolled workstations, secrets, peers' audit trails, changes kept aside",
         {
             // The practice's workstations and their public keys. A synced record, so that the
             // list itself travels sealed and signed: the hub cannot add a workstation.
             QStringLiteral("CREATE TABLE sync_device (id TEXT PRIMARY KEY, "
                            "device TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
                            "sign_key TEXT NOT NULL, box_key TEXT NOT NULL, "
                            "enrolled_by TEXT NOT NULL DEFAULT '', "
                            "revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)), ") +
                 syncedColumns() + QLatin1Char(')'),
             QStringLiteral("CREATE INDEX sync_device_device ON sync_device (device)"),
             // This workstation's own: the practice's keys, its signing keys, the hub password.
             QStringLiteral("CREATE TABLE sync_secret (name TEXT PRIMARY KEY, "
                            "value BLOB NOT NULL) WITHOUT ROWID"),
             // The other workstations' audit trails, row for row, each chain checkable.
             QStringLiteral("CREATE TABLE audit_peer (device TEXT NOT NULL, seq INTEGER NOT NULL, "
                            "at TEXT NOT NULL, user_id TEXT NOT NULL, action TEXT NOT NULL, "
                            "entity TEXT NOT NULL, entity_id TEXT NOT NULL DEFAULT '', "
                            "prev_hash BLOB NOT NULL, hash BLOB NOT NULL, "
                            "PRIMARY KEY (device, seq)) WITHOUT ROWID"),
             // What a sync received but did not apply: a change that would overwrite a signed
             // prescription or a reviewed consultation, a clock far ahead, an envelope that did
             // not open. Kept to be reported and resolved, never lost.
             QStringLiteral("CREATE TABLE sync_kept_aside (id INTEGER PRIMARY KEY, "
                            "received_at TEXT NOT NULL, kind TEXT NOT NULL, "
                            "envelope_id TEXT NOT NULL, device TEXT NOT NULL, "
                            "entity TEXT NOT NULL DEFAULT '', entity_id TEXT NOT NULL DEFAULT '', "
                            "reason TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '', "
                            "resolved INTEGER NOT NULL DEFAULT 0)"),
             // Envelopes from a workstation not known yet: tried again at each sync.
             QStringLiteral("CREATE TABLE sync_held (envelope_id TEXT PRIMARY KEY, "
                            "seq INTEGER NOT NULL, device TEXT NOT NULL, epoch INTEGER NOT NULL, "
                            "sealed BLOB NOT NULL)"),
         }});
    steps.append(
        {24,
         "two files that may be one person, met through sync",
         {
             // Each workstation's own finding (the same data gives the same finding): the pair
             // in id order, its score, and whether someone looked and said they are two people.
             QStringLiteral("CREATE TABLE sync_duplicate (first_id TEXT NOT NULL, "
                            "second_id TEXT NOT NULL, score INTEGER NOT NULL, "
                            "found_at TEXT NOT NULL, "
                            "dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)), "
                            "PRIMARY KEY (first_id, second_id)) WITHOUT ROWID"),
         }});
    steps.append(
        {25,
         "sync: a new key of the practice, sealed to each workstation that keeps it",
         {
             // Made when a workstation is revoked: the key of the next epoch, sealed to one
             // remaining workstation's own key pair (one record each), so that the revoked one
             // can read the record and not the key. Synced, so it travels sealed and signed.
             QStringLiteral("CREATE TABLE sync_key_grant (id TEXT PRIMARY KEY, "
                            "epoch INTEGER NOT NULL, device TEXT NOT NULL, sealed TEXT NOT NULL, "
                            "revoking TEXT NOT NULL DEFAULT '', ") +
                 syncedColumns() + QLatin1Char(')'),
         }});
    return steps;
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::unexpected(sqlError(
            QCoreApplication::translate("relais::Migrations", "Reading the schema version failed"),
            query.lastError()));
    return static_cast<int>(Row(query).integer("user_version"));
}

Status Migrations::apply(QSqlDatabase db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorCode::TooNew,
                    QCoreApplication::translate("relais::Migrations",
                                                "This vault was written by a newer version of "
                                                "Relais (schema %1, this version knows up to %2). "
                                                "Update Relais on this workstation.")
                        .arg(*current)
                        .arg(latestVersion()));

    for (const Step &step : steps()) {
        if (step.version <= *current || step.version > target)
            continue;
        qCInfo(lcMigrations) << "migrating to schema" << step.version << step.summary;
        if (!db.transaction())
            return std::unexpected(sqlError(
                QCoreApplication::translate("relais::Migrations", "Starting a migration failed"),
                db.lastError()));
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (!ok) {
            const QSqlError error = query.lastError();
            db.rollback();
            return std::unexpected(
                sqlError(QCoreApplication::translate("relais::Migrations",
                                                     "Updating the vault to schema %1 failed")
                             .arg(step.version),
                         error));
        }
        if (!db.commit())
            return std::unexpected(sqlError(
                QCoreApplication::translate("relais::Migrations", "Committing a migration failed"),
                db.lastError()));
    }
    return {};
}

} // namespace relais
