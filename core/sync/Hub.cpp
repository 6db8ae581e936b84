#include "Hub.h"

#include "util/Uuid7.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace relais {

Q_LOGGING_CATEGORY(lcHub, "relais.sync.hub")

namespace {

constexpr int PushRowsPerStatement = 100;

// The hub's tables, in the order they are made. Each statement can run again harmlessly.
struct HubTable
{
    const char *name;
    const char *create;
};

const QList<HubTable> &hubTables()
{
    static const QList<HubTable> all = {
        {"meta", "CREATE TABLE relais.meta (key text PRIMARY KEY, value text NOT NULL)"},
        {"practice", "CREATE TABLE relais.practice (id text PRIMARY KEY, "
                     "created_at timestamptz NOT NULL DEFAULT now())"},
        {"device", "CREATE TABLE relais.device (practice_id text NOT NULL "
                   "REFERENCES relais.practice (id), id text NOT NULL, "
                   "first_seen timestamptz NOT NULL DEFAULT now(), "
                   "last_seen timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (practice_id, id))"},
        {"envelope", "CREATE TABLE relais.envelope ("
                     "seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                     "practice_id text NOT NULL REFERENCES relais.practice (id), "
                     "device_id text NOT NULL, envelope_id uuid NOT NULL UNIQUE, "
                     "epoch integer NOT NULL, padded_size integer NOT NULL, "
                     "sealed bytea NOT NULL)"},
        {"envelope_pull", "CREATE INDEX envelope_pull ON relais.envelope (practice_id, seq)"},
        {"invitation", "CREATE TABLE relais.invitation (id text PRIMARY KEY, "
                       "practice_id text NOT NULL REFERENCES relais.practice (id), "
                       "expires_at timestamptz NOT NULL, response bytea, granted bytea, "
                       "used_at timestamptz)"},
        {"snapshot", "CREATE TABLE relais.snapshot (id uuid PRIMARY KEY, "
                     "practice_id text NOT NULL REFERENCES relais.practice (id), "
                     "device_id text NOT NULL, base_seq bigint NOT NULL, "
                     "chunks integer NOT NULL DEFAULT 0, complete boolean NOT NULL DEFAULT false, "
                     "created_at timestamptz NOT NULL DEFAULT now())"},
        {"snapshot_chunk", "CREATE TABLE relais.snapshot_chunk (snapshot_id uuid NOT NULL "
                           "REFERENCES relais.snapshot (id) ON DELETE CASCADE, "
                           "chunk integer NOT NULL, sealed bytea NOT NULL, "
                           "PRIMARY KEY (snapshot_id, chunk))"},
    };
    return all;
}

// What later schema versions add to the tables above, each step harmless to run again: a hub
// set up by an earlier version is brought up to date by `hub init`, a new one made whole.
const QList<HubTable> &hubUpgrades()
{
    static const QList<HubTable> all = {
        // 2: the last sequence each workstation has received, as it said at its last sync,
        // and how far the practice's envelopes were pruned (Hub::prune).
        {"device.received_seq", "ALTER TABLE relais.device ADD COLUMN IF NOT EXISTS "
                                "received_seq bigint NOT NULL DEFAULT 0"},
        {"practice.pruned_through", "ALTER TABLE relais.practice ADD COLUMN IF NOT EXISTS "
                                    "pruned_through bigint NOT NULL DEFAULT 0"},
        // 3: limits, so that one practice's workstation (faulty or hostile) cannot hold the
        // hub for the others. A session's statements and idle transactions end on their own;
        // an envelope or a snapshot chunk has a size limit, a statement a number of envelopes.
        // The rows already there were made by Relais: NOT VALID spares a scan of them all. The
        // limits in braces are Hub's own (MaxEnvelopeBytes...), put in by init().
        {"limits.timeouts",
         "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET statement_timeout = %L', "
         "current_database(), '60s'); EXECUTE format('ALTER DATABASE %I SET "
         "idle_in_transaction_session_timeout = %L', current_database(), '5min'); END $$"},
        {"limits.envelope_size",
         "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = "
         "'envelope_size') THEN ALTER TABLE relais.envelope ADD CONSTRAINT envelope_size CHECK "
         "(octet_length(sealed) <= {envelope_bytes} AND padded_size <= {envelope_bytes}) NOT "
         "VALID; END IF; END "
         "$$"},
        {"limits.chunk_size",
         "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'chunk_size') "
         "THEN ALTER TABLE relais.snapshot_chunk ADD CONSTRAINT chunk_size CHECK "
         "(octet_length(sealed) <= {chunk_bytes}) NOT VALID; END IF; END $$"},
        {"limits.push_rows",
         "CREATE OR REPLACE FUNCTION relais.limit_push() RETURNS trigger LANGUAGE plpgsql AS $$ "
         "BEGIN IF (SELECT count(*) FROM added) > {statement_envelopes} THEN RAISE EXCEPTION "
         "'relais: more than {statement_envelopes} envelopes in one statement' USING ERRCODE = "
         "'program_limit_exceeded'; END IF; "
         "RETURN NULL; END $$"},
        {"limits.push_rows_trigger_gone",
         "DROP TRIGGER IF EXISTS envelope_push_rows ON relais.envelope"},
        {"limits.push_rows_trigger",
         "CREATE TRIGGER envelope_push_rows AFTER INSERT ON relais.envelope REFERENCING NEW TABLE "
         "AS added FOR EACH STATEMENT EXECUTE FUNCTION relais.limit_push()"},
        // 4: a login per workstation, which sees its own practice's rows and nothing else.
        // relais.member says whose each login is; a login made for an invitation is not
        // enrolled (sees nothing of the practice) until the invitation is granted and the new
        // workstation claims it. Workstations share one group role per hub, with the grants
        // below and no others: no UPDATE, DELETE, TRUNCATE or DDL on anything; what they must
        // change, they change through the SECURITY DEFINER functions, which check whose it is.
        // The host (the schema's owner, or a role it belongs to) passes every check.
        {"member", "CREATE TABLE IF NOT EXISTS relais.member (role name PRIMARY KEY, "
                   "practice_id text NOT NULL REFERENCES relais.practice (id), device_id text, "
                   "invitation_id text, enrolled boolean NOT NULL DEFAULT false, "
                   "created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)"},
        // The key epoch a snapshot is sealed with (a revocation starts a new one, and a
        // workstation let in later may start from a snapshot made before it).
        {"snapshot.epoch", "ALTER TABLE relais.snapshot ADD COLUMN IF NOT EXISTS epoch integer "
                           "NOT NULL DEFAULT 1"},
        {"workstation_group",
         "CREATE OR REPLACE FUNCTION relais.workstation_group() RETURNS name LANGUAGE sql STABLE "
         "AS $$ SELECT ('relais_ws_' || left(md5(current_database()), 20))::name $$"},
        {"workstation_group.role",
         "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
         "relais.workstation_group()) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', "
         "relais.workstation_group()); END IF; END $$"},
        {"my_practice",
         "CREATE OR REPLACE FUNCTION relais.my_practice() RETURNS text LANGUAGE sql STABLE "
         "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT practice_id FROM "
         "relais.member WHERE role = session_user AND enrolled AND revoked_at IS NULL $$"},
        {"my_device",
         "CREATE OR REPLACE FUNCTION relais.my_device() RETURNS text LANGUAGE sql STABLE "
         "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT device_id FROM "
         "relais.member WHERE role = session_user AND enrolled AND revoked_at IS NULL $$"},
        {"my_invitation",
         "CREATE OR REPLACE FUNCTION relais.my_invitation() RETURNS text LANGUAGE sql STABLE "
         "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT invitation_id FROM "
         "relais.member WHERE role = session_user AND revoked_at IS NULL $$"},
        {"is_host", "CREATE OR REPLACE FUNCTION relais.is_host() RETURNS boolean LANGUAGE sql "
                    "STABLE SET search_path = pg_catalog, pg_temp AS $$ SELECT "
                    "pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname "
                    "= 'relais'), 'MEMBER') $$"},
        {"may_act",
         "CREATE OR REPLACE FUNCTION relais.may_act(p_practice text, p_device text) RETURNS "
         "boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$ SELECT "
         "relais.is_host() OR (p_practice = relais.my_practice() AND (p_device IS NULL OR "
         "p_device = relais.my_device())) $$"},
        {"refuse",
         "CREATE OR REPLACE FUNCTION relais.refuse(p_what text) RETURNS void LANGUAGE plpgsql AS "
         "$$ BEGIN RAISE EXCEPTION 'relais: %', p_what USING ERRCODE = 'insufficient_privilege'; "
         "END $$"},
        {"touch_device",
         "CREATE OR REPLACE FUNCTION relais.touch_device(p_practice text, p_device text, "
         "p_received bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = "
         "pg_catalog, pg_temp AS $$ BEGIN IF NOT relais.may_act(p_practice, p_device) THEN "
         "PERFORM relais.refuse('another workstation'); END IF; INSERT INTO relais.device "
         "(practice_id, id, received_seq) VALUES (p_practice, p_device, p_received) ON CONFLICT "
         "(practice_id, id) DO UPDATE SET last_seen = now(), received_seq = "
         "EXCLUDED.received_seq; END $$"},
        // Pushes of one practice take turns on its row (the FK checks of envelopes only share it).
        {"lock_practice",
         "CREATE OR REPLACE FUNCTION relais.lock_practice(p_practice text) RETURNS void LANGUAGE "
         "plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN IF NOT "
         "relais.may_act(p_practice, NULL) THEN PERFORM relais.refuse('another practice'); END "
         "IF; PERFORM 1 FROM relais.practice WHERE id = p_practice FOR NO KEY UPDATE; END $$"},
        {"complete_snapshot",
         "CREATE OR REPLACE FUNCTION relais.complete_snapshot(p_snapshot uuid, p_chunks integer) "
         "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS "
         "$$ DECLARE p text; d text; BEGIN SELECT practice_id, device_id INTO p, d FROM "
         "relais.snapshot WHERE id = p_snapshot; IF p IS NULL OR NOT relais.may_act(p, d) THEN "
         "PERFORM relais.refuse('another workstation''s snapshot'); END IF; UPDATE "
         "relais.snapshot SET chunks = p_chunks, complete = true WHERE id = p_snapshot; DELETE "
         "FROM relais.snapshot WHERE practice_id = p AND id <> p_snapshot; END $$"},
        // An invitation comes with the login of the workstation it invites: named after it,
        // its password's verifier made by the inviting workstation from the code, valid until
        // the invitation expires. Logins of invitations long expired and never claimed go.
        {"offer_invitation",
         "CREATE OR REPLACE FUNCTION relais.offer_invitation(p_id text, p_practice text, "
         "p_expires timestamptz, p_verifier text) RETURNS name LANGUAGE plpgsql SECURITY DEFINER "
         "SET search_path = pg_catalog, pg_temp AS $$ DECLARE r name := ('relais_inv_' || "
         "lower(p_id))::name; stale name; BEGIN IF NOT relais.may_act(p_practice, NULL) THEN "
         "PERFORM relais.refuse('another practice'); END IF; IF p_id !~ '^[0-9A-Z]{6}$' OR "
         "p_verifier !~ "
         "'^SCRAM-SHA-256[$][0-9]+:[A-Za-z0-9+/=]+[$][A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' "
         "OR p_expires > now() + interval '1 hour' THEN RAISE EXCEPTION 'relais: malformed "
         "invitation' USING ERRCODE = 'invalid_parameter_value'; END IF; FOR stale IN SELECT "
         "m.role FROM relais.member m JOIN relais.invitation i ON i.id = m.invitation_id WHERE "
         "NOT m.enrolled AND i.expires_at < now() - interval '1 hour' LOOP EXECUTE "
         "format('DROP ROLE IF EXISTS %I', stale); DELETE FROM relais.member WHERE role = stale; "
         "END LOOP; INSERT INTO relais.invitation (id, practice_id, expires_at) VALUES (p_id, "
         "p_practice, p_expires); EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL "
         "%L IN ROLE %I', r, p_verifier, p_expires, relais.workstation_group()); INSERT INTO "
         "relais.member (role, practice_id, invitation_id) VALUES (r, p_practice, p_id); RETURN "
         "r; END $$"},
        {"answer_invitation",
         "CREATE OR REPLACE FUNCTION relais.answer_invitation(p_id text, p_response bytea) "
         "RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "
         "pg_temp AS $$ BEGIN IF NOT (relais.is_host() OR p_id = relais.my_invitation()) THEN "
         "PERFORM relais.refuse('another invitation'); END IF; UPDATE relais.invitation SET "
         "response = p_response WHERE id = p_id AND response IS NULL AND used_at IS NULL AND "
         "expires_at > now(); RETURN FOUND; END $$"},
        {"grant_invitation",
         "CREATE OR REPLACE FUNCTION relais.grant_invitation(p_id text, p_granted bytea) RETURNS "
         "void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
         "BEGIN IF NOT relais.may_act((SELECT practice_id FROM relais.invitation WHERE id = "
         "p_id), NULL) THEN PERFORM relais.refuse('another practice'); END IF; UPDATE "
         "relais.invitation SET granted = p_granted WHERE id = p_id AND granted IS NULL; END $$"},
        // The new workstation takes its login: the invitation granted, the login is enrolled
        // for good. A login the host made (no invitation) may take over a workstation's place
        // from an older login, which is revoked.
        {"claim_device",
         "CREATE OR REPLACE FUNCTION relais.claim_device(p_device text) RETURNS void LANGUAGE "
         "plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ DECLARE m "
         "relais.member; BEGIN SELECT * INTO m FROM relais.member WHERE role = session_user AND "
         "revoked_at IS NULL; IF NOT FOUND THEN PERFORM relais.refuse('not a workstation''s "
         "login'); END IF; IF m.device_id IS NOT NULL AND m.device_id <> p_device THEN PERFORM "
         "relais.refuse('another workstation''s login'); END IF; IF m.invitation_id IS NOT NULL "
         "AND NOT EXISTS (SELECT 1 FROM relais.invitation WHERE id = m.invitation_id AND granted "
         "IS NOT NULL) THEN PERFORM relais.refuse('invitation not granted'); END IF; IF EXISTS "
         "(SELECT 1 FROM relais.member o WHERE o.practice_id = m.practice_id AND o.device_id = "
         "p_device AND o.role <> m.role AND o.revoked_at IS NULL) THEN IF m.invitation_id IS NOT "
         "NULL THEN PERFORM relais.refuse('another workstation''s place'); END IF; UPDATE "
         "relais.member SET revoked_at = now() WHERE practice_id = m.practice_id AND device_id = "
         "p_device AND role <> m.role; END IF; UPDATE relais.member SET device_id = p_device, "
         "enrolled = true WHERE role = m.role; UPDATE relais.invitation SET used_at = now() "
         "WHERE id = m.invitation_id AND used_at IS NULL; EXECUTE format('ALTER ROLE %I VALID "
         "UNTIL %L', m.role, 'infinity'); END $$"},
        // A workstation lost or stolen: its logins see nothing from this instant (my_practice()
        // reads revoked_at) and can no longer log in. Not its own: another workstation does it.
        {"revoke_device",
         "CREATE OR REPLACE FUNCTION relais.revoke_device(p_practice text, p_device text) "
         "RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "
         "pg_temp AS $$ DECLARE r name; n integer := 0; BEGIN IF NOT relais.may_act(p_practice, "
         "NULL) OR p_device = relais.my_device() THEN PERFORM relais.refuse('not for this login "
         "to revoke'); END IF; FOR r IN UPDATE relais.member SET revoked_at = now() WHERE "
         "practice_id = p_practice AND device_id = p_device AND revoked_at IS NULL RETURNING "
         "role LOOP EXECUTE format('ALTER ROLE %I NOLOGIN', r); n := n + 1; END LOOP; RETURN n; "
         "END $$"},
        // The host's: a login for a practice (run as the host, never granted to workstations).
        {"add_login",
         "CREATE OR REPLACE FUNCTION relais.add_login(p_practice text, p_role name, p_verifier "
         "text) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
         "IF NOT relais.is_host() THEN PERFORM relais.refuse('the host''s'); END IF; EXECUTE "
         "format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_role, p_verifier, "
         "relais.workstation_group()); INSERT INTO relais.member (role, practice_id, enrolled) "
         "VALUES (p_role, p_practice, true); END $$"},
        {"rls", "DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['practice', 'device', "
                "'envelope', 'invitation', 'snapshot', 'snapshot_chunk', 'member'] LOOP EXECUTE "
                "format('ALTER TABLE relais.%I ENABLE ROW LEVEL SECURITY', t); END LOOP; END $$"},
        {"policies",
         "DO $$ DECLARE p text[]; BEGIN FOREACH p SLICE 1 IN ARRAY ARRAY["
         "['practice_read', 'practice', 'SELECT', 'USING (id = relais.my_practice())'], "
         "['device_read', 'device', 'SELECT', 'USING (practice_id = relais.my_practice())'], "
         "['envelope_read', 'envelope', 'SELECT', 'USING (practice_id = relais.my_practice())'], "
         "['envelope_write', 'envelope', 'INSERT', 'WITH CHECK (practice_id = "
         "relais.my_practice() AND device_id = relais.my_device())'], "
         "['invitation_read', 'invitation', 'SELECT', 'USING (practice_id = relais.my_practice() "
         "OR id = relais.my_invitation())'], "
         "['snapshot_read', 'snapshot', 'SELECT', 'USING (practice_id = relais.my_practice())'], "
         "['snapshot_write', 'snapshot', 'INSERT', 'WITH CHECK (practice_id = "
         "relais.my_practice() AND device_id = relais.my_device())'], "
         "['chunk_read', 'snapshot_chunk', 'SELECT', 'USING (EXISTS (SELECT 1 FROM "
         "relais.snapshot s WHERE s.id = snapshot_id))'], "
         "['chunk_write', 'snapshot_chunk', 'INSERT', 'WITH CHECK (EXISTS (SELECT 1 FROM "
         "relais.snapshot s WHERE s.id = snapshot_id AND s.device_id = relais.my_device() AND "
         "NOT s.complete))']] LOOP EXECUTE format('DROP POLICY IF EXISTS %I ON relais.%I', p[1], "
         "p[2]); EXECUTE format('CREATE POLICY %I ON relais.%I FOR %s %s', p[1], p[2], p[3], "
         "p[4]); END LOOP; END $$"},
        {"grants",
         "DO $$ DECLARE g name := relais.workstation_group(); f text; BEGIN EXECUTE "
         "format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); "
         "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), g); EXECUTE "
         "format('GRANT USAGE ON SCHEMA relais TO %I', g); EXECUTE format('GRANT SELECT ON "
         "relais.meta, relais.practice, relais.device, relais.envelope, relais.invitation, "
         "relais.snapshot, relais.snapshot_chunk TO %I', g); EXECUTE format('GRANT INSERT "
         "(practice_id, device_id, envelope_id, epoch, padded_size, sealed) ON relais.envelope "
         "TO %I', g); EXECUTE format('GRANT INSERT (id, practice_id, device_id, base_seq, epoch) "
         "ON "
         "relais.snapshot TO %I', g); EXECUTE format('GRANT INSERT ON relais.snapshot_chunk TO "
         "%I', g); FOREACH f IN ARRAY ARRAY['touch_device(text, text, bigint)', "
         "'lock_practice(text)', 'complete_snapshot(uuid, integer)', 'offer_invitation(text, "
         "text, timestamptz, text)', 'answer_invitation(text, bytea)', 'grant_invitation(text, "
         "bytea)', 'claim_device(text)', 'revoke_device(text, text)', 'add_login(text, name, "
         "text)'] LOOP EXECUTE "
         "format('REVOKE ALL ON FUNCTION relais.%s FROM PUBLIC', f); IF f NOT LIKE 'add_login%' "
         "THEN EXECUTE format('GRANT EXECUTE ON FUNCTION relais.%s TO %I', f, g); END IF; END "
         "LOOP; END $$"},
    };
    return all;
}

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("relais-hub-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Why libpq refused the hub's TLS, in words, from its message (it gives no code for these);
// nothing when the failure was not about TLS.
std::optional<Error> tlsRefusal(const HubAddress &address, const QString &libpq)
{
    const QString where = QStringLiteral("%1:%2").arg(address.host).arg(address.port);
    const auto says = [&](const char *text) {
        return libpq.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (says("does not support SSL"))
        return Error{ErrorCode::Denied,
                     Hub::tr("The hub at %1 offers no TLS: Relais does not reach it in clear. "
                             "Its administrator must turn TLS on (ssl = on in PostgreSQL).")
                         .arg(where)};
    if (says("does not match host name"))
        return Error{ErrorCode::Denied,
                     Hub::tr("The hub at %1 showed a certificate made for another name: "
                             "Relais did not connect. Check the address; if it is right, "
                             "something may stand between this workstation and the hub: "
                             "tell the hub's administrator.")
                         .arg(where)};
    if (says("certificate verify failed") || says("certificate has expired") ||
        says("unknown ca") || says("self signed") || says("self-signed"))
        return Error{ErrorCode::Denied,
                     Hub::tr("The hub at %1 showed a certificate that the practice's "
                             "certificate authority (%2) did not sign, or that has expired: "
                             "Relais did not connect. Check the CA file, or ask the hub's "
                             "administrator to renew its certificate.")
                         .arg(where, address.caFile)};
    if (says("SSL") || says("certificate"))
        return Error{ErrorCode::Denied,
                     Hub::tr("The TLS connection to the hub at %1 failed: Relais did not "
                             "connect. Its administrator can check the server's certificate.")
                         .arg(where)};
    return std::nullopt;
}

QDateTime utc(const QVariant &value)
{
    return value.toDateTime().toUTC();
}

} // namespace

Hub::Hub(const QSqlDatabase &db, HubAddress address)
    : m_db(db)
    , m_address(std::move(address))
{}

Hub::~Hub()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Hub>> Hub::connect(const HubAddress &address, const QString &password,
                                          int timeoutSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(ErrorCode::Io,
                    tr("Qt's PostgreSQL driver is missing on this workstation: install the "
                       "package libqt6sql6-psql."));
    if (!address.caFile.isEmpty()) {
        QFile ca(address.caFile);
        if (!ca.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound,
                        tr("The practice's certificate authority file %1 cannot be read: "
                           "without it the hub's certificate cannot be checked.")
                            .arg(address.caFile));
    }
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=relais;%2")
                                 .arg(std::max(1, timeoutSeconds))
                                 .arg(address.tlsOptions()));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const QString state = error.nativeErrorCode();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            qCWarning(lcHub) << "connecting to the hub failed:" << state << error.driverText();
            const QString where = QStringLiteral("%1:%2").arg(address.host).arg(address.port);
            // QPSQL gives no SQLSTATE for a refused connection, and the server words its
            // refusal in its own language; but it names the login it refused, and nothing else
            // it says before a session does.
            const QString said = error.databaseText() + error.driverText();
            if (state == QLatin1String("28P01") || state == QLatin1String("28000") ||
                (!address.user.isEmpty() &&
                 said.contains(
                     QRegularExpression(QStringLiteral("[\"«] ?%1 ?[\"»]")
                                            .arg(QRegularExpression::escape(address.user))))))
                // Named as the password's fault: the caller knows which password it gave.
                return std::unexpected(Error{
                    ErrorCode::Denied,
                    tr("The hub at %1 refused the login of %2: its password is not the one the "
                       "hub knows, or the practice revoked this workstation.")
                        .arg(where, address.user),
                    QStringLiteral("password")});
            if (state == QLatin1String("3D000"))
                return fail(
                    ErrorCode::NotFound,
                    tr("The hub at %1 has no database named %2.").arg(where, address.database));
            if (auto refused = tlsRefusal(address, error.databaseText() + error.driverText()))
                return std::unexpected(*refused);
            return fail(ErrorCode::Io,
                        tr("The hub at %1 does not answer. Work goes on here; try again when "
                           "the network is back.")
                            .arg(where));
        }
        QSqlQuery setup(db);
        // A hub that answers slowly must not hold a workstation forever.
        if (!setup.exec(QStringLiteral("SET statement_timeout = '60s'")) ||
            !setup.exec(QStringLiteral("SET client_min_messages = warning"))) {
            qCWarning(lcHub) << "setting up the hub connection failed"
                             << setup.lastError().nativeErrorCode();
        }
        return std::unique_ptr<Hub>(new Hub(db, address));
    }
}

