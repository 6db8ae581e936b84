#pragma once

#include "services/FhirExchange.h"

#include <QObject>

#include <atomic>

class QThread;

namespace relais {

class Vault;

// Imports FHIR bundles on a worker thread with its own handle on the vault, so that the window
// stays responsive and shows the progress. Bundles are imported one by one, each in its own
// transaction; cancelling stops before the next bundle.
class FhirImportTask : public QObject
{
    Q_OBJECT

public:
    FhirImportTask(const Vault &vault, Session session, QStringList files,
                   QObject *parent = nullptr);
    ~FhirImportTask() override;

    void start();
    void cancel() { m_cancelled = true; }
    // Waits for the worker (tests, and closing the window mid-import).
    void wait();

Q_SIGNALS:
    // Emitted from the worker thread; connected receivers in the window's thread are queued.
    void progressed(int done, int total, const QString &file);
    void finished(bool ok, const QString &summary, const QStringList &details);

private:
    void run();

    const Vault &m_vault;
    Session m_session;
    QStringList m_files;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace relais
