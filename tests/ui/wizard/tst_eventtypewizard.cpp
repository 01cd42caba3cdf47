// The event-type wizard driven like an admin would, offscreen, against the sandbox: first page to summary on
// the incident, and a run cancelled right after the confirmation, then retried.
#include "IncidentSandbox.h"
#include "TestDatabase.h"

#include "SandboxServer.h"

#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseWorker.h"
#include "ui/wizard/EventTypeWizard.h"
#include "ui/wizard/EventTypeWizardController.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace salon;
using salon::test::scalar;
using salon::test::TestDatabase;
using salon::ui::EventTypeWizard;

namespace
{
const QList<qint64> kParents { 3982562, 3982564, 3982566, 3982568, 3982570, 3982572, 3982574, 3982576,
    3982578, 3982580, 3982582, 3982584 };
const QString kTeamEventTypes = QStringLiteral("^/v2/teams/12345/event-types$");
} // namespace

class TestEventTypeWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void firstPageToSummary();
    void cancelRightAfterConfirmingThenRetry();
    void badTitleTemplateBlocksNext();

private:
    // Checks every service on the first page and goes on to the review page.
    void goToReview(EventTypeWizard& wizard);
    QStringList columnValues(QTableView* table, int column, int role) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<calcom::CalcomClient> m_client;
};

void TestEventTypeWizard::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    auto incident = salon::test::IncidentSandbox::create(backend, &error);
    QVERIFY2(incident, qPrintable(error));
    m_db = std::move(incident->database);
    m_worker = std::make_unique<DatabaseWorker>(m_db->url());
    m_server = std::move(incident->server);
    m_client = salon::test::IncidentSandbox::client(*m_server, false);
}

void TestEventTypeWizard::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_worker.reset();
    m_db.reset();
}

QStringList TestEventTypeWizard::columnValues(QTableView* table, int column, int role) const
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values.append(table->model()->index(row, column).data(role).toString());
    return values;
}

void TestEventTypeWizard::goToReview(EventTypeWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(EventTypeWizard::ServicesPage));
    auto* services = wizard.findChild<QListWidget*>(QStringLiteral("serviceList"));
    QVERIFY(services);
    // The lists come from the database worker, not the GUI thread.
    QTRY_COMPARE(services->count(), 3);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    for (int i = 0; i < services->count(); ++i)
        services->item(i)->setCheckState(Qt::Checked);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(EventTypeWizard::StaffPage));
    auto* staff = wizard.findChild<QListWidget*>(QStringLiteral("staffList"));
    QVERIFY(staff);
    // Lena performs none of the services: only the two Fabians are offered, both checked.
    QCOMPARE(staff->count(), 2);
    for (int i = 0; i < staff->count(); ++i)
        QCOMPARE(staff->item(i)->checkState(), Qt::Checked);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(EventTypeWizard::ReviewPage));
}