Error Hub::failure(const QString &what, const QSqlError &error) const
{
    qCWarning(lcHub) << what << error.nativeErrorCode() << error.databaseText();
    if (!m_db.isOpen() || error.type() == QSqlError::ConnectionError ||
        error.nativeErrorCode().startsWith(QLatin1String("08")) ||
        error.nativeErrorCode().isEmpty())
        return Error{ErrorCode::Io,
                     tr("%1: the connection to the hub was lost. Nothing was changed half-way; "
                        "the next sync goes on from here.")
                         .arg(what)};
    if (error.nativeErrorCode() == QLatin1String("57014"))
        return Error{ErrorCode::Io, tr("%1: the hub took too long to answer.").arg(what)};
    if (error.nativeErrorCode() == QLatin1String("54000") ||
        error.nativeErrorCode() == QLatin1String("23514"))
        return Error{ErrorCode::InvalidInput,
                     tr("%1: the hub refused it as over its limits (too many envelopes at once, "
                        "or one too large).")
                         .arg(what)};
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return Error{ErrorCode::Denied,
                     tr("%1: the hub does not allow this user to do it.").arg(what)};
    return Error{ErrorCode::Sql,
                 tr("%1: the hub answered with an error (%2).").arg(what, error.nativeErrorCode())};
}

