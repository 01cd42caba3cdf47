// CSV export follows the language: for German (decimal comma) semicolons and a UTF-8 byte order mark, so
// German Excel opens the file in columns with its umlauts; for English commas. The export dialog offers
// that format (preselected) or plain RFC 4180 for other programs, and its file types say which.
#include "TestDatabase.h"
#include "UiTestData.h"
#include "core/db/DatabaseSession.h"
#include "core/tables/StandardTables.h"
#include "ui/models/CsvWriter.h"
#include "ui/pages/TablePage.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;

namespace
{
const QByteArray kBom = "\xEF\xBB\xBF";

QByteArray write(CsvWriter::Format format, const QList<QStringList>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, format);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    return buffer.data();
}

const QList<QStringList> kRows = {
    { QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Note") },
    { QStringLiteral("440"), QStringLiteral("Föhnen & Styling"), QStringLiteral("a;b") },
    { QStringLiteral("441"), QStringLiteral("Cut, wash"), QStringLiteral("say \"hi\"") },
};
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void formatFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("separator");
        QTest::newRow("de_DE") << "de_DE"
                               << ";";
        QTest::newRow("de_AT") << "de_AT"
                               << ";";
        QTest::newRow("fr_FR") << "fr_FR"
                               << ";";
        QTest::newRow("en_US") << "en_US"
                               << ",";
        QTest::newRow("en_GB") << "en_GB"
                               << ",";
        QTest::newRow("C") << "C"
                           << ",";
    }

    void formatFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, separator);
        const auto format = CsvWriter::Format::forSpreadsheets(QLocale(locale));
        QCOMPARE(QString(format.separator), separator);
        QVERIFY(format.byteOrderMark);
        // The app's language (AppTranslator sets the default locale) is the default.
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(CsvWriter::Format::forSpreadsheets(), format);
    }

    void germanSpreadsheet()
    {
        const QByteArray csv
            = write(CsvWriter::Format::forSpreadsheets(QLocale(QStringLiteral("de_DE"))), kRows);
        QCOMPARE(csv,
            kBom
                + QStringLiteral(
                    "ID;Name;Note\r\n440;Föhnen & Styling;\"a;b\"\r\n441;Cut, wash;\"say \"\"hi\"\"\"\r\n")
                      .toUtf8());
    }

    void englishSpreadsheet()
    {
        const QByteArray csv
            = write(CsvWriter::Format::forSpreadsheets(QLocale(QStringLiteral("en_US"))), kRows);
        QCOMPARE(csv,
            kBom
                + QStringLiteral(
                    "ID,Name,Note\r\n440,Föhnen & Styling,a;b\r\n441,\"Cut, wash\",\"say \"\"hi\"\"\"\r\n")
                      .toUtf8());
    }

    void plainHasNoByteOrderMark()
    {
        const QByteArray csv = write(CsvWriter::Format::plain(), kRows);
        QVERIFY(csv.startsWith("ID,Name,Note\r\n"));
        QCOMPARE(csv.count(kBom), 0);
    }

    void theDialogSaysWhich()
    {
        const QString german
            = CsvWriter::Format::forSpreadsheets(QLocale(QStringLiteral("de_DE"))).fileDialogFilter();
        const QString english
            = CsvWriter::Format::forSpreadsheets(QLocale(QStringLiteral("en_US"))).fileDialogFilter();
        const QString plain = CsvWriter::Format::plain().fileDialogFilter();
        QVERIFY2(german.contains(QLatin1String("semicolons")), qPrintable(german));
        QVERIFY2(english.contains(QLatin1String("commas")), qPrintable(english));
        QVERIFY2(plain.contains(QLatin1String("without byte order mark")), qPrintable(plain));
        for (const QString& filter : { german, english, plain })
            QVERIFY2(filter.endsWith(QLatin1String("(*.csv)")), qPrintable(filter));
        QVERIFY(german != plain && english != plain);
    }

    // The page's export (what Export CSV… writes) on a real database: the language's format by default.
    void pageExportFollowsTheLanguage_data() { test::TestDatabase::addBackendRows(); }

    void pageExportFollowsTheLanguage()
    {
        QFETCH(QString, backend);
        QString error;
        auto db = test::TestDatabase::create(backend, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(test::seedSalon(db->db()));
        QTemporaryDir dir;
        for (const auto& [locale, header] :
            { std::pair { "de_DE", "ID;Name;" }, std::pair { "en_US", "ID,Name," } }) {
            QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
            DatabaseSession session(db->url());
            TablePage page(tables::StandardTables::services(), &session);
            const QString path = dir.filePath(QStringLiteral("services-%1.csv").arg(QLatin1String(locale)));
            page.exportCsvTo(path);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000); // QSaveFile: complete once it exists
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray csv = file.readAll();
            QVERIFY2(csv.startsWith(kBom + header), csv.left(40).constData());
            QVERIFY2(csv.contains(QStringLiteral("Ansatzfärbung").toUtf8()), csv.constData());
            QCOMPARE(csv.count("\r\n"), 4); // header and three services
        }
    }
};

QTEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
