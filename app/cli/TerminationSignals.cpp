#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace salon::cli
{

namespace
{

// What the handler may touch: plain data, written before the handlers are installed.
int g_fds[2] = { -1, -1 };
volatile sig_atomic_t g_received = 0;
volatile sig_atomic_t g_graceful = 0;

// The lines printed from inside the handler (write(2) is async-signal-safe, translating is not), one per
// signal: [0] SIGINT, [1] SIGTERM.
struct HandlerText {
    char text[512] = {};
    size_t length = 0;

    void set(const QString& line)
    {
        const QByteArray bytes = line.toUtf8().left(int(sizeof(text)) - 2) + '\n';
        std::memcpy(text, bytes.constData(), size_t(bytes.size()));
        length = size_t(bytes.size());
    }
};
HandlerText g_stoppedAtOnce[2];
HandlerText g_secondSignal[2];

int textIndex(int signalNumber)
{
    return signalNumber == SIGTERM ? 1 : 0;
}

void onSignal(int signalNumber)
{
    if (!g_graceful || g_received != 0) {
        const HandlerText& line = g_received != 0 ? g_secondSignal[textIndex(signalNumber)]
                                                  : g_stoppedAtOnce[textIndex(signalNumber)];
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, line.text, line.length);
        ::_exit(128 + signalNumber);
    }
    g_received = signalNumber;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_fds[0], &byte, 1);
}

void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
    const QString program = QCoreApplication::applicationName();
    for (int sig : { SIGINT, SIGTERM }) {
        g_stoppedAtOnce[textIndex(sig)].set(tr("%1: stopped by %2.").arg(program, signalName(sig)));
        g_secondSignal[textIndex(sig)].set(
            tr("%1: stopped at once by a second %2; the next run picks up what was left and asks Cal.com "
               "before it books or creates anything again.")
                .arg(program, signalName(sig)));
    }
    g_received = 0;
    g_graceful = 0;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0) {
        // Without the pair the default actions stay: the process ends at once, as it did before.
        g_fds[0] = g_fds[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    install(onSignal);
}

TerminationSignals::~TerminationSignals()
{
    install(SIG_DFL);
    delete m_notifier;
    for (int& fd : g_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void TerminationSignals::setGraceful(bool graceful)
{
    g_graceful = graceful ? 1 : 0;
}

int TerminationSignals::received() const
{
    return int(g_received);
}

bool TerminationSignals::isRequested()
{
    return g_received != 0;
}

QString TerminationSignals::signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(signalNumber);
    }
}

void TerminationSignals::onReadable()
{
    char byte = 0;
    [[maybe_unused]] const auto got = ::read(g_fds[1], &byte, 1);
    emit requested(received());
}

} // namespace salon::cli