Result<int> Hub::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('relais.meta') IS NOT NULL")))
        return std::unexpected(failure(tr("Reading the hub's schema failed"), query.lastError()));
    if (!query.next() || !query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM relais.meta WHERE key = 'schema_version'")))
        return std::unexpected(failure(tr("Reading the hub's schema failed"), query.lastError()));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QStringList> Hub::init()
{
    auto version = schemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > SchemaVersion)
        return fail(ErrorCode::TooNew,
                    tr("This hub was set up by a newer version of Relais (hub schema %1, this "
                       "version knows %2): update Relais first.")
                        .arg(*version)
                        .arg(SchemaVersion));
    if (*version == SchemaVersion)
        return QStringList{tr("The hub's schema is already there (version %1): nothing to do.")
                               .arg(SchemaVersion)};

    QStringList done;
    QSqlQuery may(m_db);
    if (!may.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = "
                                 "current_user")) ||
        !may.next())
        return std::unexpected(failure(tr("Setting up the hub failed"), may.lastError()));
    if (!may.value(0).toBool())
        return fail(ErrorCode::Denied,
                    tr("%1 may not create roles, and the hub gives each workstation a login of "
                       "its own: a superuser must first run “ALTER ROLE %1 CREATEROLE”.")
                        .arg(m_address.user));
    may.finish();
    if (!m_db.transaction())
        return std::unexpected(failure(tr("Setting up the hub failed"), m_db.lastError()));
    QSqlQuery query(m_db);
    auto abort = [&](const QString &what) {
        const Error error = failure(what, query.lastError());
        m_db.rollback();
        return std::unexpected(error);
    };
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'relais'")) ||
        !query.next())
        return abort(tr("Setting up the hub failed"));
    if (query.value(0).toInt() == 0) {
        if (!query.exec(QStringLiteral("CREATE SCHEMA relais")))
            return abort(tr("Creating the hub's schema failed"));
        done << tr("Created the schema “relais”.");
    }
    for (const HubTable &table : hubTables()) {
        const QString name = QLatin1String(table.name);
        if (!query.exec(QStringLiteral("SELECT to_regclass('relais.%1') IS NOT NULL").arg(name)) ||
            !query.next())
            return abort(tr("Setting up the hub failed"));
        if (query.value(0).toBool()) {
            done << tr("Found %1, already there.").arg(name);
            continue;
        }
        if (!query.exec(QLatin1String(table.create)))
            return abort(tr("Creating %1 on the hub failed").arg(name));
        done << tr("Created %1.").arg(name);
    }
    for (const HubTable &step : hubUpgrades()) {
        const QString sql =
            QString::fromLatin1(step.create)
                .replace(QLatin1String("{envelope_bytes}"), QString::number(MaxEnvelopeBytes))
                .replace(QLatin1String("{chunk_bytes}"), QString::number(MaxChunkBytes))
                .replace(QLatin1String("{statement_envelopes}"),
                         QString::number(MaxEnvelopesPerStatement));
        if (!query.exec(sql))
            return abort(tr("Creating %1 on the hub failed").arg(QLatin1String(step.name)));
    }
    if (*version > 0)
        done
            << tr("Brought the hub from schema version %1 to %2.").arg(*version).arg(SchemaVersion);
    query.prepare(QStringLiteral("INSERT INTO relais.meta (key, value) VALUES ('schema_version', "
                                 "?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
    query.addBindValue(QString::number(SchemaVersion));
    if (!query.exec())
        return abort(tr("Setting up the hub failed"));
    if (!m_db.commit())
        return std::unexpected(failure(tr("Setting up the hub failed"), m_db.lastError()));
    done << tr("The hub is ready (schema version %1).").arg(SchemaVersion);
    return done;
}

Status Hub::checkSchema()
{
    auto version = schemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return fail(ErrorCode::NotFound,
                    tr("The database %1 is not set up as a Relais hub: run “relais hub init --url "
                       "%2” on the hub's server first.")
                        .arg(m_address.database, m_address.toString()));
    if (*version > SchemaVersion)
        return fail(ErrorCode::TooNew,
                    tr("This hub was set up by a newer version of Relais (hub schema %1, this "
                       "version knows %2): update Relais on this workstation.")
                        .arg(*version)
                        .arg(SchemaVersion));
    if (*version < SchemaVersion)
        return fail(ErrorCode::TooNew,
                    tr("The hub is at schema version %1 and this version of Relais needs %2: "
                       "its host must run “relais hub init --url %3” to bring it up to date.")
                        .arg(*version)
                        .arg(SchemaVersion)
                        .arg(m_address.toString()));
    return {};
}

Result<Hub::Login> Hub::whoAmI()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT relais.my_practice(), relais.my_device(), relais.is_host()")) ||
        !query.next())
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    return Login{query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()};
}

