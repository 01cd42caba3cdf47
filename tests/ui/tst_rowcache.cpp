// RowCache on its own: chunks in and out, the farthest dropped first, and the hashed key index always
// naming the row a key is on — after evictions, replaced rows, removed rows.
#include "ui/models/RowCache.h"

#include <QTest>

using namespace salon::ui;

namespace
{
// Rows [first, first + count) whose key is "k<row>".
QList<QVariantList> rows(int first, int count)
{
    QList<QVariantList> result;
    for (int i = first; i < first + count; ++i)
        result.append({ QStringLiteral("k%1").arg(i), i * 10 });
    return result;
}
} // namespace

class TestRowCache : public QObject
{
    Q_OBJECT
private slots:
    void findsRowsAndKeys()
    {
        RowCache cache(4, 3);
        QVERIFY(!cache.row(0));
        cache.insertChunk(0, rows(0, 4), 0);
        cache.insertChunk(2, rows(8, 4), 0);
        QCOMPARE(cache.row(1)->value(1).toInt(), 10);
        QVERIFY(!cache.row(5)); // chunk 1 not loaded
        QCOMPARE(cache.row(9)->value(1).toInt(), 90);
        QCOMPARE(cache.rowOfKey(QStringLiteral("k9")), 9);
        QCOMPARE(cache.rowOfKey(QStringLiteral("k5")), -1);
        QCOMPARE(cache.loadedRowCount(), 8);
    }

    void dropsTheFarthestChunkFirst()
    {
        RowCache cache(4, 2);
        cache.insertChunk(0, rows(0, 4), 0);
        cache.insertChunk(1, rows(4, 4), 1);
        cache.insertChunk(5, rows(20, 4), 5); // keep near 5: chunk 0 is the farthest
        QVERIFY(!cache.hasChunk(0));
        QVERIFY(cache.hasChunk(1) && cache.hasChunk(5));
        QCOMPARE(cache.rowOfKey(QStringLiteral("k0")), -1);
        QCOMPARE(cache.rowOfKey(QStringLiteral("k21")), 21);
        QCOMPARE(cache.loadedRowCount(), 8);
    }

    void replacesRowsAndValues()
    {
        RowCache cache(4, 4);
        cache.insertChunk(0, rows(0, 4), 0);
        QVERIFY(cache.replaceRow(2, { QStringLiteral("new"), 7 }));
        QCOMPARE(cache.rowOfKey(QStringLiteral("new")), 2);
        QCOMPARE(cache.rowOfKey(QStringLiteral("k2")), -1);
        QVERIFY(!cache.replaceRow(9, { QStringLiteral("x"), 1 }));
        QVERIFY(cache.setValue(1, 1, 42));
        QCOMPARE(cache.row(1)->value(1).toInt(), 42);
        QVERIFY(!cache.setValue(1, 0, QStringLiteral("other key"))); // never the key
    }

    void removedRowMovesTheRestUp()
    {
        RowCache cache(4, 4);
        cache.insertChunk(0, rows(0, 4), 0);
        cache.insertChunk(1, rows(4, 4), 0);
        cache.removeRow(1);
        QCOMPARE(cache.row(0)->value(0).toString(), QStringLiteral("k0"));
        QCOMPARE(cache.row(1)->value(0).toString(), QStringLiteral("k2"));
        QCOMPARE(cache.rowOfKey(QStringLiteral("k3")), 2);
        QCOMPARE(cache.rowOfKey(QStringLiteral("k1")), -1);
        // The chunk is a row short now, and the later ones moved: they are read again.
        QVERIFY(!cache.isChunkComplete(0, 7));
        QVERIFY(!cache.hasChunk(1));
        QCOMPARE(cache.rowOfKey(QStringLiteral("k5")), -1);
        QVERIFY(cache.isChunkComplete(0, 3));
    }

    void keysStayRightThroughEvictions()
    {
        // 400 chunks come and go through a cache of 96: the index never names an evicted row.
        RowCache cache(256, 96);
        for (int chunk = 0; chunk < 400; ++chunk)
            cache.insertChunk(chunk, rows(chunk * 256, 256), chunk);
        QCOMPARE(cache.loadedRowCount(), 96 * 256);
        for (int i = 0; i < 400 * 256; i += 97) {
            const bool loaded = cache.hasChunk(cache.chunkOf(i));
            QCOMPARE(cache.rowOfKey(QStringLiteral("k%1").arg(i)), loaded ? i : -1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRowCache)
#include "tst_rowcache.moc"
