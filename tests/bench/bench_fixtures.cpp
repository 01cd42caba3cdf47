// Writes the generated fixtures of the benchmarks as files, for scripts that drive the real CLI
// (tests/bench/soak.sh):
//
//   bench_fixtures state FILE [--staff 6] [--services 2] [--event-types]
//       the sandbox state: team 12345, the admin (key cal_bench_key) and the staff; with --event-types one
//       single-host round-robin team type per (service, segment, staff)
//   bench_fixtures dataset FILE [--staff 6] [--services 2] [--event-maps] [--failed-appointments N]
//       the salon dataset for `salon-admin-cli import`; N appointments with 4 failed phases each (ids 1..4N)
//   bench_fixtures booked STATE DATASET MOVES [--appointments 12] [--staff 2] [--step-minutes 5]
//       a booked salon for the lifecycle soak (BenchSupport's bookedSalon on 2030-11-04): the sandbox state,
//       the dataset, and MOVES with one "ID DATETIME" line per appointment, its start a day later
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace salon::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString kind = args.value(1);
    const QString path = args.value(2);
    const int staff = argValue(args, QStringLiteral("--staff"), QStringLiteral("6")).toInt();
    const int services = argValue(args, QStringLiteral("--services"), QStringLiteral("2")).toInt();
    QJsonObject json;
    if (kind == QLatin1String("state")) {
        json = sandboxStateJson(staff, services, args.contains(QStringLiteral("--event-types")));
    } else if (kind == QLatin1String("dataset")) {
        json = datasetJson(staff, services, args.contains(QStringLiteral("--event-maps")));
        const int failed
            = argValue(args, QStringLiteral("--failed-appointments"), QStringLiteral("0")).toInt();
        if (failed > 0)
            json.insert(QStringLiteral("appointments"), failedAppointments(failed, staff, services));
    } else if (kind == QLatin1String("booked")) {
        const BookedSalon salon
            = bookedSalon(argValue(args, QStringLiteral("--appointments"), QStringLiteral("12")).toInt(),
                staff, QDate(2030, 11, 4),
                argValue(args, QStringLiteral("--step-minutes"), QStringLiteral("5")).toInt());
        QFile datasetFile(args.value(3));
        QFile movesFile(args.value(4));
        if (!datasetFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !movesFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(
                stderr, "cannot write %s or %s\n", qPrintable(args.value(3)), qPrintable(args.value(4)));
            return 2;
        }
        datasetFile.write(QJsonDocument(salon.dataset).toJson(QJsonDocument::Indented));
        for (const QJsonValue& a : salon.dataset.value(QStringLiteral("appointments")).toArray()) {
            const QDateTime start = QDateTime::fromString(
                a.toObject().value(QStringLiteral("startsAt")).toString(), Qt::ISODate);
            movesFile.write(QStringLiteral("%1 %2\n")
                                .arg(a.toObject().value(QStringLiteral("id")).toInteger())
                                .arg(start.toUTC().addDays(1).toString(Qt::ISODate))
                                .toUtf8());
        }
        json = salon.state;
    } else {
        std::fprintf(stderr, "usage: bench_fixtures state|dataset|booked FILE [options]\n");
        return 2;
    }
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}