Result<Hub::NewLogin> Hub::addPractice(const QString &practiceId)
{
    if (auto ok = checkSchema(); !ok)
        return std::unexpected(ok.error());
    NewLogin made;
    made.practiceId =
        practiceId.isEmpty() ? Uuid7::generateAt(QDateTime::currentMSecsSinceEpoch()) : practiceId;
    const QByteArray random = QUuid::createUuid().toRfc4122().toHex().left(20);
    made.login.role = QStringLiteral("relais_login_") + QString::fromLatin1(random);
    made.login.password = HubLogin::newPassword();
    if (!m_db.transaction())
        return std::unexpected(failure(tr("Adding the practice failed"), m_db.lastError()));
    QSqlQuery query(m_db);
    auto abort = [&] {
        const Error error = failure(tr("Adding the practice failed"), query.lastError());
        m_db.rollback();
        return std::unexpected(error);
    };
    if (practiceId.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO relais.practice (id) VALUES (?)"));
        query.addBindValue(made.practiceId);
        if (!query.exec())
            return abort();
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM relais.practice WHERE id = ?"));
        query.addBindValue(practiceId);
        if (!query.exec() || !query.next())
            return abort();
        if (query.value(0).toInt() == 0) {
            m_db.rollback();
            return fail(
                ErrorCode::NotFound,
                tr("The hub has no practice %1: “relais hub status” lists them.").arg(practiceId));
        }
    }
    query.prepare(QStringLiteral("SELECT relais.add_login(?, ?, ?)"));
    query.addBindValue(made.practiceId);
    query.addBindValue(made.login.role);
    query.addBindValue(HubLogin::scramVerifier(made.login.password));
    if (!query.exec())
        return abort();
    if (!m_db.commit())
        return std::unexpected(failure(tr("Adding the practice failed"), m_db.lastError()));
    return made;
}

