// The desktop's lifecycle actions (issue 16) driven offscreen on both backends against the sandbox, with the
// main-thread SQL guard fatal: Cancel appointment… from the Appointments page cancels the bookings in
// Cal.com after a check that names how many; Move… shows each step's availability at its new time and a
// busy step keeps the confirm button off; Change staff… books the new staff member and cancels the old
// booking; Off on a day… on the Staff page hands a day over; Delete offers to cancel live bookings first.
// With SALON_LIFECYCLE_SHOTS=<dir> each dialog is also saved as a PNG (SALON_LIFECYCLE_QM=<.qm> for German).
#include "LifecycleSandbox.h"
#include "UiTestData.h"
#include "core/db/DatabaseSession.h"
#include "core/db/MainThreadSqlGuard.h"
#include "core/db/SqlStatement.h"
#include "ui/lifecycle/AppointmentLifecycleActions.h"
#include "ui/lifecycle/AppointmentStatusDelegate.h"
#include "ui/lifecycle/CancelAppointmentDialog.h"
#include "ui/lifecycle/ChangeStaffDialog.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"
#include "ui/lifecycle/MoveAppointmentDialog.h"
#include "ui/lifecycle/SickDayDialog.h"
#include "ui/lifecycle/StepProgressModel.h"
#include "ui/pages/AppointmentsPage.h"
#include "ui/pages/MessageBanner.h"
#include "ui/pages/StaffPage.h"
#include "ui/sync/SyncConsole.h"
#include "ui/sync/SyncQueueModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace salon;
using namespace salon::ui;
using salon::lifecycle::Availability;
using salon::test::LifecycleSandbox;

