// The Day page (issue 18) driven offscreen on both backends against the sandbox, with the main-thread SQL
// guard fatal: the page shows the day's blocks with their states; a mouse drag and a Shift+arrow open
// Move… at the new time and confirming moves the appointment in the database and in Cal.com; a drop on
// another staff column opens Change staff… and re-staffs the step; a change written by another
// connection shows without reload. With SALON_DAY_SHOTS=<dir> the demo day (one failed, one cancelled
// appointment) is saved as day.png at 1280×720.
#include "LifecycleSandbox.h"
#include "UiTestData.h"
#include "core/db/DatabaseSession.h"
#include "core/db/MainThreadSqlGuard.h"
#include "core/db/SqlStatement.h"
#include "core/db/SqlTime.h"
#include "ui/day/DayExport.h"
#include "ui/day/DayPage.h"
#include "ui/lifecycle/CancelAppointmentDialog.h"
#include "ui/lifecycle/ChangeStaffDialog.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"
#include "ui/lifecycle/MoveAppointmentDialog.h"
#include "ui/lifecycle/StepProgressModel.h"
#include "ui/pages/MessageBanner.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;
using salon::test::LifecycleSandbox;

namespace
{
const QDate kDay(2030, 11, 25);
constexpr qint64 kMaria = 764; // Maria Becker at 13:00, Fabian Spitzer, pending

QString bannerText(const QWidget& dialog)
{
    return dialog.findChild<MessageBanner*>(QStringLiteral("banner"))->text();
}

void send(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)),
        type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}
} // namespace

class TestUiDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void showsTheBlocksOfTheDay();
    void dragMovesTheAppointment();
    void shiftArrowMovesByAQuarterHour();
    void dropOnAnotherColumnChangesTheStaff();
    void aChangeMadeElsewhereShowsWithoutReload();
    void exportsThePicture();
    void demoDayScreenshot();

private:
    void open(bool book = true);
    LifecycleActionDialog* dragBlock(qint64 phaseId, const QPoint& by, Qt::KeyboardModifiers modifiers = {});
    void confirmAndWait(LifecycleActionDialog* dialog);
    const day::DayStep* step(qint64 phaseId) const { return m_page->view()->schedule().step(phaseId).second; }

    std::unique_ptr<LifecycleSandbox> m_s;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<LifecycleJobBuilder> m_jobs;
    std::unique_ptr<DayPage> m_page;
    QTimeZone m_zone { QByteArrayLiteral("Europe/Berlin") };
};

void TestUiDay::initTestCase()
{
    QCOMPARE(MainThreadSqlGuard::mode(), MainThreadSqlGuard::Mode::Fatal);
}

void TestUiDay::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_s = LifecycleSandbox::create(backend, &error);
    QVERIFY2(m_s, qPrintable(error));
}

void TestUiDay::open(bool book)
{
    if (book) {
        QVERIFY(m_s->book());
        m_s->server().log().clear();
    }
    m_session = std::make_unique<DatabaseSession>(m_s->sync().database().url());
    m_jobs = std::make_unique<LifecycleJobBuilder>(m_session->worker());
    m_jobs->setTimeZone(m_zone);
    m_jobs->setActor(QStringLiteral("gui:test"));
    m_jobs->setCalcom(m_s->client(), test::SyncSandbox::kTeamId);
    m_page = std::make_unique<DayPage>(m_session.get());
    m_page->setTimeZone(m_zone);
    m_page->setActor(QStringLiteral("gui:test"));
    m_page->setLifecycle(m_jobs.get());
    m_page->resize(1280, 720);
    QSignalSpy loaded(m_page.get(), &DayPage::dayLoaded);
    m_page->setDate(kDay);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && m_page->view()->schedule().date == kDay, 20000);
}

void TestUiDay::cleanup()
{
    m_page.reset();
    m_jobs.reset();
    m_session.reset();
    m_s.reset();
}

