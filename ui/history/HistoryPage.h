#pragma once

#include "core/history/AuditHistory.h"
#include "core/history/AuditLogReader.h"
#include "core/history/HistoryLoadJob.h"
#include "ui/models/CsvWriter.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;
class QToolBar;
class QTreeView;

namespace salon
{
class DatabaseSession;
class ChangeSet;
} // namespace salon
namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

class MessageBanner;
class RunEntryModel;
class RunListModel;
class RunUndoDialog;

// Tools → History: the audit log by run (a wizard run, a sync batch, an import, one edit), newest first,
// for a period; the selected run's entries below it (when, who, what, before → after); export as CSV;
// and "Undo this run…" for an event-type wizard run (RunUndoDialog: the dry run first). Everything is
// read through HistoryLoadJob on the session's worker, never on the GUI thread, and read again whenever
// the change watcher reports a write — this program's or another's — so the page shows the database as
// it is now. Parts have object names for tests ("runView", "entryView", "periodFilter", "undoAction", …).
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { LastWeek, LastMonth, LastYear, Everything, Between };

    explicit HistoryPage(DatabaseSession* session, QWidget* parent = nullptr);
    ~HistoryPage() override;

    // The Cal.com connection (not owned) and team; without it, Undo cannot check bookings and is off.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor) { m_actor = actor; }
    void setPeriod(Period period);
    // Switches to Period::Between, both days included.
    void setDateRange(const QDate& from, const QDate& to);

    RunListModel* runs() const { return m_runs; }
    RunEntryModel* entries() const { return m_entries; }
    const history::AuditHistory& history() const { return m_history; }
    bool isLoading() const { return m_job != nullptr; }
    // How many loads have finished (tests wait for the next one).
    int loadCount() const { return m_loadCount; }
    bool selectRun(const QString& runId);
    QString selectedRunId() const;
    QString lastStatus() const { return m_lastStatus; }

    // Writes every entry of the period (all runs) as CSV.
    bool exportCsvTo(const QString& path, CsvWriter::Format format, QString* error = nullptr);
    // Opens the undo dialog for the selected run and starts its dry run; nullptr when it cannot be undone.
    RunUndoDialog* openUndoDialog();

public slots:
    void reload();

signals:
    void statusMessage(const QString& text);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QToolBar* setUpActions();
    void applyPeriodFromWidgets();
    void onChanges(const ChangeSet& changes);
    void showHistory(const history::AuditHistory& history);
    void showSelectedRun();
    void updateActions();
    void exportInteractive();
    void say(const QString& text);
    history::AuditQuery query() const;
    QString runTitle(const history::RunSummary& run) const;

    DatabaseSession* m_session;
    RunListModel* m_runs;
    RunEntryModel* m_entries;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QString m_actor;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    history::AuditHistory m_history;
    QPointer<history::HistoryLoadJob> m_job;
    bool m_reloadPending = false;
    bool m_stale = true;
    int m_loadCount = 0;
    QString m_lastStatus;
    QTimer* m_changeDelay;

    MessageBanner* m_banner;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QLabel* m_entriesTitle;
    QTreeView* m_runView;
    QTreeView* m_entryView;
    QAction* m_undoAction;
    QAction* m_exportAction;
    QAction* m_refreshAction;
};

} // namespace salon::ui
