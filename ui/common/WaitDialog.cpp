#include "WaitDialog.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace relais::ui {

void waitFor(QWidget *parent, const QString &what, const Vault *vault,
             const BackgroundTask::Work &work)
{
    QProgressDialog dialog(what, QString(), 0, 0, parent);
    dialog.setWindowTitle(QStringLiteral("Relais"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(300); // a quick step shows nothing
    dialog.setCancelButton(nullptr);
    QEventLoop loop;
    BackgroundTask task(vault, work);
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    task.start();
    loop.exec();
    task.wait();
}

} // namespace relais::ui