Status Hub::claimDevice(const QString &deviceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT relais.claim_device(?)"));
    query.addBindValue(deviceId);
    if (!query.exec())
        return std::unexpected(
            failure(tr("Taking this workstation's place on the hub failed"), query.lastError()));
    return {};
}

Result<int> Hub::revokeDevice(const QString &practiceId, const QString &deviceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT relais.revoke_device(?, ?)"));
    query.addBindValue(practiceId);
    query.addBindValue(deviceId);
    if (!query.exec() || !query.next())
        return std::unexpected(
            failure(tr("Revoking the workstation on the hub failed"), query.lastError()));
    return query.value(0).toInt();
}

Status Hub::changeOwnPassword(const SecureBytes &password)
{
    // A statement cannot bind a password; the verifier is letters, digits and + / = $ : only.
    const QString verifier = HubLogin::scramVerifier(password);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier)))
        return std::unexpected(failure(tr("Changing this workstation's password on the hub failed"),
                                       query.lastError()));
    return {};
}

Result<qint64> Hub::nowMs()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) ||
        !query.next())
        return std::unexpected(failure(tr("Reading the hub's clock failed"), query.lastError()));
    return query.value(0).toLongLong();
}

Status Hub::registerPractice(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO relais.practice (id) VALUES (?) ON CONFLICT DO NOTHING"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return std::unexpected(failure(tr("Registering the practice failed"), query.lastError()));
    return {};
}

