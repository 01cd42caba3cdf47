// German and English must be complete: every message in translations/*.ts is translated (no
// "unfinished", no empty text, every numerus form filled) and keeps the source's placeholders. The files
// cover the GUI (ui/, app/gui), core/ and the command line (app/cli).

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace
{

struct Message {
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* language, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && message.numerus) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = { xml.readElementText() };
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    const QDir dir(QStringLiteral(SALON_SOURCE_DIR "/translations"));
    QTest::newRow("de") << dir.filePath(QStringLiteral("salon-admin_de.ts")) << QStringLiteral("de");
    QTest::newRow("en") << dir.filePath(QStringLiteral("salon-admin_en.ts")) << QStringLiteral("en");
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QString fileLanguage;
    QString error;
    const QList<Message> messages = readTs(path, &fileLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fileLanguage.left(2), language);
    // The app's own strings are there: lupdate ran over ui/ (and core/).
    QVERIFY2(messages.size() > 150, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));
    QSet<QString> contexts;
    for (const Message& message : messages)
        contexts.insert(message.context);
    for (const char* expected : { "salon::ui::TablePage", "salon::ui::SettingsDialog", "SettingsDialog",
             "salon::ui::MainWindow", "main" })
        QVERIFY2(contexts.contains(QString::fromLatin1(expected)), expected);
    // ... and over the command line (app/cli): every command's context, its helpers and its main().
    for (const char* expected : { "CreateEventTypesCommand", "ImportCommand", "ExportCommand",
             "MigrateCommand", "PopulateEventMapsCommand", "ReconcileCommand", "RepairEventMapsCommand",
             "SandboxCommand", "SetApiKeyCommand", "SyncCommand", "VerifyEventMapsCommand", "CliContext",
             "salon::cli::CliCalcom" })
        QVERIFY2(contexts.contains(QString::fromLatin1(expected)), expected);
    const bool cliMain = std::any_of(messages.cbegin(), messages.cend(), [](const Message& m) {
        return m.context == QLatin1String("main")
            && m.source == QLatin1String("Unknown command \"%1\"; see --help.");
    });
    QVERIFY2(cliMain, "salon-admin-cli's main() strings are missing");

    QStringList problems;
    for (const Message& message : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(60));
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1 is %2").arg(where, message.type));
            continue;
        }
        const int forms = message.numerus
            ? (language == QLatin1String("de") || language == QLatin1String("en") ? 2 : 1)
            : 1;
        if (message.translations.size() < forms) {
            problems.append(QStringLiteral("%1 has %2 of %3 forms")
                                .arg(where)
                                .arg(message.translations.size())
                                .arg(forms));
            continue;
        }
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                problems.append(QStringLiteral("%1 is empty").arg(where));
                break;
            }
            QSet<QString> wanted = placeholders(message.source);
            // A singular form may spell out "one" instead of %n.
            if (message.numerus)
                wanted.remove(QStringLiteral("%n"));
            const QSet<QString> missing = wanted - placeholders(translation);
            if (!missing.isEmpty()) {
                problems.append(QStringLiteral("%1 lacks %2")
                                    .arg(where, QStringList(missing.values()).join(QLatin1Char(' '))));
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path)
            + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