namespace
{
QString bannerText(const QWidget& dialog)
{
    return dialog.findChild<MessageBanner*>(QStringLiteral("banner"))->text();
}

// Saves the dialog as the admin sees it, when asked to (docs/screenshots, the translation check).
void shoot(QWidget* dialog, const QString& name)
{
    const QString dir = qEnvironmentVariable("SALON_LIFECYCLE_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
} // namespace

class TestUiLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void cancelFromThePageCancelsTheBookings();
    void moveShowsAvailabilityAndABusyStepBlocks();
    void moveToAFreeTimeMovesEveryBooking();
    void changeStaffBooksTheNewAndCancelsTheOld();
    void offOnADayHandsTheDayOver();
    void deleteOffersToCancelTheBookingsFirst();
    void theSyncConsoleMovesTheSelectedAppointment();
    void aBusySlotsAdviceOpensMove();
    void cancelledTypedIntoTheTableOpensTheCancelDialog();

private:
    template <typename D> D* openFromPage(const char* actionName);
    // The sync console (1280×720, shown) listing appointment 763 only; null if it does not list it.
    std::unique_ptr<SyncConsole> consoleOn763();
    static void selectStepC(SyncConsole& console);
    // Waits for the check after `after` earlier ones and expects it to have got through.
    void waitForCheck(LifecycleActionDialog* dialog, int after = 0);
    void confirmAndWait(LifecycleActionDialog* dialog, bool expectOk = true);

    std::unique_ptr<LifecycleSandbox> m_s;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<LifecycleJobBuilder> m_jobs;
    std::unique_ptr<AppointmentsPage> m_page;
    QTimeZone m_zone { QByteArrayLiteral("Europe/Berlin") };
    bool m_english = true; // the texts are checked only in the source language
    QTranslator m_translator;
};

void TestUiLifecycle::initTestCase()
{
    QCOMPARE(MainThreadSqlGuard::mode(), MainThreadSqlGuard::Mode::Fatal);
    const QString qm = qEnvironmentVariable("SALON_LIFECYCLE_QM");
    if (!qm.isEmpty()) {
        QVERIFY2(m_translator.load(qm), qPrintable(qm));
        m_english = false;
        QApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
}

void TestUiLifecycle::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_s = LifecycleSandbox::create(backend, &error);
    QVERIFY2(m_s, qPrintable(error));
    QVERIFY(m_s->book());
    m_s->server().log().clear();
    m_session = std::make_unique<DatabaseSession>(m_s->sync().database().url());
    m_jobs = std::make_unique<LifecycleJobBuilder>(m_session->worker());
    m_jobs->setTimeZone(m_zone);
    m_jobs->setActor(QStringLiteral("gui:test"));
    m_jobs->setCalcom(m_s->client(), test::SyncSandbox::kTeamId);
    m_page = std::make_unique<AppointmentsPage>(m_session.get());
    m_page->setTimeZone(m_zone);
    m_page->setLifecycle(m_jobs.get());
    m_page->resize(1280, 720);
    m_page->show();
    test::checkModel(m_page->model());
    QVERIFY(test::waitUntilLoaded(*m_page->model()));
    // Appointment 763 selected, its phases loaded below.
    int row = -1;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        if (m_page->model()->isRowLoaded(r)
            && m_page->model()->keyOf(r).toLongLong() == LifecycleSandbox::kAppointment)
            row = r;
    QVERIFY(row >= 0);
    m_page->view()->selectRow(row);
    QCOMPARE(m_page->currentKey().toLongLong(), LifecycleSandbox::kAppointment);
    QTRY_COMPARE(m_page->phasesPanel()->model()->rowCount(), 5);
    QVERIFY(test::waitUntilLoaded(*m_page->phasesPanel()->model()));
}

void TestUiLifecycle::cleanup()
{
    m_page.reset();
    m_jobs.reset();
    m_session.reset();
    m_s.reset();
}

template <typename D> D* TestUiLifecycle::openFromPage(const char* actionName)
{
    QSignalSpy opened(m_page->lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    auto* action = m_page->findChild<QAction*>(QLatin1String(actionName));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    if (!QTest::qWaitFor([&] { return opened.size() == 1; }, 10000))
        return nullptr;
    auto* dialog = qobject_cast<D*>(opened.first().first().value<LifecycleActionDialog*>());
    if (dialog) {
        test::checkModel(dialog->steps());
        dialog->resize(1280, 720);
    }
    return dialog;
}

std::unique_ptr<SyncConsole> TestUiLifecycle::consoleOn763()
{
    auto console = std::make_unique<SyncConsole>(m_session.get());
    console->setLifecycle(m_jobs.get());
    console->resize(1280, 720);
    console->show();
    sync::SyncQueueFilter all;
    all.status = sync::SyncQueueFilter::Status::All;
    all.text = QStringLiteral("763");
    console->setFilter(all);
    if (!QTest::qWaitFor([&] { return console->model()->appointmentCount() == 1; }, 10000))
        return nullptr;
    return console;
}

void TestUiLifecycle::selectStepC(SyncConsole& console)
{
    auto* view = console.findChild<QTreeView*>(QStringLiteral("queueView"));
    view->selectionModel()->setCurrentIndex(console.model()->indexOfPhase(LifecycleSandbox::kC),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestUiLifecycle::waitForCheck(LifecycleActionDialog* dialog, int after)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checksFinished() > after, 30000);
    QVERIFY2(dialog->stage() == LifecycleActionDialog::Stage::Checked, qPrintable(bannerText(*dialog)));
}

void TestUiLifecycle::confirmAndWait(LifecycleActionDialog* dialog, bool expectOk)
{
    QSignalSpy finished(dialog, &LifecycleActionDialog::changeFinished);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().first().toBool() == expectOk, qPrintable(bannerText(*dialog)));
}

void TestUiLifecycle::cancelFromThePageCancelsTheBookings()
{
    auto* dialog = openFromPage<CancelAppointmentDialog>("cancelAppointmentAction");
    QVERIFY(dialog);
    waitForCheck(dialog);
    // The confirmation names how many bookings go; the check itself sent nothing to cancel.
    QVERIFY2(!m_english || bannerText(*dialog).contains(QLatin1String("cancels 4 booking(s) in Cal.com")),
        qPrintable(bannerText(*dialog)));
    QCOMPARE(dialog->steps()->rowCount(), 4); // the staff steps: the processing time has no booking
    QCOMPARE(m_s->requests("POST", "/cancel$"), 0);
    dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("Kundin ist krank"));
    shoot(dialog, QStringLiteral("cancel-checked"));
    confirmAndWait(dialog);
    shoot(dialog, QStringLiteral("cancel-done"));

