#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

class AppController;
class AppSettings;
class DifferenceReportDialog;
class RehearsalEnvironment;

// One rehearsal: its environment (the database copy and the sandbox serving the snapshot) and the second
// window's application state on them — its own AppController with settings of its own (the language and
// time zone of the real ones; window and page memory stay apart). Closing the rehearsal window ends it
// and removes the copy.
class RehearsalLauncher : public QObject
{
    Q_OBJECT
public:
    RehearsalLauncher(DatabaseWorker* original, const AppSettings& settings, const QString& snapshotPath,
        QObject* parent = nullptr);
    ~RehearsalLauncher() override;

    void start();
    AppController* controller() const { return m_controller.get(); }
    RehearsalEnvironment* environment() const { return m_environment; }
    // "What would change" for this rehearsal (the window's tool bar offers it too), comparing at once.
    DifferenceReportDialog* showDifferences();

signals:
    void started(salon::ui::AppController* rehearsal);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openWindow();

    RehearsalEnvironment* m_environment;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppController> m_controller;
};

} // namespace salon::ui