Status Hub::touchDevice(const QString &practiceId, const QString &deviceId, qint64 receivedSeq)
{
    QSqlQuery query(m_db);
    // As said, not the greatest ever said: a workstation put back from a backup is behind.
    query.prepare(QStringLiteral("SELECT relais.touch_device(?, ?, ?)"));
    query.addBindValue(practiceId);
    query.addBindValue(deviceId);
    query.addBindValue(receivedSeq);
    if (!query.exec())
        return std::unexpected(
            failure(tr("Registering this workstation failed"), query.lastError()));
    return {};
}

Result<Hub::Pushed> Hub::push(const QString &practiceId, const QList<SealedEnvelope> &envelopes)
{
    if (envelopes.isEmpty())
        return Pushed{};
    for (const SealedEnvelope &e : envelopes) {
        if (e.sealed.size() > MaxEnvelopeBytes)
            return fail(ErrorCode::InvalidInput,
                        tr("One change is too large to send (%1 bytes sealed; the hub takes "
                           "at most %2): it stays on this workstation.")
                            .arg(e.sealed.size())
                            .arg(MaxEnvelopeBytes));
    }
    if (!m_db.transaction())
        return std::unexpected(failure(tr("Sending the changes failed"), m_db.lastError()));
    QSqlQuery query(m_db);
    auto abort = [&]() {
        const Error error = failure(tr("Sending the changes failed"), query.lastError());
        m_db.rollback();
        return std::unexpected(error);
    };
    query.prepare(QStringLiteral("SELECT relais.lock_practice(?)"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return abort();
    const auto lastSeqNow = [&]() -> std::optional<qint64> {
        query.prepare(QStringLiteral(
            "SELECT coalesce(max(seq), 0) FROM relais.envelope WHERE practice_id = ?"));
        query.addBindValue(practiceId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    };
    Pushed pushed;
    if (const auto before = lastSeqNow())
        pushed.before = *before;
    else
        return abort();
    int inserted = 0;
    for (qsizetype from = 0; from < envelopes.size(); from += PushRowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(PushRowsPerStatement, envelopes.size() - from);
        QStringList rows(count, QStringLiteral("(?, ?, ?::uuid, ?, ?, ?)"));
        query.prepare(QStringLiteral("INSERT INTO relais.envelope (practice_id, device_id, "
                                     "envelope_id, epoch, padded_size, sealed) VALUES %1 "
                                     "ON CONFLICT (envelope_id) DO NOTHING")
                          .arg(rows.join(QLatin1Char(','))));
        for (qsizetype i = from; i < from + count; ++i) {
            const SealedEnvelope &e = envelopes.at(i);
            query.addBindValue(practiceId);
            query.addBindValue(e.header.deviceId);
            query.addBindValue(e.header.envelopeId);
            query.addBindValue(e.header.epoch);
            query.addBindValue(e.paddedSize);
            query.addBindValue(e.sealed);
        }
        if (!query.exec())
            return abort();
        inserted += std::max(0, query.numRowsAffected());
    }
    pushed.inserted = inserted;
    if (const auto last = lastSeqNow())
        pushed.last = *last;
    else
        return abort();
    if (!m_db.commit())
        return std::unexpected(failure(tr("Sending the changes failed"), m_db.lastError()));
    return pushed;
}

Result<QList<SealedEnvelope>> Hub::pull(const QString &practiceId, qint64 afterSeq, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, device_id, envelope_id::text, epoch, padded_size, "
                                 "sealed FROM relais.envelope WHERE practice_id = ? AND seq > ? "
                                 "ORDER BY seq LIMIT ?"));
    query.addBindValue(practiceId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return std::unexpected(failure(tr("Receiving the changes failed"), query.lastError()));
    QList<SealedEnvelope> envelopes;
    while (query.next()) {
        SealedEnvelope e;
        e.seq = query.value(0).toLongLong();
        e.header.practiceId = practiceId;
        e.header.deviceId = query.value(1).toString();
        e.header.envelopeId = query.value(2).toString();
        e.header.epoch = query.value(3).toInt();
        e.paddedSize = query.value(4).toInt();
        e.sealed = query.value(5).toByteArray();
        envelopes.append(e);
    }
    if (query.lastError().isValid())
        return std::unexpected(failure(tr("Receiving the changes failed"), query.lastError()));
    return envelopes;
}

Result<qint64> Hub::lastSeq(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM relais.envelope WHERE practice_id = ?"));
    query.addBindValue(practiceId);
    if (!query.exec() || !query.next())
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    return query.value(0).toLongLong();
}

Result<QList<Hub::DeviceSeen>> Hub::devices(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, first_seen, last_seen, received_seq FROM "
                                 "relais.device WHERE practice_id = ? ORDER BY first_seen"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    QList<DeviceSeen> seen;
    while (query.next())
        seen.append({query.value(0).toString(), utc(query.value(1)), utc(query.value(2)),
                     query.value(3).toLongLong()});
    return seen;
}

Result<qint64> Hub::prunedThrough(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pruned_through FROM relais.practice WHERE id = ?"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<Hub::Pruned>> Hub::prune()
{
    if (auto ok = checkSchema(); !ok)
        return std::unexpected(ok.error());
    // Per practice: what every workstation has received, and what the last snapshot holds (a
    // workstation let in later starts from it). No snapshot, or a workstation that never said,
    // and nothing goes.
    QSqlQuery limits(m_db);
    limits.setForwardOnly(true);
    if (!limits.exec(QStringLiteral(
            "SELECT id, pruned_through, CASE WHEN received IS NULL OR snapshot IS NULL THEN NULL "
            "ELSE least(received, snapshot) END FROM (SELECT p.id, p.pruned_through, "
            "p.created_at, (SELECT min(received_seq) FROM relais.device d WHERE d.practice_id = "
            "p.id) AS received, (SELECT max(base_seq) FROM relais.snapshot s WHERE "
            "s.practice_id = p.id AND s.complete) AS snapshot FROM relais.practice p) limits "
            "ORDER BY created_at")))
        return std::unexpected(failure(tr("Pruning the hub failed"), limits.lastError()));
    QList<Pruned> all;
    while (limits.next()) {
        const qint64 was = limits.value(1).toLongLong();
        const qint64 through = limits.value(2).isNull() ? was : limits.value(2).toLongLong();
        all.append({limits.value(0).toString(), std::max(was, through), 0, 0, was});
    }
    limits.finish();
    for (Pruned &practice : all) {
        if (practice.through <= practice.was)
            continue; // nothing new has been received by everyone since
        if (!m_db.transaction())
            return std::unexpected(failure(tr("Pruning the hub failed"), m_db.lastError()));
        QSqlQuery query(m_db);
        auto abort = [&] {
            const Error error = failure(tr("Pruning the hub failed"), query.lastError());
            m_db.rollback();
            return std::unexpected(error);
        };
        query.prepare(QStringLiteral(
            "WITH gone AS (DELETE FROM relais.envelope WHERE practice_id = ? AND seq <= ? "
            "RETURNING octet_length(sealed) AS bytes) SELECT count(*), coalesce(sum(bytes), 0) "
            "FROM gone"));
        query.addBindValue(practice.practiceId);
        query.addBindValue(practice.through);
        if (!query.exec() || !query.next())
            return abort();
        practice.envelopes = query.value(0).toLongLong();
        practice.bytes = query.value(1).toLongLong();
        query.finish();
        query.prepare(QStringLiteral("UPDATE relais.practice SET pruned_through = ? WHERE id = ?"));
        query.addBindValue(practice.through);
        query.addBindValue(practice.practiceId);
        if (!query.exec())
            return abort();
        if (!m_db.commit())
            return std::unexpected(failure(tr("Pruning the hub failed"), m_db.lastError()));
    }
    return all;
}

Result<Hub::Overview> Hub::overview()
{
    if (auto ok = checkSchema(); !ok)
        return std::unexpected(ok.error());
    Overview overview;
    auto schema = schemaVersion();
    if (!schema)
        return std::unexpected(schema.error());
    overview.schema = *schema;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pg_database_size(current_database())")) || !query.next())
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    overview.databaseBytes = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral(
            "SELECT p.id, p.created_at, count(e.seq), coalesce(sum(e.padded_size), 0), "
            "coalesce(max(e.seq), 0), p.pruned_through FROM relais.practice p LEFT JOIN "
            "relais.envelope e ON e.practice_id = p.id GROUP BY p.id, p.created_at, "
            "p.pruned_through ORDER BY p.created_at")))
        return std::unexpected(failure(tr("Reading the hub failed"), query.lastError()));
    while (query.next())
        overview.practices.append(PracticeOverview{query.value(0).toString(),
                                                   utc(query.value(1)),
                                                   query.value(2).toLongLong(),
                                                   query.value(3).toLongLong(),
                                                   query.value(4).toLongLong(),
                                                   query.value(5).toLongLong(),
                                                   std::nullopt,
                                                   {}});
    query.finish();
    for (PracticeOverview &practice : overview.practices) {
        auto snapshot = latestSnapshot(practice.id);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        practice.snapshot = *snapshot;
        auto seen = devices(practice.id);
        if (!seen)
            return std::unexpected(seen.error());
        practice.devices = *seen;
    }
    return overview;
}

QString Hub::invitationRole(const QString &id)
{
    return QStringLiteral("relais_inv_") + id.toLower();
}

Result<QString> Hub::offerInvitation(const QString &id, const QString &practiceId,
                                     const QDateTime &expiresAt, const QString &verifier)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT relais.offer_invitation(?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(practiceId);
    query.addBindValue(expiresAt.toUTC());
    query.addBindValue(verifier);
    if (!query.exec() || !query.next())
        return std::unexpected(failure(tr("Registering the invitation failed"), query.lastError()));
    return query.value(0).toString();
}

Result<Hub::Invitation> Hub::invitation(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, practice_id, expires_at, response, granted, "
                                 "used_at IS NOT NULL FROM relais.invitation WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(failure(tr("Reading the invitation failed"), query.lastError()));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("The hub has no invitation with this code."));
    return Invitation{query.value(0).toString(),    query.value(1).toString(),
                      utc(query.value(2)),          query.value(3).toByteArray(),
                      query.value(4).toByteArray(), query.value(5).toBool()};
}

Status Hub::answerInvitation(const QString &id, const QByteArray &response)
{
    QSqlQuery query(m_db);
    // Only the first answer counts: a second workstation with the same code is refused.
    query.prepare(QStringLiteral("SELECT relais.answer_invitation(?, ?)"));
    query.addBindValue(id);
    query.addBindValue(response);
    if (!query.exec() || !query.next())
        return std::unexpected(failure(tr("Answering the invitation failed"), query.lastError()));
    if (!query.value(0).toBool())
        return fail(ErrorCode::Denied,
                    tr("This invitation code was already used, or has expired: ask for a new "
                       "one."));
    return {};
}

Status Hub::grantInvitation(const QString &id, const QByteArray &granted)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT relais.grant_invitation(?, ?)"));
    query.addBindValue(id);
    query.addBindValue(granted);
    if (!query.exec())
        return std::unexpected(failure(tr("Granting the invitation failed"), query.lastError()));
    return {};
}

