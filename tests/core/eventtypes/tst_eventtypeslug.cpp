// Slugs as Cal.com stores them: ours must equal what the server makes of them, or the slug look-ups that
// keep creation idempotent would miss.
#include "eventtypes/EventTypeSlug.h"

#include "Slugify.h"

#include <QTest>

using salon::eventtypes::EventTypeSlug;

class TestEventTypeSlug : public QObject
{
    Q_OBJECT
private slots:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("incident title") << QStringLiteral("Ansatzfärbung-Segment A-Fabian Spitzer #2")
                                        << QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer-2");
        QTest::newRow("umlauts") << QStringLiteral("Strähnen Öl Über") << QStringLiteral("strahnen-ol-uber");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("other diacritics") << QStringLiteral("Crème Brûlée") << QStringLiteral("creme-brulee");
        QTest::newRow("runs and edges")
            << QStringLiteral("  --Föhnen & Styling!!  ") << QStringLiteral("fohnen-styling");
        QTest::newRow("digits") << QStringLiteral("Segment 10 / 2") << QStringLiteral("segment-10-2");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only symbols") << QStringLiteral("#&!") << QString();
    }
    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(EventTypeSlug::slugify(text), slug);
        // The sandbox plays Cal.com's slugifyLenient; we must agree with it.
        QCOMPARE(EventTypeSlug::slugify(text), salon::sandbox::slugify(text));
        // Slugifying a slug changes nothing: what we send is what Cal.com keeps.
        QCOMPARE(EventTypeSlug::slugify(slug), slug);
    }

    void isSlug()
    {
        QVERIFY(EventTypeSlug::isSlug(QStringLiteral("ansatzfarbung-segment-a-fabian-spitzer")));
        QVERIFY(!EventTypeSlug::isSlug(QStringLiteral("Ansatzfarbung")));
        QVERIFY(!EventTypeSlug::isSlug(QStringLiteral("a--b")));
        QVERIFY(!EventTypeSlug::isSlug(QStringLiteral("-a")));
        QVERIFY(!EventTypeSlug::isSlug(QString()));
    }
};

QTEST_GUILESS_MAIN(TestEventTypeSlug)
#include "tst_eventtypeslug.moc"
