#include "FhirImportTask.h"

#include "storage/Vault.h"

#include <QThread>

namespace relais {

FhirImportTask::FhirImportTask(const Vault &vault, Session session, QStringList files,
                               QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_session(std::move(session))
    , m_files(std::move(files))
{}

FhirImportTask::~FhirImportTask()
{
    cancel();
    wait();
}

void FhirImportTask::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void FhirImportTask::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void FhirImportTask::run()
{
    auto vault = m_vault.openAnother();
    if (!vault) {
        Q_EMIT finished(false, vault.error().message, {});
        return;
    }
    FhirExchange exchange(**vault);
    const int total = static_cast<int>(m_files.size());
    QStringList details;
    int patients = 0;
    int vitals = 0;
    int done = 0;
    for (const QString &file : std::as_const(m_files)) {
        if (m_cancelled)
            break;
        Q_EMIT progressed(done, total, file);
        auto report = exchange.importFile(m_session, file);
        if (!report) {
            details.append(tr("Not imported: %1 (refused).").arg(file));
            for (const QString &notTried : m_files.mid(done + 1))
                details.append(tr("Not imported: %1 (not tried).").arg(notTried));
            Q_EMIT finished(false,
                            tr("%1 Bundles imported before it: %2 of %3.")
                                .arg(report.error().message)
                                .arg(done)
                                .arg(total),
                            details);
            return;
        }
        details.append(report->summary());
        details.append(report->notes);
        patients += report->patientsCreated;
        vitals += report->vitalsImported;
        ++done;
    }
    Q_EMIT progressed(done, total, QString());
    const QString summary =
        tr("%1 of %2 bundles imported: %3 new patients, %4 vital signs.")
            .arg(done)
            .arg(total)
            .arg(patients)
            .arg(vitals) +
        (m_cancelled ? QLatin1Char(' ') + tr("Stopped on request.") : QString());
    Q_EMIT finished(true, summary, details);
}

} // namespace relais
