#pragma once

#include "services/BackgroundTask.h"

class QWidget;

namespace relais::ui {

// Runs `work` as a background task (with a vault handle of its own when `vault` is given) and
// returns when it is over. Meanwhile a small window says what is being done with a busy bar, and
// the application keeps painting and answering: for the steps where there is nothing else to do
// but wait (a restore before any window is open, the demo practice being filled). The bar
// follows the task's progress when it reports some, with the step it names. With `cancellable`,
// a Cancel button asks the task to stop (it checks stopRequested()).
void waitFor(QWidget *parent, const QString &what, const Vault *vault,
             const BackgroundTask::Work &work, bool cancellable = false);

} // namespace relais::ui