LifecycleActionDialog* TestUiDay::dragBlock(qint64 phaseId, const QPoint& by, Qt::KeyboardModifiers modifiers)
{
    QWidget* viewport = m_page->view()->viewport();
    const QRect block = m_page->view()->blockRectInViewport(phaseId);
    if (block.isEmpty())
        return nullptr;
    QSignalSpy opened(m_page.get(), &DayPage::dialogOpened);
    const QPoint from = block.center();
    send(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 4; ++i)
        send(viewport, QEvent::MouseMove, from + by * i / 4, Qt::LeftButton, modifiers);
    send(viewport, QEvent::MouseButtonRelease, from + by, Qt::NoButton, modifiers);
    if (opened.size() != 1)
        return nullptr;
    auto* dialog = opened.first().first().value<LifecycleActionDialog*>();
    if (dialog)
        test::checkModel(dialog->steps());
    return dialog;
}

void TestUiDay::confirmAndWait(LifecycleActionDialog* dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checksFinished() > 0, 30000);
    QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(bannerText(*dialog)));
    QSignalSpy finished(dialog, &LifecycleActionDialog::changeFinished);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(bannerText(*dialog)));
}

void TestUiDay::showsTheBlocksOfTheDay()
{
    open();
    const day::DaySchedule& day = m_page->view()->schedule();
    // Three staff columns, by name; 763 (booked) and 764 (not yet); 765 is on the 26th.
    QCOMPARE(day.staff.size(), 3);
    QCOMPARE(day.staff[0].name, QStringLiteral("Fabian Spitzer"));
    QCOMPARE(day.appointments.size(), 2);
    QCOMPARE(day.appointments[0].id, LifecycleSandbox::kAppointment);
    QCOMPARE(day.appointments[1].id, kMaria);
    // A block per staff step, a band per processing time, links between the steps.
    const DayLayout& layout = m_page->view()->layout();
    QCOMPARE(layout.blocks().size(), 8);
    QCOMPARE(layout.bands().size(), 2);
    QCOMPARE(layout.links().size(), 6);
    for (qint64 p : LifecycleSandbox::kStaffPhases) {
        QCOMPARE(day::toString(step(p)->state), day::toString(day::StepState::Synced));
        QCOMPARE(layout.blocks()[layout.blockOfPhase(p)].column, day.staffIndex(LifecycleSandbox::kFabian2));
    }
    QCOMPARE(day::toString(step(274)->state), day::toString(day::StepState::Pending));
    QCOMPARE(step(274)->segmentName, QStringLiteral("Strähnen setzen"));
    // 10:00 Berlin: the block's top is on the 10:00 line; the salon's hours come from the data.
    QCOMPARE(layout.blocks()[layout.blockOfPhase(LifecycleSandbox::kA)].rect.top(), layout.yOf(10 * 60));
    QVERIFY(day.openFromMinute <= 9 * 60 && day.openUntilMinute >= 16 * 60);
    // The block is on screen (scrolled to the hours) and a click selects it and fills the side pane.
    const QRect block = m_page->view()->blockRectInViewport(LifecycleSandbox::kB);
    QVERIFY(m_page->view()->viewport()->rect().contains(block.center()));
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, block.center());
    QCOMPARE(m_page->view()->selectedPhase(), LifecycleSandbox::kB);
    QVERIFY2(
        m_page->detailsText().contains(QStringLiteral("Test Kundin")), qPrintable(m_page->detailsText()));
    // Arrows walk the steps of the column, then to the next column.
    QTest::keyClick(m_page->view(), Qt::Key_Down);
    QCOMPARE(m_page->view()->selectedPhase(), LifecycleSandbox::kC);
    QTest::keyClick(m_page->view(), Qt::Key_Up);
    QCOMPARE(m_page->view()->selectedPhase(), LifecycleSandbox::kB);
    QTest::keyClick(m_page->view(), Qt::Key_Left);
    QCOMPARE(day.staffIndex(step(m_page->view()->selectedPhase())->staffId),
        day.staffIndex(LifecycleSandbox::kFabian));
}

