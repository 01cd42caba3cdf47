// salon-admin: the desktop application. All the work is in salon_ui / salon_core; main only reads the
// command line, installs translations and hands a database to AppController.

#include "AppController.h"
#include "AppTranslator.h"
#include "CalcomConnection.h"
#include "DemoEnvironment.h"
#include "Icons.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace salon;
using namespace salon::ui;

namespace
{

struct GuiOptions {
    QCommandLineOption db { QStringLiteral("db"),
        QCoreApplication::translate("main",
            "The database: sqlite:PATH or "
            "postgresql://USER@HOST:PORT/DBNAME."),
        QStringLiteral("URL") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file once loaded, then quit."),
        QStringLiteral("FILE") };
    QCommandLineOption page { QStringLiteral("page"),
        QCoreApplication::translate("main",
            "Start on a page: services, segments, staff, eventmap, appointments, "
            "phases, sync, history, day."),
        QStringLiteral("NAME") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Open the incident demo: a temporary database and the built-in Cal.com "
            "sandbox. Nothing real is touched.") };
    QCommandLineOption tool { QStringLiteral("tool"),
        QCoreApplication::translate("main",
            "Open a tool once Cal.com is connected: wizard (the event type wizard) "
            "or verify (verify event maps)."),
        QStringLiteral("NAME") };

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Keeps a hair salon's bookings and its Cal.com account in step."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ db, screenshot, page, demo, tool });
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Salon Admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("salon-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));
}

// --help and --version need no window: they are answered before QApplication, which aborts without a
// display (no X11 or Wayland on a server, in a terminal over ssh, in a package build).
bool asksForHelpOrVersion(int argc, char* argv[])
{
    static const QList<QByteArrayView> words { "-h", "--help", "-?", "--help-all", "-v", "--version" };
    for (int i = 1; i < argc && QByteArrayView(argv[i]) != "--"; ++i)
        if (words.contains(QByteArrayView(argv[i])))
            return true;
    return false;
}

int answerHelpOrVersion(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    AppSettings settings;
    AppTranslator translator;
    translator.install(settings.language());
    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("salon-admin"));
    QApplication::setWindowIcon(Icons::app());

    AppSettings settings;
    AppTranslator translator;
    translator.install(settings.language());

    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app);

    QTextStream err(stderr);
    DemoEnvironment demo;
    std::optional<CalcomStartOptions> calcom;
    if (parser.isSet(options.demo)) {
        if (!demo.start()) {
            err << demo.error() << Qt::endl;
            if (!parser.isSet(options.screenshot))
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Salon Admin"), demo.error());
            return 1;
        }
        calcom = CalcomStartOptions { demo.sandboxUrl(), demo.teamId(), demo.apiKey(), true };
    }
    auto url = parser.isSet(options.demo) ? Expected<DatabaseUrl, QString>(demo.databaseUrl())
        : parser.isSet(options.db)        ? DatabaseUrl::parse(parser.value(options.db))
                                          : AppController::configuredDatabase(settings);
    if (!url) {
        err << url.error() << Qt::endl;
        if (!parser.isSet(options.screenshot))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Salon Admin"), url.error());
        return 2;
    }

    const QString screenshot = parser.value(options.screenshot);
    const QString page = parser.value(options.page);
    AppController controller(settings);
    QObject::connect(&controller, &AppController::startFailed, &app, [&](const QString& message) {
        err << message << Qt::endl;
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                QCoreApplication::translate("main",
                    "Salon Admin cannot open the database %1.\n\n%2\n\n"
                    "Choose another one with --db, or check the "
                    "file's permissions or the server.")
                    .arg(url->toString(), message));
        QCoreApplication::exit(1);
    });
    QObject::connect(&controller, &AppController::started, &app, [&] {
        if (!page.isEmpty() && !controller.mainWindow()->pageIds().contains(page))
            err << QCoreApplication::translate("main", "Unknown page \"%1\"; the pages are: %2")
                       .arg(page, controller.mainWindow()->pageIds().join(QStringLiteral(", ")))
                << Qt::endl;
        const QString tool = parser.value(options.tool);
        if (!tool.isEmpty()) {
            auto openTool = [&controller, tool] {
                if (tool == QLatin1String("wizard"))
                    controller.openEventTypeWizard();
                else if (tool == QLatin1String("verify"))
                    controller.verifyEventMaps();
            };
            if (controller.calcom() && controller.calcom()->isReady())
                openTool();
            else
                QObject::connect(controller.calcom(), &CalcomConnection::ready, &controller, openTool,
                    Qt::SingleShotConnection);
        }
        if (!screenshot.isEmpty())
            controller.saveScreenshotWhenLoaded(screenshot);
    });
    QObject::connect(&controller, &AppController::screenshotSaved, &app,
        [](const QString&, bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    controller.start(url.value(), calcom, page);
    return app.exec();
}
