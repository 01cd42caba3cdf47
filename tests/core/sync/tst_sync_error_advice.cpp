// SyncErrorAdvice::readable (issue 21): what the console and the tables show for a phase's stored error.
// Older runs stored Cal.com's raw answer ("HTTP 500 Internal: …"); those read in the salon's words with the
// next step, Cal.com's quoted words are left out, anything else is shown as stored (English and German
// quotes).
#include "core/calcom/CalcomError.h"
#include "core/sync/SyncErrorAdvice.h"

#include <QTest>

using salon::calcom::CalcomError;
using salon::sync::SyncErrorAdvice;

class TestSyncErrorAdvice : public QObject
{
    Q_OBJECT

private slots:
    void aRawHttpAnswerReadsInTheSalonsWords()
    {
        const QString shown = SyncErrorAdvice::readable(QStringLiteral("HTTP 500 InternalServerError: boom"));
        QVERIFY2(!shown.startsWith(QLatin1String("HTTP")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("boom")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Cal.com")), qPrintable(shown));
        // The same kind of answer reads the same whatever Cal.com added to it.
        QCOMPARE(SyncErrorAdvice::readable(QStringLiteral("  HTTP 500 InternalServerError: other words \n")),
            shown);
        // Another status is another text.
        QVERIFY(SyncErrorAdvice::readable(QStringLiteral("HTTP 401 Unauthorized: no")) != shown);
    }

    void calcomsQuotedWordsAreLeftOut_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("English quotes")
            << QStringLiteral("Cal.com refused the booking: the event type is a managed parent (\"Event type "
                              "7 is a parent\").")
            << QStringLiteral("Cal.com refused the booking: the event type is a managed parent.");
        QTest::newRow("German quotes")
            << QStringLiteral(
                   "Cal.com hat die Buchung abgelehnt: verwalteter Eltern-Termintyp (\u201eparent\u201c).")
            << QStringLiteral("Cal.com hat die Buchung abgelehnt: verwalteter Eltern-Termintyp.");
        QTest::newRow("plain text stays")
            << QStringLiteral("No event type for this staff member (segment A).")
            << QStringLiteral("No event type for this staff member (segment A).");
        QTest::newRow("empty") << QString() << QString();
    }
    void calcomsQuotedWordsAreLeftOut()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(SyncErrorAdvice::readable(stored), shown);
    }

    void everyStoredOutcomeHasALabel()
    {
        // Every code the engine stores in sync_attempts.outcome: its own markers and every Cal.com
        // category; a new category without a label fails here, not in a salon's console.
        QStringList codes { QStringLiteral("posting"), QStringLiteral("reconciling"),
            QStringLiteral("synced"), QStringLiteral("recovered"), QStringLiteral("unclear"),
            QStringLiteral("noEventMap"), QStringLiteral("noStaff"), QStringLiteral("database"),
            QStringLiteral("childNotVisible"), QStringLiteral("eventTypeMissing"),
            QStringLiteral("noChildForHost"), QStringLiteral("staffWithoutCalcomUser") };
        for (int c = int(CalcomError::Category::Auth); c <= int(CalcomError::Category::Cancelled); ++c)
            codes << CalcomError::categoryName(CalcomError::Category(c));
        for (const QString& code : std::as_const(codes)) {
            const QString label = SyncErrorAdvice::outcomeLabel(code);
            QVERIFY2(!label.isEmpty() && label != code, qPrintable(code));
        }
        // A code of a later version is shown as it was stored, not dropped.
        QCOMPARE(SyncErrorAdvice::outcomeLabel(QStringLiteral("someNewCode")), QStringLiteral("someNewCode"));
    }
};

QTEST_GUILESS_MAIN(TestSyncErrorAdvice)
#include "tst_sync_error_advice.moc"