    QCOMPARE(m_s->requests("POST", "/cancel$"), 4);
    for (qint64 p : LifecycleSandbox::kStaffPhases) {
        QVERIFY(m_s->live(p).isEmpty());
        QCOMPARE(m_s->status(p), QStringLiteral("cancelled"));
        const int row = dialog->steps()->rowOf(LifecycleSandbox::kAppointment, p);
        QCOMPARE(dialog->steps()->index(row, 0).data(StepProgressModel::StageRole).toString(),
            QStringLiteral("done"));
    }
    QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
    const QString uid = m_s->column(LifecycleSandbox::kA, QStringLiteral("calcom_booking_uid")).toString();
    QCOMPARE(m_s->booking(uid).value(QStringLiteral("cancellationReason")).toString(),
        QStringLiteral("Kundin ist krank"));
    QVERIFY(!dialog->confirmButton()->isVisible());
}

void TestUiLifecycle::moveShowsAvailabilityAndABusyStepBlocks()
{
    const QDateTime start = m_s->appointmentStart();
    const QDateTime stepC = m_s->phaseStart(LifecycleSandbox::kC);
    // Fabian Spitzer #2 is busy tomorrow when step C would start.
    m_s->block(LifecycleSandbox::kFabian2User, stepC.addDays(1), 30);
    auto* dialog = openFromPage<MoveAppointmentDialog>("moveAppointmentAction");
    QVERIFY(dialog);
    // Nothing to check until a new time is chosen.
    QCOMPARE(dialog->stage(), LifecycleActionDialog::Stage::Editing);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->setNewStart(start.addDays(1));
    waitForCheck(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    StepProgressModel* steps = dialog->steps();
    const auto availability = [&](qint64 phase) {
        return lifecycle::toString(
            Availability(steps->index(steps->rowOf(LifecycleSandbox::kAppointment, phase), 0)
                             .data(StepProgressModel::AvailabilityRole)
                             .toInt()));
    };
    QCOMPARE(availability(LifecycleSandbox::kC), lifecycle::toString(Availability::Busy));
    QCOMPARE(availability(LifecycleSandbox::kA), lifecycle::toString(Availability::Free));
    const QString shown = steps
                              ->index(steps->rowOf(LifecycleSandbox::kAppointment, LifecycleSandbox::kC),
                                  StepProgressModel::AfterColumn)
                              .data()
                              .toString();
    QVERIFY2(shown.contains(stepC.addDays(1).toTimeZone(m_zone).toString(QStringLiteral("HH:mm"))),
        qPrintable(shown));
    QVERIFY2(!m_english
            || (bannerText(*dialog).contains(QLatin1String("step C"))
                && bannerText(*dialog).contains(QLatin1String("busy"))),
        qPrintable(bannerText(*dialog)));
    shoot(dialog, QStringLiteral("move-busy"));
    // Another day is free: the confirm button comes on.
    dialog->setNewStart(start.addDays(2));
    waitForCheck(dialog, 1);
    QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(bannerText(*dialog)));
    QCOMPARE(availability(LifecycleSandbox::kC), lifecycle::toString(Availability::Free));
    QCOMPARE(m_s->requests("POST", "/reschedule$"), 0);
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kC), stepC);
}

void TestUiLifecycle::moveToAFreeTimeMovesEveryBooking()
{
    const QDateTime start = m_s->appointmentStart();
    auto* dialog = openFromPage<MoveAppointmentDialog>("moveAppointmentAction");
    QVERIFY(dialog);
    dialog->setNewStart(start.addDays(1));
    waitForCheck(dialog);
    shoot(dialog, QStringLiteral("move-free"));
    confirmAndWait(dialog);
    QCOMPARE(m_s->requests("POST", "/reschedule$"), 4);
    QCOMPARE(m_s->appointmentStart(), start.addDays(1));
    for (qint64 p : LifecycleSandbox::kStaffPhases)
        QCOMPARE(m_s->live(p).size(), 1);
}

