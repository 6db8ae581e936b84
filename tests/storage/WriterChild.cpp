// A child process for the crash test: opens the vault whose key (hex) it reads on the first line
// of standard input, then writes one patient per transaction and prints each id as soon as its
// commit has returned, until it is killed.
#include "demo/DemoPractice.h"
#include "storage/Vault.h"
#include "support/ChildKey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0 || argc != 2)
        return 2;
    const auto key = relais::test::keyFromStandardInput();
    if (!key)
        return 2;
    auto vault = relais::Vault::open(QString::fromLocal8Bit(argv[1]), *key);
    if (!vault) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    quint32 state = static_cast<quint32>(QCoreApplication::applicationPid());
    for (;;) {
        QString id;
        const relais::Status ok = (*vault)->write(
            relais::Actor::system(), [&](relais::RecordWriter &w) -> relais::Status {
                auto created = w.create(
                    QStringLiteral("patient"),
                    relais::DemoPractice::fields(relais::DemoPractice::makePatient(state)));
                if (!created)
                    return std::unexpected(created.error());
                id = *created;
                return {};
            });
        if (!ok)
            return 1;
        // Acknowledged only now, after COMMIT returned.
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
}