void TestUiDay::dragMovesTheAppointment()
{
    open();
    const QDateTime start = m_s->appointmentStart();
    const QDateTime stepD = m_s->phaseStart(LifecycleSandbox::kD);
    // An hour down: 60 minutes of pixels (the drop snaps to the quarter hour).
    auto* dialog = qobject_cast<MoveAppointmentDialog*>(
        dragBlock(LifecycleSandbox::kB, QPoint(0, int(60 * DayLayout::kPixelsPerMinute) + 3)));
    QVERIFY(dialog);
    QCOMPARE(dialog->newStart(), start.addSecs(3600));
    // Nothing changed before the admin confirms.
    QCOMPARE(m_s->appointmentStart(), start);
    confirmAndWait(dialog);
    QCOMPARE(m_s->appointmentStart(), start.addSecs(3600));
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kD), stepD.addSecs(3600));
    QCOMPARE(m_s->requests("POST", "/reschedule$"), 4);
    const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kD);
    QCOMPARE(live.size(), 1);
    QCOMPARE(QDateTime::fromString(live.first().value(QStringLiteral("start")).toString(), Qt::ISODateWithMs),
        stepD.addSecs(3600));
    // The page follows by itself.
    QTRY_COMPARE(step(LifecycleSandbox::kD)->startsAt, stepD.addSecs(3600));
}

void TestUiDay::shiftArrowMovesByAQuarterHour()
{
    open();
    const QDateTime start = m_s->appointmentStart();
    m_page->view()->setSelectedPhase(LifecycleSandbox::kA);
    QSignalSpy opened(m_page.get(), &DayPage::dialogOpened);
    QTest::keyClick(m_page->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(opened.size(), 1);
    auto* dialog
        = qobject_cast<MoveAppointmentDialog*>(opened.first().first().value<LifecycleActionDialog*>());
    QVERIFY(dialog);
    QCOMPARE(dialog->newStart(), start.addSecs(15 * 60));
    confirmAndWait(dialog);
    QCOMPARE(m_s->appointmentStart(), start.addSecs(15 * 60));
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kA), start.addSecs(15 * 60));
    QCOMPARE(m_s->live(LifecycleSandbox::kA).size(), 1);
    QCOMPARE(QDateTime::fromString(
                 m_s->live(LifecycleSandbox::kA).first().value(QStringLiteral("start")).toString(),
                 Qt::ISODateWithMs),
        start.addSecs(15 * 60));
    QTRY_COMPARE(step(LifecycleSandbox::kA)->startsAt, start.addSecs(15 * 60));
}

