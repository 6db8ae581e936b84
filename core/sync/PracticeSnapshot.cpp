#include "PracticeSnapshot.h"

#include "storage/JournalChange.h"
#include "storage/RecordWriter.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "sync/AuditRows.h"
#include "sync/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace relais {

Q_LOGGING_CATEGORY(lcSnapshot, "relais.sync.snapshot")

namespace {

const QString RecordsKey = QStringLiteral("records");
const QString AuditKey = QStringLiteral("audit");
constexpr int AuditEntriesPerPart = 5000;

// One chunk as it is sealed: its number (so that chunks cannot be swapped), then the JSON,
// compressed.
QByteArray chunkMessage(int chunk, const QJsonObject &content)
{
    QByteArray message(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(chunk), message.data());
    return message + qCompress(QJsonDocument(content).toJson(QJsonDocument::Compact), 3);
}

// Fills chunks up to PracticeSnapshot::ChunkBytes and sends each as soon as it is full.
class ChunkSender
{
public:
    ChunkSender(Hub &hub, const PracticeSnapshot::Seal &seal, const EnvelopeHeader &header,
                qsizetype chunkBytes)
        : m_hub(hub)
        , m_seal(seal)
        , m_header(header)
        , m_chunkBytes(chunkBytes)
    {}

    // Adds a part ({"t": table, "c": columns, "r": rows} or {"d": device, "r": entries}) of
    // about `bytes` of JSON.
    Status add(const QString &kind, const QJsonObject &part, qsizetype bytes)
    {
        QJsonArray parts = m_content.value(kind).toArray();
        parts.append(part);
        m_content.insert(kind, parts);
        m_bytes += bytes;
        return m_bytes >= m_chunkBytes ? flush() : Status{};
    }

    Status flush()
    {
        if (m_content.isEmpty())
            return {};
        const SealedEnvelope sealed = Envelope::seal(m_header, chunkMessage(m_chunks, m_content),
                                                     *m_seal.key, *m_seal.signer);
        if (auto ok = m_hub.putSnapshotChunk(m_header.envelopeId, m_chunks, sealed.sealed); !ok)
            return ok;
        ++m_chunks;
        m_content = {};
        m_bytes = 0;
        return {};
    }

    int chunks() const { return m_chunks; }
    qsizetype chunkBytes() const { return m_chunkBytes; }

private:
    Hub &m_hub;
    const PracticeSnapshot::Seal &m_seal;
    EnvelopeHeader m_header;
    QJsonObject m_content;
    qsizetype m_chunkBytes;
    qsizetype m_bytes = 0;
    int m_chunks = 0;
};

// Rows of one table, read in one pass and handed to the sender in parts.
Status sendTable(const Vault &vault, const QString &table, ChunkSender &sender)
{
    QStringList columns{QStringLiteral("id")};
    columns += vault.syncedColumnsOf(table);
    columns << QStringLiteral("updated_at") << QStringLiteral("device_id")
            << QStringLiteral("deleted");
    QStringList quoted;
    for (const QString &column : std::as_const(columns))
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    QSqlQuery rows(vault.database());
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QLatin1Char(',')), table)))
        return std::unexpected(sqlError(
            PracticeSnapshot::tr("Reading the %1 records failed").arg(table), rows.lastError()));
    const QJsonArray names = QJsonArray::fromStringList(columns);
    QJsonArray part;
    qsizetype bytes = 0;
    const auto send = [&]() -> Status {
        if (part.isEmpty())
            return {};
        auto ok = sender.add(RecordsKey,
                             QJsonObject{{QStringLiteral("t"), table},
                                         {QStringLiteral("c"), names},
                                         {QStringLiteral("r"), part}},
                             bytes);
        part = {};
        bytes = 0;
        return ok;
    };
    const auto width = static_cast<int>(columns.size());
    while (rows.next()) {
        QJsonArray row;
        for (int i = 0; i < width; ++i) {
            const QVariant value = rows.value(i);
            row.append(JournalChange::jsonOf(value));
            // An estimate of the JSON's length, enough to cut chunks near their size.
            bytes += value.typeId() == QMetaType::QString ? value.toString().size() + 3 : 12;
        }
        part.append(row);
        if (bytes >= sender.chunkBytes() / 4) {
            if (auto ok = send(); !ok)
                return ok;
        }
    }
    return send();
}

