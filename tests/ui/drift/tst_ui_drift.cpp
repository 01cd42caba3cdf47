// The desktop part of issue 17, offscreen on both backends with the main-thread SQL guard fatal: the sandbox
// plays a customer who cancels or moves a step through Cal.com's own pages (no API key); a look
// (DriftPoller, what `watch --once` runs) finds it, the sync console's "Changed in Cal.com" tab lists it
// with counts per kind, and Apply / Keep ours change the database and Cal.com so that both agree, while
// nothing changes without a click. Also: the setting (default, off, kept), the status bar's last look,
// a look skipped while the budget is low, Open in Cal.com's address.
// With SALON_DRIFT_SHOTS=<dir> the tab is saved as a PNG (SALON_DRIFT_QM=<.qm> for German).
#include "../UiTestData.h"
#include "LifecycleSandbox.h"
#include "SandboxTestClient.h"
#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseSession.h"
#include "core/db/MainThreadSqlGuard.h"
#include "core/drift/CalcomBookingPage.h"
#include "ui/StatusIndicators.h"
#include "ui/drift/CalcomChangesPart.h"
#include "ui/drift/DriftApplier.h"
#include "ui/drift/DriftItemModel.h"
#include "ui/drift/DriftPanel.h"
#include "ui/drift/DriftPoller.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/SyncConsole.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace salon;
using namespace salon::ui;
using salon::test::LifecycleSandbox;

namespace
{
QDateTime at(int h, int m)
{
    return QDateTime(QDate(2030, 11, 25), QTime(h, m), Qt::UTC);
}
} // namespace

class TestUiDrift : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void theSettingIsFiveMinutesUnlessChanged();
    void theConsoleListsCancelledAndMovedStepsWithCounts();
    void applyCancelsTheAppointmentInBothPlaces();
    void applyFollowsTheMove();
    void theApplyMenuOffersEachChoice();
    void keepOursMovesTheStepBackInCalcom();
    void putBackBooksTheHostChangedStepWithOurStaffAgain();
    void keepOursWithoutAPutBackLeavesCalcomAlone();
    void anUnsettledChangeIsListedAgainAfterARestart();
    void theStatusBarSaysWhenCalcomWasChecked();
    void aLookIsSkippedWhileTheBudgetIsLow();
    void openInCalcomOpensTheBookingsPage();

private:
    QString uidOf(qint64 phaseId) const { return m_s->column(phaseId, "calcom_booking_uid").toString(); }
    void customerCancels(qint64 phaseId);
    QString customerReschedules(qint64 phaseId, const QDateTime& start);
    // One look; fails the test unless it got through.
    void look();
    // Selects the change of this phase in the tab.
    void select(qint64 phaseId);
    // Clicks `button` and waits until the applier is done; expects it to have worked.
    void clickAndWait(QAbstractButton* button);
    QString phaseRow(qint64 phaseId) const;
    void shoot(const QString& name);
    // The console and its "Changed in Cal.com" part on a new session, as after a restart of the program.
    void open();
    // Makes a sandbox booking newer than every other one (a look then sees it changed).
    void touch(QJsonObject& booking);
    QJsonObject* bookingInSandbox(const QString& uid);

    std::unique_ptr<LifecycleSandbox> m_s;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<SyncConsole> m_console;
    std::unique_ptr<StatusIndicators> m_status;
    CalcomChangesPart* m_part = nullptr;
    QList<QUrl> m_opened;
    QTimeZone m_zone { QByteArrayLiteral("Europe/Berlin") };
    bool m_english = true; // texts are checked in the source language only
    QTranslator m_translator;
};