void TestUiDay::dropOnAnotherColumnChangesTheStaff()
{
    open();
    const day::DaySchedule& day = m_page->view()->schedule();
    const int from = day.staffIndex(LifecycleSandbox::kFabian2);
    const int to = day.staffIndex(LifecycleSandbox::kFabian);
    const QString old = m_s->column(LifecycleSandbox::kB, QStringLiteral("calcom_booking_uid")).toString();
    const int dx = int((to - from) * m_page->view()->layout().columnWidth());
    auto* dialog = qobject_cast<ChangeStaffDialog*>(dragBlock(LifecycleSandbox::kB, QPoint(dx, 0)));
    QVERIFY(dialog);
    QCOMPARE(dialog->selectedPhase(), LifecycleSandbox::kB);
    QCOMPARE(dialog->selectedStaff(), LifecycleSandbox::kFabian);
    confirmAndWait(dialog);
    QCOMPARE(
        m_s->column(LifecycleSandbox::kB, QStringLiteral("staff_id")).toString(), LifecycleSandbox::kFabian);
    QCOMPARE(m_s->live(LifecycleSandbox::kB).size(), 1);
    QCOMPARE(m_s->booking(old).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(
        m_s->column(LifecycleSandbox::kC, QStringLiteral("staff_id")).toString(), LifecycleSandbox::kFabian2);
    // The block moves to the new column by itself.
    QTRY_COMPARE(
        m_page->view()->layout().blocks()[m_page->view()->layout().blockOfPhase(LifecycleSandbox::kB)].column,
        to);
}

void TestUiDay::aChangeMadeElsewhereShowsWithoutReload()
{
    open();
    QSignalSpy loaded(m_page.get(), &DayPage::dayLoaded);
    // Another program marks step C failed and cancels Maria's appointment.
    QVERIFY(runSql(m_s->db(),
        QStringLiteral("UPDATE appointment_phases SET sync_status = 'failed', sync_error = ?, updated_at = ? "
                       "WHERE id = ?"),
        { QStringLiteral("Cal.com refused the booking. Next: verify the event map."),
            toSqlTime(QDateTime::currentDateTimeUtc()), LifecycleSandbox::kC }));
    QVERIFY(runSql(
        m_s->db(), QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = ?"), { kMaria }));
    QTRY_VERIFY_WITH_TIMEOUT(step(LifecycleSandbox::kC)->state == day::StepState::Failed, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(step(274)->state == day::StepState::Cancelled, 15000);
    QVERIFY(!loaded.isEmpty());
    // The failed block's advice is in the side pane once selected.
    m_page->view()->setSelectedPhase(LifecycleSandbox::kC);
    QVERIFY2(m_page->detailsText().contains(QStringLiteral("verify the event map")),
        qPrintable(m_page->detailsText()));
    QVERIFY(
        m_page->detailsOf(LifecycleSandbox::kAppointment).contains(QStringLiteral("verify the event map")));

    // Hidden, the page does not read on every change; shown again, it reads once and is current.
    m_page->hide();
    QTest::qWait(300);
    const int readsWhileHidden = int(loaded.size());
    QVERIFY(runSql(m_s->db(),
        QStringLiteral(
            "UPDATE appointment_phases SET sync_status = 'pending', sync_error = NULL WHERE id = ?"),
        { LifecycleSandbox::kC }));
    QTest::qWait(3000); // longer than the change watcher's poll
    QCOMPARE(int(loaded.size()), readsWhileHidden);
    QCOMPARE(day::toString(step(LifecycleSandbox::kC)->state), day::toString(day::StepState::Failed));
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(step(LifecycleSandbox::kC)->state == day::StepState::Pending, 15000);
}

void TestUiDay::exportsThePicture()
{
    open();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.png"));
    QCOMPARE(m_page->exportPng(path), QString());
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 3200); // 1600 at a device pixel ratio of 2
    // A folder that does not exist: the message names the file.
    QVERIFY(m_page->exportPng(dir.filePath(QStringLiteral("no/such/day.png")))
                .contains(QStringLiteral("day.png")));
}

void TestUiDay::demoDayScreenshot()
{
    // The demo's day: Maria's appointment fails to book (its event maps still name MANAGED parents), Test
    // Kundin's is booked and then cancelled from the page.
    QVERIFY(!m_s->book(kMaria));
    open();
    QCOMPARE(day::toString(step(274)->state), day::toString(day::StepState::Failed));
    auto* cancel = m_page->cancelAppointment(LifecycleSandbox::kAppointment);
    QVERIFY(cancel);
    confirmAndWait(cancel);
    cancel->close();
    QTRY_VERIFY_WITH_TIMEOUT(step(LifecycleSandbox::kA)->state == day::StepState::Cancelled, 15000);
    QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
    QCOMPARE(m_s->requests("POST", "/cancel$"), 4);
    // Retry asks for exactly the failed steps of that appointment (the console runs them); a cancelled
    // appointment has nothing to retry.
    QSignalSpy retry(m_page.get(), &DayPage::retryRequested);
    QVERIFY(!m_page->retry(LifecycleSandbox::kAppointment));
    QVERIFY(m_page->retry(kMaria));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().at(0).toLongLong(), kMaria);
    const auto ids = retry.first().at(1).value<QList<qint64>>();
    QVERIFY(ids.contains(274) && ids.contains(276));
    for (qint64 id : ids)
        QCOMPARE(day::toString(step(id)->state), day::toString(day::StepState::Failed));
    // The failed step's advice is in the side pane.
    m_page->view()->setSelectedPhase(276);
    QVERIFY2(m_page->detailsText().contains(QStringLiteral("3982572")), qPrintable(m_page->detailsText()));
    const QString dir = qEnvironmentVariable("SALON_DAY_SHOTS");
    if (dir.isEmpty())
        return;
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        return;
    QDir().mkpath(dir);
    m_page->view()->scrollToMinute(9 * 60 + 30);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("day.png"))));
    QCOMPARE(m_page->exportPng(QDir(dir).filePath(QStringLiteral("day-export.png"))), QString());
}

QTEST_MAIN(TestUiDay)
#include "tst_day.moc"
