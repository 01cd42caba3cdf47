#include "SandboxCommand.h"

#include "CliContext.h"
#include "FaultPlan.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "TerminationSignals.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>

using namespace salon::sandbox;

namespace salon::cli
{

namespace
{

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

void SandboxCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        { QStringLiteral("listen"),
            tr("Address to listen on (default 127.0.0.1:0; port 0 picks a free port)."),
            QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0") },
        { QStringLiteral("allow-remote"), tr("Allow a non-loopback --listen address.") },
        { QStringLiteral("state"), tr("Start from this state file (see docs/sandbox.md)."),
            QStringLiteral("FILE.json") },
        { QStringLiteral("scenario"), tr("Start from a built-in scenario: incident."),
            QStringLiteral("NAME") },
        { QStringLiteral("save"), tr("Save the state here on exit (also on SIGINT/SIGTERM)."),
            QStringLiteral("FILE.json") },
        { QStringLiteral("api-key"), tr("Register this API key for the state's team admin."),
            QStringLiteral("KEY") },
        { QStringLiteral("rate-limit"), tr("Requests per key and window (default 120)."),
            QStringLiteral("N") },
        { QStringLiteral("rate-window"), tr("Rate-limit window and block in milliseconds (default 60000)."),
            QStringLiteral("MS") },
        { QStringLiteral("latency"), tr("Latency added to every answer, in milliseconds."),
            QStringLiteral("MS") },
        { QStringLiteral("faults"),
            tr("Fault injection SPEC, e.g. seed=7,500=0.1,reset=0.02 (see docs/sandbox.md)."),
            QStringLiteral("SPEC") },
        { QStringLiteral("slot-taken-status"), tr("Status for a taken slot: 400 (default) or 409."),
            QStringLiteral("400|409") },
    });
}

int SandboxCommand::run(CliContext& context, const QCommandLineParser& options)
{
    // State: a file, a scenario, or empty.
    QString error;
    std::optional<SandboxState> state = SandboxState();
    if (options.isSet(QStringLiteral("state")) && options.isSet(QStringLiteral("scenario")))
        return context.cannotRun(tr("sandbox: --state and --scenario exclude each other"));
    if (options.isSet(QStringLiteral("state")))
        state = SandboxState::loadFile(options.value(QStringLiteral("state")), &error);
    else if (options.isSet(QStringLiteral("scenario")))
        state = SandboxState::fromScenario(options.value(QStringLiteral("scenario")), &error);
    if (!state)
        return context.cannotRun(QStringLiteral("sandbox: %1").arg(error));

    if (options.isSet(QStringLiteral("api-key"))) {
        const QString key = options.value(QStringLiteral("api-key"));
        if (!key.startsWith(u"cal_"))
            return context.cannotRun(tr("sandbox: an API key starts with cal_"));
        qint64 admin = 0;
        // The first team's owner, else its first admin.
        for (const SandboxTeam& team : state->teams) {
            for (const QString& role : { QStringLiteral("OWNER"), QStringLiteral("ADMIN") })
                for (const SandboxMembership& m : team.members)
                    if (admin == 0 && m.role == role)
                        admin = m.userId;
            if (admin != 0)
                break;
        }
        if (admin == 0)
            return context.cannotRun(tr("sandbox: --api-key needs a state with a team owner or admin"));
        state->addApiKey(key, admin);
    }

    SandboxOptions sandboxOptions;
    bool ok = true;
    if (options.isSet(QStringLiteral("rate-limit"))) {
        sandboxOptions.rateLimit = options.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || sandboxOptions.rateLimit < 1)
            return context.cannotRun(tr("sandbox: --rate-limit must be a positive number"));
    }
    if (options.isSet(QStringLiteral("rate-window"))) {
        sandboxOptions.rateWindowMs = options.value(QStringLiteral("rate-window")).toLongLong(&ok);
        if (!ok || sandboxOptions.rateWindowMs < 1)
            return context.cannotRun(tr("sandbox: --rate-window must be a positive number of milliseconds"));
        sandboxOptions.rateBlockMs = sandboxOptions.rateWindowMs;
    }
    if (options.isSet(QStringLiteral("latency"))) {
        sandboxOptions.latencyMs = options.value(QStringLiteral("latency")).toInt(&ok);
        if (!ok || sandboxOptions.latencyMs < 0)
            return context.cannotRun(tr("sandbox: --latency must be a number of milliseconds"));
    }
    if (options.isSet(QStringLiteral("slot-taken-status"))) {
        sandboxOptions.slotTakenStatus = options.value(QStringLiteral("slot-taken-status")).toInt();
        if (sandboxOptions.slotTakenStatus != 400 && sandboxOptions.slotTakenStatus != 409)
            return context.cannotRun(tr("sandbox: --slot-taken-status must be 400 or 409"));
    }
    FaultPlan faults;
    if (options.isSet(QStringLiteral("faults"))) {
        const auto parsed = FaultPlan::parse(options.value(QStringLiteral("faults")), &error);
        if (!parsed)
            return context.cannotRun(QStringLiteral("sandbox: %1").arg(error));
        faults = *parsed;
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(options.value(QStringLiteral("listen")), &address, &port))
        return context.cannotRun(tr("sandbox: --listen wants HOST:PORT, e.g. 127.0.0.1:8765"));
    if (!address.isLoopback() && !options.isSet(QStringLiteral("allow-remote")))
        return context.cannotRun(tr("sandbox: %1 is not a loopback address; add --allow-remote to serve it")
                                     .arg(address.toString()));

    SandboxServer server(*state, sandboxOptions);
    server.setFaults(faults);
    server.log().setCapacity(10'000); // nobody reads it here; keep memory flat in long runs
    if (!server.start(address, port))
        return context.cannotRun(
            tr("sandbox: cannot listen on %1").arg(options.value(QStringLiteral("listen"))));

    // SIGINT/SIGTERM end the event loop, so the state is saved; a second signal ends at once.
    TerminationSignals termination;
    QEventLoop loop;
    QObject::connect(&termination, &TerminationSignals::requested, &loop, &QEventLoop::quit);
    termination.setGraceful(true);

    // The base URL is the first stdout line: scripts read it to find the port.
    context.out() << server.baseUrl().toString() << Qt::endl;
    context.err() << tr("Cal.com sandbox: %1 users, %2 teams, %3 event types, %4 bookings. Stop with Ctrl+C.")
                         .arg(server.state().users.size())
                         .arg(server.state().teams.size())
                         .arg(server.state().eventTypes.size())
                         .arg(server.state().bookings.size())
                  << Qt::endl;
    loop.exec();
    if (options.isSet(QStringLiteral("save"))) {
        if (!server.state().saveFile(options.value(QStringLiteral("save")), &error))
            return context.cannotRun(QStringLiteral("sandbox: %1").arg(error));
        context.err() << tr("Saved the sandbox state to %1.").arg(options.value(QStringLiteral("save")))
                      << Qt::endl;
    }
    return ExitDone;
}

} // namespace salon::cli