Result<QList<Hub::Invitation>> Hub::answeredInvitations(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, practice_id, expires_at, response FROM "
                                 "relais.invitation WHERE practice_id = ? AND response IS NOT "
                                 "NULL AND granted IS NULL AND used_at IS NULL"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return std::unexpected(failure(tr("Reading the invitations failed"), query.lastError()));
    QList<Invitation> found;
    while (query.next())
        found.append({query.value(0).toString(),
                      query.value(1).toString(),
                      utc(query.value(2)),
                      query.value(3).toByteArray(),
                      {},
                      false});
    return found;
}

Status Hub::beginSnapshot(const QString &practiceId, const Snapshot &snapshot)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO relais.snapshot (id, practice_id, device_id, "
                                 "base_seq, epoch) VALUES (?::uuid, ?, ?, ?, ?)"));
    query.addBindValue(snapshot.id);
    query.addBindValue(practiceId);
    query.addBindValue(snapshot.deviceId);
    query.addBindValue(snapshot.baseSeq);
    query.addBindValue(snapshot.epoch);
    if (!query.exec())
        return std::unexpected(failure(tr("Sending the snapshot failed"), query.lastError()));
    return {};
}

Status Hub::putSnapshotChunk(const QString &snapshotId, int chunk, const QByteArray &sealed)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO relais.snapshot_chunk (snapshot_id, chunk, sealed) "
                                 "VALUES (?::uuid, ?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(snapshotId);
    query.addBindValue(chunk);
    query.addBindValue(sealed);
    if (!query.exec())
        return std::unexpected(failure(tr("Sending the snapshot failed"), query.lastError()));
    return {};
}

