#include "TerminalPrompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace relais {

Result<SecureBytes> askSecret(const QString &question)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    if (terminal) {
        std::fputs(question.toLocal8Bit().constData(), stderr);
        std::fputs(" ", stderr);
        std::fflush(stderr);
    }
    termios saved{};
    const bool hideEcho = terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hideEcho) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }

    constexpr std::size_t Capacity = 1024;
    SecureBytes buffer(Capacity);
    std::size_t length = 0;
    bool ended = false;
    bool tooLong = false;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got <= 0) {
            ended = length == 0;
            break;
        }
        if (c == '\n')
            break;
        if (c == '\r')
            continue;
        // The rest of the line is read and dropped, so that the next answer starts afresh.
        if (length < Capacity)
            buffer.data()[length++] = static_cast<unsigned char>(c);
        else
            tooLong = true;
    }
    if (hideEcho) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (ended)
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("relais::TerminalPrompt", "Nothing was typed."));
    // Refused, never cut: a cut password or passphrase would be another one.
    if (tooLong)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("relais::TerminalPrompt",
                                                "What was typed is longer than %1 characters: it "
                                                "was refused, not cut.")
                        .arg(Capacity));
    return SecureBytes(buffer.data(), length);
}

} // namespace relais