void TestUiDrift::initTestCase()
{
    QCOMPARE(MainThreadSqlGuard::mode(), MainThreadSqlGuard::Mode::Fatal);
    const QString qm = qEnvironmentVariable("SALON_DRIFT_QM");
    if (!qm.isEmpty()) {
        QVERIFY2(m_translator.load(qm), qPrintable(qm));
        m_english = false;
        QApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
}

void TestUiDrift::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_s = LifecycleSandbox::create(backend, &error);
    QVERIFY2(m_s, qPrintable(error));
    QVERIFY(m_s->book());
    open();
    // The first look sees the bookings the sync just made: they agree with the phases.
    look();
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::open()
{
    m_part = nullptr;
    m_console.reset();
    m_status.reset();
    m_session.reset();
    m_session = std::make_unique<DatabaseSession>(m_s->sync().database().url());
    m_console = std::make_unique<SyncConsole>(m_session.get());
    m_console->setTimeZone(m_zone);
    m_status = std::make_unique<StatusIndicators>();
    m_part = new CalcomChangesPart(m_session.get(), m_console.get(), m_status.get(), m_console.get());
    m_part->setTimeZone(m_zone);
    m_part->setActor(QStringLiteral("gui:test"));
    m_part->setIntervalMinutes(0); // the tests look themselves
    m_part->setCalcom(m_s->client(), test::SyncSandbox::kTeamId);
    m_opened.clear();
    m_part->panel()->setUrlOpener([this](const QUrl& url) {
        m_opened.append(url);
        return true;
    });
    test::checkModel(m_part->model());
    m_console->resize(1280, 720);
    m_console->show();
}

void TestUiDrift::touch(QJsonObject& booking)
{
    QDateTime newest;
    for (const QJsonObject& b : m_s->server().state().bookings)
        newest = qMax(newest, QDateTime::fromString(b.value("updatedAt").toString(), Qt::ISODateWithMs));
    booking.insert("updatedAt", newest.addSecs(1).toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject* TestUiDrift::bookingInSandbox(const QString& uid)
{
    for (QJsonObject& b : m_s->server().state().bookings)
        if (b.value("uid").toString() == uid)
            return &b;
    return nullptr;
}

void TestUiDrift::cleanup()
{
    m_part = nullptr;
    m_console.reset();
    m_status.reset();
    m_session.reset();
    m_s.reset();
}

void TestUiDrift::customerCancels(qint64 phaseId)
{
    sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
    const auto r = customer.post(QStringLiteral("/bookings/%1/cancel").arg(uidOf(phaseId)),
        { { "cancellationReason", "Ich bin krank" } }, sandbox::test::SandboxTestClient::bookingsVersion());
    QVERIFY2(r.status == 200, r.body.constData());
}

QString TestUiDrift::customerReschedules(qint64 phaseId, const QDateTime& start)
{
    sandbox::test::SandboxTestClient customer(m_s->server().baseUrl());
    const auto r = customer.post(QStringLiteral("/bookings/%1/reschedule").arg(uidOf(phaseId)),
        { { "start", start.toString(Qt::ISODate) } }, sandbox::test::SandboxTestClient::bookingsVersion());
    if (r.status != 201)
        qWarning() << r.body;
    return r.data().toObject().value("uid").toString();
}

void TestUiDrift::look()
{
    QSignalSpy polled(m_part->poller(), &DriftPoller::polled);
    QSignalSpy failed(m_part->poller(), &DriftPoller::pollFailed);
    QVERIFY(m_part->poller()->pollNow());
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() + failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestUiDrift::select(qint64 phaseId)
{
    DriftItemModel* model = m_part->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(DriftItemModel::PhaseIdRole).toLongLong() == phaseId) {
            m_part->panel()->selectRow(row);
            return;
        }
    QFAIL("the phase's change is not listed");
}

void TestUiDrift::clickAndWait(QAbstractButton* button)
{
    QSignalSpy done(m_part->applier(), &DriftApplier::finished);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
}

QString TestUiDrift::phaseRow(qint64 phaseId) const
{
    return QStringLiteral("%1|%2|%3")
        .arg(m_s->status(phaseId), uidOf(phaseId), m_s->phaseStart(phaseId).toString(Qt::ISODate));
}

void TestUiDrift::shoot(const QString& name)
{
    const QString dir = qEnvironmentVariable("SALON_DRIFT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // The tab gets the larger half, as an admin working through the changes would drag it.
    m_console->findChild<QSplitter*>(QStringLiteral("splitter"))->setSizes({ 520, 760 });
    QTest::qWait(100);
    QVERIFY(m_console->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestUiDrift::theSettingIsFiveMinutesUnlessChanged()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("salon.ini"));
    {
        AppSettings settings(ini);
        QCOMPARE(settings.calcomPollMinutes(), 5);
        QCOMPARE(DriftPoller(nullptr).intervalMinutes(), 5);
        SettingsDialog dialog(settings);
        auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("pollMinutesSpin"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 5);
        spin->setValue(0);
        QCOMPARE(spin->text(), m_english ? QStringLiteral("off") : spin->specialValueText());
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    {
        AppSettings settings(ini);
        QCOMPARE(settings.calcomPollMinutes(), 0); // off is kept
        settings.setCalcomPollMinutes(17);
        settings.sync();
    }
    AppSettings again(ini);
    QCOMPARE(again.calcomPollMinutes(), 17);
    again.setCalcomPollMinutes(-3);
    QCOMPARE(again.calcomPollMinutes(), 0);
}

void TestUiDrift::theConsoleListsCancelledAndMovedStepsWithCounts()
{
    customerCancels(LifecycleSandbox::kC);
    QVERIFY(!customerReschedules(LifecycleSandbox::kD, at(11, 30)).isEmpty());
    const QString beforeC = phaseRow(LifecycleSandbox::kC);
    const QString beforeD = phaseRow(LifecycleSandbox::kD);
    look();

    DriftItemModel* model = m_part->model();
    QCOMPARE(model->total(), 2);
    QCOMPARE(model->count(DriftGroup::Cancelled), 1);
    QCOMPARE(model->count(DriftGroup::Rescheduled), 1);
    QCOMPARE(model->count(DriftGroup::Changed), 0);
    QCOMPARE(model->count(DriftGroup::Untracked), 0);
    QCOMPARE(model->count(DriftGroup::Duplicate), 0);
    // Nothing happens without a click.
    QCOMPARE(phaseRow(LifecycleSandbox::kC), beforeC);
    QCOMPARE(phaseRow(LifecycleSandbox::kD), beforeD);

    auto* tabs = m_console->findChild<QTabWidget*>(QStringLiteral("tabs"));
    const int tab = tabs->indexOf(m_part->panel());
    QVERIFY(tab >= 0);
    tabs->setCurrentIndex(tab);
    auto* filter = m_part->panel()->findChild<QComboBox*>(QStringLiteral("groupFilter"));
    QCOMPARE(filter->count(), 6);
    if (m_english) {
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Changed in Cal.com (2)"));
        QCOMPARE(filter->itemText(0), QStringLiteral("All changes (2)"));
        QCOMPARE(filter->itemText(1), QStringLiteral("Cancelled in Cal.com (1)"));
        QCOMPARE(filter->itemText(2), QStringLiteral("Rescheduled in Cal.com (1)"));
        QCOMPARE(filter->itemText(5), QStringLiteral("Booked twice (0)"));
    }
    // One kind only.
    filter->setCurrentIndex(1);
    emit filter->activated(1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(DriftItemModel::PhaseIdRole).toLongLong(), LifecycleSandbox::kC);
    filter->setCurrentIndex(0);
    emit filter->activated(0);
    QCOMPARE(model->rowCount(), 2);

    select(LifecycleSandbox::kD);
    auto* what = m_part->panel()->findChild<QLabel*>(QStringLiteral("whatChangedLabel"));
    auto* proposal = m_part->panel()->findChild<QLabel*>(QStringLiteral("proposalLabel"));
    if (m_english) {
        // Times in the salon's zone (11:30 UTC is 12:30 in Berlin).
        QVERIFY2(what->text().contains(QLatin1String("was moved in Cal.com")), qPrintable(what->text()));
        QVERIFY2(what->text().contains(QLatin1String("12:30")), qPrintable(what->text()));
        QVERIFY2(
            proposal->text().contains(QLatin1String("Take Cal.com's change")), qPrintable(proposal->text()));
    }
    QVERIFY(m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton"))->menu());
    shoot(QStringLiteral("sync-console-calcom-changes"));

    // A look with nothing new keeps the list as it is.
    look();
    QCOMPARE(model->total(), 2);
}

void TestUiDrift::applyCancelsTheAppointmentInBothPlaces()
{
    customerCancels(LifecycleSandbox::kC);
    look();
    QCOMPARE(m_part->model()->count(DriftGroup::Cancelled), 1);
    select(LifecycleSandbox::kC);
    QSignalSpy said(m_console.get(), &SyncConsole::statusMessage);
    clickAndWait(m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton")));
    QCOMPARE(m_s->appointmentStatus(), QStringLiteral("cancelled"));
    for (qint64 p : LifecycleSandbox::kStaffPhases)
        QVERIFY2(m_s->live(p).isEmpty(), qPrintable(QString::number(p)));
    QCOMPARE(m_part->model()->total(), 0);
    QVERIFY(!said.isEmpty());
    // Cal.com's cancellations of the other steps are the salon's own: the next look finds nothing.
    look();
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::applyFollowsTheMove()
{
    const QString fresh = customerReschedules(LifecycleSandbox::kD, at(11, 30));
    QVERIFY(!fresh.isEmpty());
    look();
    QCOMPARE(m_part->model()->count(DriftGroup::Rescheduled), 1);
    select(LifecycleSandbox::kD);
    clickAndWait(m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton")));
    QCOMPARE(uidOf(LifecycleSandbox::kD), fresh);
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kD), at(11, 30));
    const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kD);
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().value("uid").toString(), fresh);
    QCOMPARE(live.first().value("start").toString(), QStringLiteral("2030-11-25T11:30:00.000Z"));
    QCOMPARE(m_part->model()->total(), 0);
    look();
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::theApplyMenuOffersEachChoice()
{
    customerCancels(LifecycleSandbox::kC);
    look();
    select(LifecycleSandbox::kC);
    auto* apply = m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton"));
    QVERIFY(apply->menu());
    const QList<QAction*> actions = apply->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), DriftWording::choiceText(drift::DriftChoice::CancelAppointment));
    QCOMPARE(actions.at(1)->text(), DriftWording::choiceText(drift::DriftChoice::BookAgain));
    QSignalSpy done(m_part->applier(), &DriftApplier::finished);
    actions.at(1)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
    QCOMPARE(m_s->status(LifecycleSandbox::kC), QStringLiteral("pending")); // the next sync books it
    QCOMPARE(m_s->appointmentStatus(), QStringLiteral("scheduled"));
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::keepOursMovesTheStepBackInCalcom()
{
    const QDateTime planned = m_s->phaseStart(LifecycleSandbox::kD);
    QVERIFY(!customerReschedules(LifecycleSandbox::kD, at(11, 30)).isEmpty());
    look();
    select(LifecycleSandbox::kD);
    clickAndWait(m_part->panel()->findChild<QPushButton*>(QStringLiteral("keepOursButton")));
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kD), planned);
    const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kD);
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kD));
    QCOMPARE(QDateTime::fromString(live.first().value("start").toString(), Qt::ISODateWithMs), planned);
    QCOMPARE(m_part->model()->total(), 0);
    look();
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::putBackBooksTheHostChangedStepWithOurStaffAgain()
{
    // Staff give the step to another host in Cal.com's UI; the Apply menu offers following Cal.com and
    // putting it back, which books the step with our staff member again and cancels Cal.com's booking.
    const QString oldUid = uidOf(LifecycleSandbox::kC);
    QJsonObject* b = bookingInSandbox(oldUid);
    QVERIFY(b);
    const qint64 ourHost = b->value("hosts").toArray().first().toObject().value("id").toInteger();
    b->insert("hosts",
        QJsonArray { QJsonObject { { "id", LifecycleSandbox::kFabianUser }, { "name", "Fabian Spitzer" } } });
    touch(*b);
    const QString staff = m_s->column(LifecycleSandbox::kC, "staff_id").toString();
    const QDateTime start = m_s->phaseStart(LifecycleSandbox::kC);
    look();
    QCOMPARE(m_part->model()->count(DriftGroup::Changed), 1);
    select(LifecycleSandbox::kC);
    auto* apply = m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton"));
    QVERIFY(apply->menu());
    const QList<QAction*> actions = apply->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), DriftWording::choiceText(drift::DriftChoice::FollowCalcom));
    QCOMPARE(actions.at(1)->text(), DriftWording::choiceText(drift::DriftChoice::PutBackHost));
    QCOMPARE(m_part->panel()->findChild<QPushButton*>(QStringLiteral("keepOursButton"))->toolTip(),
        DriftWording::choiceText(drift::DriftChoice::PutBackHost));
    QCOMPARE(uidOf(LifecycleSandbox::kC), oldUid); // nothing happens without a click

    QSignalSpy done(m_part->applier(), &DriftApplier::finished);
    actions.at(1)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
    const QList<QJsonObject> live = m_s->live(LifecycleSandbox::kC);
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().value("uid").toString(), uidOf(LifecycleSandbox::kC));
    QVERIFY(uidOf(LifecycleSandbox::kC) != oldUid);
    QCOMPARE(live.first().value("hosts").toArray().first().toObject().value("id").toInteger(), ourHost);
    QCOMPARE(m_s->booking(oldUid).value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(m_s->column(LifecycleSandbox::kC, "staff_id").toString(), staff);
    QCOMPARE(m_s->phaseStart(LifecycleSandbox::kC), start);
    QCOMPARE(m_part->model()->total(), 0);
    look();
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::keepOursWithoutAPutBackLeavesCalcomAlone()
{
    // A second booking of step C: cancelling it is the only choice; keeping ours leaves Cal.com alone.
    QJsonObject copy = *bookingInSandbox(uidOf(LifecycleSandbox::kC));
    copy.insert("uid", "second-272");
    copy.insert("id", 990272);
    touch(copy);
    m_s->server().state().bookings.append(copy);
    const int requests = int(m_s->server().log().size());
    look();
    QCOMPARE(m_part->model()->count(DriftGroup::Duplicate), 1);
    select(LifecycleSandbox::kC);
    auto* keep = m_part->panel()->findChild<QPushButton*>(QStringLiteral("keepOursButton"));
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(m_part->model()->total(), 0);
    QCOMPARE(m_s->live(LifecycleSandbox::kC).size(), 2);
    // Nothing was asked of Cal.com but the looks, and it stays dismissed until Cal.com changes again - after
    // a restart too.
    look();
    QCOMPARE(m_part->model()->total(), 0);
    QCOMPARE(int(m_s->server().log().size()), requests + 2);
    QTRY_COMPARE(m_s->count("SELECT COUNT(*) FROM calcom_drift_items WHERE state = 'kept'"), 1);
    open();
    QTest::qWait(300);
    QCOMPARE(m_part->model()->total(), 0);
    // Cal.com moves the second booking: that is new, it is listed again.
    touch(*bookingInSandbox(QStringLiteral("second-272")));
    bookingInSandbox(QStringLiteral("second-272"))->insert("start", "2030-11-25T14:00:00.000Z");
    look();
    QCOMPARE(m_part->model()->count(DriftGroup::Duplicate), 1);
}

void TestUiDrift::anUnsettledChangeIsListedAgainAfterARestart()
{
    customerCancels(LifecycleSandbox::kC);
    look();
    QCOMPARE(m_part->model()->total(), 1);
    // A restart: the stored point has moved past the cancellation, the list comes from the database.
    open();
    QTRY_COMPARE_WITH_TIMEOUT(m_part->model()->total(), 1, 10000);
    QCOMPARE(m_part->model()->count(DriftGroup::Cancelled), 1);
    look(); // nothing new in Cal.com: still listed
    QCOMPARE(m_part->model()->total(), 1);
    select(LifecycleSandbox::kC);
    auto* apply = m_part->panel()->findChild<QToolButton*>(QStringLiteral("applyButton"));
    QSignalSpy done(m_part->applier(), &DriftApplier::finished);
    apply->menu()->actions().at(1)->trigger(); // book the step again
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
    QCOMPARE(m_part->model()->total(), 0);
    QCOMPARE(m_s->count("SELECT COUNT(*) FROM calcom_drift_items"), 0);
    open();
    QTest::qWait(300);
    QCOMPARE(m_part->model()->total(), 0);
}

void TestUiDrift::theStatusBarSaysWhenCalcomWasChecked()
{
    const QDateTime last = m_part->poller()->lastLook();
    QVERIFY(last.isValid());
    QCOMPARE(m_status->calcomCheckText(), CalcomChangesPart::lastLookText(last, {}, m_zone));
    if (m_english)
        QVERIFY2(QRegularExpression(QStringLiteral("^Cal\\.com checked \\d{1,2}:\\d\\d"))
                     .match(m_status->calcomCheckText())
                     .hasMatch(),
            qPrintable(m_status->calcomCheckText()));

    // Cal.com answers with errors: the status bar says the look failed, in words.
    m_s->server().faults().scriptNext(
        sandbox::FaultKind::Error500, 50, QStringLiteral("/bookings"), QStringLiteral("GET"));
    QSignalSpy failed(m_part->poller(), &DriftPoller::pollFailed);
    QVERIFY(m_part->poller()->pollNow());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 90000);
    m_s->server().faults().clear();
    const QString text = m_status->calcomCheckText();
    if (m_english)
        QVERIFY2(text.contains(QLatin1String("failed: Cannot list the bookings changed in Cal.com")),
            qPrintable(text));
    QCOMPARE(text,
        CalcomChangesPart::lastLookText(m_part->poller()->lastLook(), m_part->poller()->lastError(), m_zone));
    // The bar itself keeps it short (the cause is in the tooltip), so the messages beside it stay readable.
    QCOMPARE(m_status->calcomCheckShortText(),
        CalcomChangesPart::lastLookShortText(
            m_part->poller()->lastLook(), m_part->poller()->lastError(), m_zone));
    if (m_english)
        QVERIFY(m_status->calcomCheckShortText().startsWith(QLatin1String("check failed ")));
    // The next look that gets through says so again.
    look();
    QCOMPARE(m_status->calcomCheckText(),
        CalcomChangesPart::lastLookText(m_part->poller()->lastLook(), {}, m_zone));
}

