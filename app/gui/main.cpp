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
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace salon;
using namespace salon::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Salon Admin"));
    QApplication::setOrganizationName(QStringLiteral("salon-admin"));
    QApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("salon-admin"));
    QApplication::setWindowIcon(Icons::app());

    AppSettings settings;
    AppTranslator translator;
    translator.install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Keeps a hair salon's bookings and its Cal.com account in step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main",
            "The database: sqlite:PATH or "
            "postgresql://USER@HOST:PORT/DBNAME."),
        QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate("main",
            "Start on a page: services, segments, staff, eventmap, appointments, "
            "phases."),
        QStringLiteral("NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Open the incident demo: a temporary database and the built-in Cal.com "
            "sandbox. Nothing real is touched."));
    const QCommandLineOption toolOption(QStringLiteral("tool"),
        QCoreApplication::translate("main",
            "Open a tool once Cal.com is connected: wizard (the event type wizard) "
            "or verify (verify event maps)."),
        QStringLiteral("NAME"));
    parser.addOptions({ dbOption, screenshotOption, pageOption, demoOption, toolOption });
    parser.process(app);

    QTextStream err(stderr);
    DemoEnvironment demo;
    std::optional<CalcomStartOptions> calcom;
    if (parser.isSet(demoOption)) {
        if (!demo.start()) {
            err << demo.error() << Qt::endl;
            if (!parser.isSet(screenshotOption))
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Salon Admin"), demo.error());
            return 1;
        }
        calcom = CalcomStartOptions { demo.sandboxUrl(), demo.teamId(), demo.apiKey(), true };
    }
    auto url = parser.isSet(demoOption) ? Expected<DatabaseUrl, QString>(demo.databaseUrl())
        : parser.isSet(dbOption)        ? DatabaseUrl::parse(parser.value(dbOption))
                                        : AppController::configuredDatabase(settings);
    if (!url) {
        err << url.error() << Qt::endl;
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Salon Admin"), url.error());
        return 2;
    }

    const QString screenshot = parser.value(screenshotOption);
    const QString page = parser.value(pageOption);
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
        const QString tool = parser.value(toolOption);
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