void TestEventTypeWizard::firstPageToSummary()
{
    EventTypeWizard wizard(m_worker.get(), m_client.get(), QStringLiteral("test"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    goToReview(wizard);
    if (QTest::currentTestFailed())
        return;

    // Review: planned asynchronously; Create is only offered once the plan is there.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 30000);
    auto* planTable = wizard.findChild<QTableView*>(QStringLiteral("planTable"));
    QVERIFY(planTable);
    QCOMPARE(planTable->model()->rowCount(), 24);
    const QStringList classes = columnValues(planTable, 4, Qt::UserRole);
    QCOMPARE(classes.count(QStringLiteral("replace")), 24);
    // The salon's words in the table, the request in the tooltip (issue 21).
    QVERIFY(!columnValues(planTable, 6, Qt::DisplayRole).first().contains(QStringLiteral("host")));
    QVERIFY(columnValues(planTable, 6, Qt::ToolTipRole).first().contains(QStringLiteral("host")));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("planSummary"))->text().contains(QStringLiteral("24")));
    // Nothing but reads before the confirmation.
    for (const auto& entry : m_server->log().entries())
        QCOMPARE(entry.method, QStringLiteral("GET"));

    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(EventTypeWizard::RunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    auto* progress = wizard.findChild<QProgressBar*>(QStringLiteral("runProgress"));
    QCOMPARE(progress->maximum(), 24);
    QCOMPARE(progress->value(), 24);
    auto* runTable = wizard.findChild<QTableView*>(QStringLiteral("runTable"));
    QCOMPARE(columnValues(runTable, 8, Qt::UserRole).count(QStringLiteral("done")), 24);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypes), 24);
    QVERIFY(!wizard.findChild<QPushButton*>(QStringLiteral("retryButton"))->isEnabled());
    // Committed: there is no way back to the plan.
    QVERIFY(
        !wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(EventTypeWizard::RetirePage));
    auto* tree = wizard.findChild<QTreeWidget*>(QStringLiteral("candidateTree"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 12, 30000);
    auto* confirm = wizard.findChild<QCheckBox*>(QStringLiteral("confirmDelete"));
    auto* deleteButton = wizard.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    // Deleting needs the explicit confirmation.
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(confirm->isEnabled());
    confirm->setChecked(true);
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QLabel*>(QStringLiteral("retireStatus"))
                                 ->text()
                                 .contains(QStringLiteral("12 deleted")),
        30000);
    for (qint64 parent : kParents)
        QVERIFY(!m_server->state().eventType(parent));
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'event-type.retire-managed'"))
                 .toInt(),
        12);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(EventTypeWizard::SummaryPage));
    const QString summary = wizard.findChild<QLabel*>(QStringLiteral("summaryText"))->text();
    QVERIFY2(summary.contains(QStringLiteral("24 created")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("12 deleted")), qPrintable(summary));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id <= 3982584"))
                 .toInt(),
        0);
}

void TestEventTypeWizard::cancelRightAfterConfirmingThenRetry()
{
    // Slow answers, one item at a time: the cancel lands while most items are still queued.
    m_server->options().latencyMs = 150;
    EventTypeWizard wizard(m_worker.get(), m_client.get(), QStringLiteral("test"));
    wizard.show();
    goToReview(wizard);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 30000);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    auto* cancel = wizard.findChild<QPushButton*>(QStringLiteral("cancelRunButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);

    auto* runTable = wizard.findChild<QTableView*>(QStringLiteral("runTable"));
    QStringList states = columnValues(runTable, 8, Qt::UserRole);
    const int done = int(states.count(QStringLiteral("done")));
    QVERIFY2(states.count(QStringLiteral("cancelled")) > 0, qPrintable(states.join(u',')));
    QCOMPARE(done + states.count(QStringLiteral("cancelled")), 24);
    // Only what was sent exists in Cal.com, and the map says exactly that.
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id > 3982584"))
                 .toInt(),
        done);

    auto* retry = wizard.findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    states = columnValues(runTable, 8, Qt::UserRole);
    QCOMPARE(states.count(QStringLiteral("done")), 24);
    QCOMPARE(m_server->log().count(QStringLiteral("POST"), kTeamEventTypes), 24);
    QCOMPARE(scalar(m_db->db(),
                 QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE event_type_id <= 3982584"))
                 .toInt(),
        0);
}

void TestEventTypeWizard::badTitleTemplateBlocksNext()
{
    EventTypeWizard wizard(m_worker.get(), m_client.get(), QStringLiteral("test"));
    wizard.show();
    auto* services = wizard.findChild<QListWidget*>(QStringLiteral("serviceList"));
    QVERIFY(services);
    // The lists come from the database worker: wait for them, as goToReview does.
    QTRY_COMPARE(services->count(), 3);
    services->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto* titleTemplate = wizard.findChild<QLineEdit*>(QStringLiteral("titleTemplate"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    titleTemplate->setText(QStringLiteral("{service}-{segment}"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("templateProblem"))->text().isEmpty());
    titleTemplate->setText(QStringLiteral("{staff}: {service} {segmentName}"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_server->log().size(), 0);
}

QTEST_MAIN(TestEventTypeWizard)
#include "tst_eventtypewizard.moc"