void TestUiDrift::aLookIsSkippedWhileTheBudgetIsLow()
{
    const int requests = int(m_s->server().log().size());
    calcom::RateLimiter* limiter = m_s->client()->rateLimiter();
    const int limit = limiter->limit();
    limiter->setLimit(DriftPoller::kMinimumBudget - 1);
    QSignalSpy skipped(m_part->poller(), &DriftPoller::skipped);
    QVERIFY(!m_part->poller()->pollNow());
    QCOMPARE(skipped.size(), 1);
    limiter->setLimit(limit);
    QCOMPARE(int(m_s->server().log().size()), requests); // skipped, not queued

    // Nor while the changes' applier or a look already runs.
    QSignalSpy polled(m_part->poller(), &DriftPoller::polled);
    QVERIFY(m_part->poller()->pollNow());
    QVERIFY(!m_part->poller()->pollNow());
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 1, 30000);
    QCOMPARE(int(m_s->server().log().size()), requests + 1);

    // With an interval, a look follows the connection at once.
    QSignalSpy polledAgain(m_part->poller(), &DriftPoller::polled);
    m_part->setIntervalMinutes(5);
    m_part->setCalcom(m_s->client(), test::SyncSandbox::kTeamId);
    QTRY_COMPARE_WITH_TIMEOUT(polledAgain.size(), 1, 30000);
    m_part->setIntervalMinutes(0);
}

void TestUiDrift::openInCalcomOpensTheBookingsPage()
{
    customerCancels(LifecycleSandbox::kC);
    look();
    select(LifecycleSandbox::kC);
    QTest::mouseClick(
        m_part->panel()->findChild<QPushButton*>(QStringLiteral("openInCalcomButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    const QUrl base = m_s->client()->settings().baseUrl;
    QCOMPARE(m_opened.first().host(), base.host());
    QCOMPARE(m_opened.first().port(), base.port());
    QCOMPARE(m_opened.first().path(), QStringLiteral("/booking/") + uidOf(LifecycleSandbox::kC));
    QCOMPARE(
        drift::CalcomBookingPage::url(QUrl(QStringLiteral("https://api.cal.com/v2")), QStringLiteral("abc")),
        QUrl(QStringLiteral("https://app.cal.com/booking/abc")));
}

QTEST_MAIN(TestUiDrift)
#include "tst_ui_drift.moc"
