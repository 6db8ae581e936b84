#include "LogFile.h"

#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace relais {

namespace {

QMutex logMutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;
bool echoAll = true;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        if (logFile) {
            const QByteArray line = Clock::system().now().toString(Qt::ISODateWithMs).toUtf8() +
                                    ' ' + levelName(type) + ' ' +
                                    (context.category ? context.category : "default") + ": " +
                                    message.toUtf8() + '\n';
            logFile->write(line);
            logFile->flush();
        }
    }
    if (previousHandler && (echoAll || type == QtCriticalMsg || type == QtFatalMsg))
        previousHandler(type, context, message);
}

} // namespace

bool LogFile::install(const QString &path, bool echo)
{
    QMutexLocker lock(&logMutex);
    echoAll = echo;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    delete logFile;
    logFile = file;
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(handler);
    return true;
}

void LogFile::uninstall()
{
    QMutexLocker lock(&logMutex);
    if (previousHandler) {
        qInstallMessageHandler(previousHandler);
        previousHandler = nullptr;
    }
    delete logFile;
    logFile = nullptr;
}

QString LogFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/relais.log");
}

} // namespace relais
