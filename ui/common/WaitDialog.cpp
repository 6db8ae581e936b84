#include "WaitDialog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <climits>

namespace relais::ui {

void waitFor(QWidget *parent, const QString &what, const Vault *vault,
             const BackgroundTask::Work &work, bool cancellable)
{
    QProgressDialog dialog(what, QString(), 0, 0, parent);
    dialog.setWindowTitle(QStringLiteral("Relais"));
    dialog.setWindowModality(Qt::ApplicationModal);
    // A quick step shows nothing; shown by hand, as setValue() would otherwise decide by its
    // own estimate of the time left.
    dialog.setMinimumDuration(INT_MAX);
    QTimer::singleShot(300, &dialog, [&dialog] { dialog.show(); });
    // The dialog's own cancel would only hide it: the task is asked to stop, and the dialog
    // goes when it has.
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (cancellable)
        dialog.setCancelButtonText(QCoreApplication::translate("relais::ui::WaitDialog", "Cancel"));
    else
        dialog.setCancelButton(nullptr);
    QEventLoop loop;
    BackgroundTask task(vault, work);
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QObject::connect(&dialog, &QProgressDialog::canceled, &task, [&task, &dialog] {
        task.requestStop();
        dialog.setLabelText(QCoreApplication::translate("relais::ui::WaitDialog", "Stopping…"));
    });
    QObject::connect(&task, &BackgroundTask::progressed, &dialog,
                     [&dialog, what](int done, int total, const QString &step) {
                         dialog.setRange(0, total);
                         dialog.setValue(done);
                         dialog.setLabelText(step.isEmpty() ? what : step + QStringLiteral("…"));
                     });
    task.start();
    loop.exec();
    task.wait();
}

} // namespace relais::ui