void TestUiLifecycle::changeStaffBooksTheNewAndCancelsTheOld()
{
    // Step B is selected below the appointments: the dialog starts with it.
    auto* phases = m_page->phasesPanel();
    for (int r = 0; r < phases->model()->rowCount(); ++r)
        if (phases->model()->keyOf(r).toLongLong() == LifecycleSandbox::kB)
            phases->view()->selectRow(r);
    const QString old = m_s->column(LifecycleSandbox::kB, QStringLiteral("calcom_booking_uid")).toString();
    auto* dialog = openFromPage<ChangeStaffDialog>("changeStaffAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->selectedPhase(), LifecycleSandbox::kB);
    auto* staff = dialog->findChild<QComboBox*>(QStringLiteral("staffChoice"));
    QVERIFY(staff->findData(LifecycleSandbox::kFabian) > 0);
    dialog->select(LifecycleSandbox::kB, LifecycleSandbox::kFabian);
    waitForCheck(dialog);
    QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(bannerText(*dialog)));
    shoot(dialog, QStringLiteral("change-staff-checked"));
    confirmAndWait(dialog);
    QCOMPARE(
        m_s->column(LifecycleSandbox::kB, QStringLiteral("staff_id")).toString(), LifecycleSandbox::kFabian);
    QCOMPARE(m_s->live(LifecycleSandbox::kB).size(), 1);
    QCOMPARE(m_s->booking(old).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(m_s->requests("POST", "^/v2/bookings$"), 1);
    QCOMPARE(
        m_s->column(LifecycleSandbox::kC, QStringLiteral("staff_id")).toString(), LifecycleSandbox::kFabian2);
}

void TestUiLifecycle::offOnADayHandsTheDayOver()
{
    StaffPage page(m_session.get());
    page.setLifecycle(m_jobs.get());
    page.resize(1280, 720);
    page.show();
    QVERIFY(test::waitUntilLoaded(*page.model()));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->keyOf(r).toString() == LifecycleSandbox::kFabian2)
            page.view()->selectRow(r);
    QSignalSpy opened(&page, &StaffPage::sickDayOpened);
    auto* action = page.findChild<QAction*>(QStringLiteral("sickDayAction"));
    QVERIFY(action->isEnabled());
    action->trigger();
    QTRY_COMPARE(opened.size(), 1);
    auto* dialog = opened.first().first().value<SickDayDialog*>();
    test::checkModel(dialog->steps());
    dialog->resize(1280, 720);
    QCOMPARE(dialog->stage(), LifecycleActionDialog::Stage::Editing); // who takes over is not chosen yet
    dialog->select(LifecycleSandbox::kFabian2, LifecycleSandbox::kFabian, QDate(2030, 11, 25));
    waitForCheck(dialog);
    QVERIFY2(!m_english || bannerText(*dialog).contains(QLatin1String("1 can go")),
        qPrintable(bannerText(*dialog)));
    shoot(dialog, QStringLiteral("sick-day-checked"));
    confirmAndWait(dialog);
    for (qint64 p : LifecycleSandbox::kStaffPhases) {
        QCOMPARE(m_s->column(p, QStringLiteral("staff_id")).toString(), LifecycleSandbox::kFabian);
        QCOMPARE(m_s->live(p).size(), 1);
    }
    // On the 26th appointment 765 has no event types for Fabian: it stays, and the summary says what next.
    auto* next = new SickDayDialog(m_jobs.get(),
        { { LifecycleSandbox::kFabian2, QStringLiteral("Fabian #2") },
            { LifecycleSandbox::kFabian, QStringLiteral("Fabian") } },
        LifecycleSandbox::kFabian2, QDate(2030, 11, 26), &page);
    next->resize(1280, 720);
    next->select(LifecycleSandbox::kFabian2, LifecycleSandbox::kFabian, QDate(2030, 11, 26));
    waitForCheck(next);
    QVERIFY(!next->confirmButton()->isEnabled());
    QVERIFY2(!m_english
            || (bannerText(*next).contains(QLatin1String("765"))
                && bannerText(*next).contains(QLatin1String("Next step"))),
        qPrintable(bannerText(*next)));
    shoot(next, QStringLiteral("sick-day-blocked"));
}

void TestUiLifecycle::deleteOffersToCancelTheBookingsFirst()
{
    QSignalSpy opened(m_page->lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    m_page->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = m_page->findChild<QMessageBox*>(QStringLiteral("cancelBeforeDeleteQuestion"))));
    QVERIFY2(!m_english || question->text().contains(QLatin1String("4 live booking(s)")),
        qPrintable(question->text()));
    question->findChild<QPushButton*>(QStringLiteral("cancelThenDeleteButton"))->click();
    QTRY_COMPARE(opened.size(), 1);
    auto* dialog
        = qobject_cast<CancelAppointmentDialog*>(opened.first().first().value<LifecycleActionDialog*>());
    QVERIFY(dialog);
    waitForCheck(dialog);
    confirmAndWait(dialog);
    for (qint64 p : LifecycleSandbox::kStaffPhases)
        QVERIFY(m_s->live(p).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_s->count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = ?"),
                                  { LifecycleSandbox::kAppointment }),
        0, 20000);
}