Status Hub::completeSnapshot(const QString &snapshotId, int chunks)
{
    QSqlQuery query(m_db);
    // The older ones go with it: of no more use, a workstation loading one starts on this one.
    query.prepare(QStringLiteral("SELECT relais.complete_snapshot(?::uuid, ?)"));
    query.addBindValue(snapshotId);
    query.addBindValue(chunks);
    if (!query.exec())
        return std::unexpected(failure(tr("Sending the snapshot failed"), query.lastError()));
    return {};
}

Result<std::optional<Hub::Snapshot>> Hub::latestSnapshot(const QString &practiceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id::text, device_id, base_seq, chunks, epoch FROM "
                                 "relais.snapshot WHERE practice_id = ? AND complete "
                                 "ORDER BY created_at DESC, base_seq DESC LIMIT 1"));
    query.addBindValue(practiceId);
    if (!query.exec())
        return std::unexpected(failure(tr("Reading the snapshot failed"), query.lastError()));
    if (!query.next())
        return std::optional<Snapshot>{};
    return std::optional<Snapshot>{Snapshot{query.value(0).toString(), query.value(1).toString(),
                                            query.value(2).toLongLong(), query.value(3).toInt(),
                                            query.value(4).toInt()}};
}

Result<QByteArray> Hub::snapshotChunk(const QString &snapshotId, int chunk)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT sealed FROM relais.snapshot_chunk WHERE snapshot_id = ?::uuid AND chunk = ?"));
    query.addBindValue(snapshotId);
    query.addBindValue(chunk);
    if (!query.exec())
        return std::unexpected(failure(tr("Receiving the snapshot failed"), query.lastError()));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("A part of the practice's snapshot is missing on the "
                                            "hub."));
    return query.value(0).toByteArray();
}

} // namespace relais
