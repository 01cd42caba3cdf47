// The Day page's paint (issue 18): a day of 200 appointments (4 staff steps and a processing time each,
// 8 staff members, 08:00–20:00) laid out once, then painted many times — the whole day into an image (what
// Export PNG and Print draw) and a 1280×720 viewport as the page shows it. Prints one JSON line with the
// median of each; the goal is a paint under 16 ms (one frame at 60 Hz).
//
//   bench_day paint [--appointments 200] [--repeats 40]
#include "ui/day/DayLayout.h"
#include "ui/day/DayPainter.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <ctime>

using namespace salon;

namespace
{
day::DaySchedule makeDay(int appointments)
{
    day::DaySchedule d;
    d.date = QDate(2030, 11, 25);
    d.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    d.openFromMinute = 8 * 60;
    d.openUntilMinute = 20 * 60;
    for (int s = 0; s < 8; ++s)
        d.staff.append({ QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("Staff member %1").arg(s + 1), true });
    QRandomGenerator random(18);
    const QList<day::StepState> states { day::StepState::Synced, day::StepState::Synced,
        day::StepState::Pending, day::StepState::Failed, day::StepState::Cancelled, day::StepState::Owed };
    for (int a = 0; a < appointments; ++a) {
        day::DayAppointment appointment;
        appointment.id = 1000 + a;
        appointment.customerName = QStringLiteral("Kundin %1").arg(a);
        appointment.serviceName = QStringLiteral("Ansatzfärbung");
        int minute = 8 * 60 + int(random.bounded(40)) * 15;
        appointment.startsAt = d.timeAt(minute);
        const QString staff = d.staff[a % 8].id;
        const day::StepState state = states[int(random.bounded(int(states.size())))];
        const QList<std::pair<int, bool>> segments { { 30, true }, { 30, false }, { 15, true }, { 30, true },
            { 30, true } };
        for (int s = 0; s < segments.size(); ++s) {
            day::DayStep step;
            step.phaseId = qint64(a) * 10 + s;
            step.segmentKey = QString(QChar(u'A' + s));
            step.segmentName = QStringLiteral("Schritt %1").arg(step.segmentKey);
            step.staffRequired = segments[s].second;
            step.staffId = step.staffRequired ? staff : QString();
            step.startsAt = d.timeAt(minute);
            minute += segments[s].first;
            step.endsAt = d.timeAt(minute);
            step.state = state;
            appointment.steps.append(step);
        }
        d.appointments.append(appointment);
    }
    return d;
}

// This thread's CPU time in ms: on a shared, loaded machine the wall clock also counts other processes.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int appointments = option(QStringLiteral("--appointments"), 200);
    const int repeats = option(QStringLiteral("--repeats"), 40);

    const day::DaySchedule d = makeDay(appointments);
    QElapsedTimer layoutClock;
    layoutClock.start();
    const ui::DayLayout whole(&d, 1280, d.openFromMinute, d.openUntilMinute);
    const double layoutMs = layoutClock.nsecsElapsed() / 1e6;
    const ui::DayLayout view(&d, 1280, 0, 24 * 60);

    QImage wholeImage(whole.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QImage viewport(1280, 720, QImage::Format_ARGB32_Premultiplied);
    const QRectF visible(0, view.yOf(10 * 60), 1280, 720);
    QList<double> wholeMs, viewMs, wholeCpuMs, viewCpuMs;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer clock;
        clock.start();
        double cpu = cpuMs();
        {
            QPainter p(&wholeImage);
            ui::DayPainter(whole, app.palette(), app.font()).paintAll(p);
        }
        wholeMs.append(clock.nsecsElapsed() / 1e6);
        wholeCpuMs.append(cpuMs() - cpu);
        clock.restart();
        cpu = cpuMs();
        {
            QPainter p(&viewport);
            p.translate(-visible.topLeft());
            ui::DayPainter painter(view, app.palette(), app.font());
            painter.paintBody(p, visible);
            painter.paintHeader(p);
            painter.paintGutter(p, visible);
        }
        viewMs.append(clock.nsecsElapsed() / 1e6);
        viewCpuMs.append(cpuMs() - cpu);
    }
    const QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("day-paint") },
        { QStringLiteral("appointments"), appointments },
        { QStringLiteral("blocks"), int(whole.blocks().size()) }, { QStringLiteral("repeats"), repeats },
        { QStringLiteral("layoutMs"), layoutMs }, { QStringLiteral("wholeDayMs"), median(wholeMs) },
        { QStringLiteral("viewportMs"), median(viewMs) },
        { QStringLiteral("wholeDayCpuMs"), median(wholeCpuMs) },
        { QStringLiteral("viewportCpuMs"), median(viewCpuMs) }, { QStringLiteral("limitMs"), 16 },
        { QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return median(viewMs) < 16 ? 0 : 1;
}