void TestUiLifecycle::theSyncConsoleMovesTheSelectedAppointment()
{
    const auto owner = consoleOn763();
    QVERIFY(owner);
    SyncConsole& console = *owner;
    auto* action = console.findChild<QAction*>(QStringLiteral("moveAppointmentAction"));
    QVERIFY(!action->isEnabled()); // nothing selected
    // Step C of the appointment selected: the action is for its appointment.
    selectStepC(console);
    QVERIFY(action->isEnabled());
    QSignalSpy opened(console.lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    action->trigger();
    QTRY_COMPARE(opened.size(), 1);
    auto* dialog
        = qobject_cast<MoveAppointmentDialog*>(opened.first().first().value<LifecycleActionDialog*>());
    QVERIFY(dialog);
    test::checkModel(dialog->steps());
    const QDateTime start = m_s->appointmentStart();
    dialog->setNewStart(start.addDays(1));
    waitForCheck(dialog);
    confirmAndWait(dialog);
    QCOMPARE(m_s->appointmentStart(), start.addDays(1));
    QCOMPARE(m_s->requests("POST", "/reschedule$"), 4);
}

// A step Cal.com refused because the host was busy: the console's advice is Move…, and its button opens the
// Move dialog for that appointment (issue 16: nothing pointed at "correct the appointment" before).
void TestUiLifecycle::aBusySlotsAdviceOpensMove()
{
    QVERIFY(runSql(m_s->db(),
        "INSERT INTO sync_attempts (phase_id, started_at, finished_at, http_status, outcome, message) "
        "VALUES (?, '2030-01-01T00:00:00Z', '2030-01-01T00:00:01Z', 409, 'slotUnavailable', ?)",
        { LifecycleSandbox::kC, QStringLiteral("The host is busy at that time in Cal.com.") }));
    QVERIFY(runSql(m_s->db(),
        "UPDATE appointment_phases SET sync_status = 'failed', sync_error = 'The host is busy.', "
        "calcom_booking_id = NULL, calcom_booking_uid = NULL WHERE id = ?",
        { LifecycleSandbox::kC }));
    const auto owner = consoleOn763();
    QVERIFY(owner);
    SyncConsole& console = *owner;
    selectStepC(console);
    auto* tool = console.findChild<QPushButton*>(QStringLiteral("toolButton"));
    QVERIFY(tool);
    QTRY_VERIFY(tool->isVisibleTo(&console));
    if (m_english)
        QCOMPARE(tool->text(), QStringLiteral("Move the appointment…"));
    QSignalSpy opened(console.lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    tool->click();
    QTRY_COMPARE(opened.size(), 1);
    auto* dialog
        = qobject_cast<MoveAppointmentDialog*>(opened.first().first().value<LifecycleActionDialog*>());
    QVERIFY(dialog);
    dialog->reject();
}

void TestUiLifecycle::cancelledTypedIntoTheTableOpensTheCancelDialog()
{
    constexpr int kStatusColumn = 5; // StandardTables::appointments()
    auto* delegate
        = qobject_cast<AppointmentStatusDelegate*>(m_page->view()->itemDelegateForColumn(kStatusColumn));
    QVERIFY(delegate);
    const QModelIndex index = m_page->view()->model()->index(m_page->currentRow(), kStatusColumn);
    QComboBox editor;
    editor.addItems({ QStringLiteral("scheduled"), QStringLiteral("cancelled") });
    editor.setCurrentText(QStringLiteral("cancelled"));
    QSignalSpy opened(m_page->lifecycleActions(), &AppointmentLifecycleActions::dialogOpened);
    delegate->setModelData(&editor, m_page->view()->model(), index);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(qobject_cast<CancelAppointmentDialog*>(opened.first().first().value<LifecycleActionDialog*>()));
    // Nothing was written: the status stays until the cancel runs.
    QTest::qWait(200);
    QCOMPARE(m_s->appointmentStatus(), QStringLiteral("scheduled"));
    // Any other status is written as before.
    editor.setCurrentText(QStringLiteral("scheduled"));
    delegate->setModelData(&editor, m_page->view()->model(), index);
    QCOMPARE(opened.size(), 1);
}

QTEST_MAIN(TestUiLifecycle)
#include "tst_ui_lifecycle.moc"