Status sendAudit(const Vault &vault, ChunkSender &sender)
{
    const auto sendEntries = [&](const QString &device, const QJsonArray &entries) {
        // About 150 bytes of JSON an entry.
        return sender.add(
            AuditKey, QJsonObject{{QStringLiteral("d"), device}, {QStringLiteral("r"), entries}},
            entries.size() * 150);
    };
    // This workstation's own trail, then the others' as it keeps them.
    for (qint64 last = 0;;) {
        const qint64 from = last;
        auto entries = AuditRows::read(vault.database(), {}, from, AuditEntriesPerPart, &last);
        if (!entries)
            return std::unexpected(entries.error());
        if (entries->isEmpty())
            break;
        if (auto ok = sendEntries(vault.deviceId(), *entries); !ok)
            return ok;
    }
    return AuditRows::readPeers(vault.database(), AuditEntriesPerPart, sendEntries);
}

} // namespace

Result<int> PracticeSnapshot::publish(Vault &vault, Hub &hub, const Seal &seal, qint64 baseSeq,
                                      qsizetype chunkBytes)
{
    const Hub::Snapshot snapshot{Envelope::randomId(), vault.deviceId(), baseSeq, 0, seal.epoch};
    if (auto ok = hub.beginSnapshot(seal.practiceId, snapshot); !ok)
        return std::unexpected(ok.error());
    ChunkSender sender(hub, seal,
                       EnvelopeHeader{snapshot.id, seal.practiceId, vault.deviceId(), seal.epoch},
                       chunkBytes);
    // One read transaction: the chunks show the vault at one moment, whatever is written
    // meanwhile.
    QSqlDatabase db = vault.database();
    if (!db.transaction())
        return std::unexpected(sqlError(tr("Reading the vault failed"), db.lastError()));
    Status sent = {};
    for (const QString &table : vault.syncedTables()) {
        sent = sendTable(vault, table, sender);
        if (!sent)
            break;
    }
    if (sent)
        sent = sendAudit(vault, sender);
    db.rollback();
    if (sent)
        sent = sender.flush();
    if (!sent)
        return std::unexpected(sent.error());
    if (auto ok = hub.completeSnapshot(snapshot.id, sender.chunks()); !ok)
        return std::unexpected(ok.error());
    qCInfo(lcSnapshot) << "snapshot published at sequence" << baseSeq << "in" << sender.chunks()
                       << "chunks";
    return sender.chunks();
}

Result<qint64> PracticeSnapshot::load(Vault &vault, Hub &hub, const Hub::Snapshot &snapshot,
                                      int from, const Opening &opening,
                                      const std::function<Status(int)> &noteDone,
                                      const Progress &progress)
{
    qint64 records = 0;
    for (int chunk = from; chunk < snapshot.chunks; ++chunk) {
        auto sealed = hub.snapshotChunk(snapshot.id, chunk);
        if (!sealed)
            return std::unexpected(sealed.error());
        SealedEnvelope envelope;
        envelope.header =
            EnvelopeHeader{snapshot.id, opening.practiceId, snapshot.deviceId, opening.epoch};
        envelope.sealed = *sealed;
        auto opened = Envelope::open(envelope, *opening.key, opening.signer.sign);
        if (!opened)
            return std::unexpected(opened.error());
        if (opened->size() < 4 ||
            qFromBigEndian<quint32>(opened->constData()) != static_cast<quint32>(chunk))
            return fail(ErrorCode::InvalidInput,
                        tr("A part of the practice's snapshot is not the one expected: it was "
                           "not loaded."));
        const QJsonObject content = QJsonDocument::fromJson(qUncompress(opened->mid(4))).object();
        qint64 chunkRecords = 0;
        auto written = vault.write(Actor::system(), [&](RecordWriter &w) -> Status {
            chunkRecords = 0;
            for (const auto &value : content.value(RecordsKey).toArray()) {
                const QJsonObject part = value.toObject();
                QStringList columns;
                for (const auto &name : part.value(QStringLiteral("c")).toArray())
                    columns.append(name.toString());
                QList<QVariantList> rows;
                for (const auto &row : part.value(QStringLiteral("r")).toArray()) {
                    QVariantList values;
                    for (const auto &cell : row.toArray())
                        values.append(cell.toVariant());
                    rows.append(values);
                }
                auto loaded = w.load(part.value(QStringLiteral("t")).toString(), columns, rows);
                if (!loaded)
                    return std::unexpected(loaded.error());
                chunkRecords += *loaded;
            }
            for (const auto &value : content.value(AuditKey).toArray()) {
                const QJsonObject part = value.toObject();
                const QString device = part.value(QStringLiteral("d")).toString();
                // This workstation's own trail is its own to keep.
                if (device == vault.deviceId())
                    continue;
                if (auto kept = AuditRows::keep(vault.database(), device,
                                                part.value(QStringLiteral("r")).toArray());
                    !kept)
                    return kept;
                w.touched(QStringLiteral("audit_peer"));
            }
            return noteDone(chunk + 1);
        });
        if (!written)
            return std::unexpected(written.error());
        records += chunkRecords;
        if (progress)
            progress(chunk + 1, snapshot.chunks);
    }
    return records;
}

} // namespace relais
