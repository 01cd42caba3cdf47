#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace salon::calcom
{
class CalcomClient;
}
namespace salon::rehearsal
{
class CalcomSnapshotJob;
}

namespace salon::ui
{

// File → Rehearse on a copy…: which Cal.com state the rehearsal plays — a snapshot taken now (read only,
// rehearsal::CalcomSnapshotJob, saved under the app's data folder) or a saved snapshot file — then
// snapshotChosen(path); the controller opens the rehearsal window on it. Parts have object names for
// tests ("takeSnapshot", "useFile", "snapshotPath", "startButton", "progress", "status").
class RehearsalDialog : public QDialog
{
    Q_OBJECT
public:
    // client may be null (not connected): then only a saved file can be used.
    RehearsalDialog(calcom::CalcomClient* client, qint64 teamId, QWidget* parent = nullptr);

    // Where a snapshot taken now is saved (default: <app data>/snapshots).
    void setSnapshotFolder(const QString& folder) { m_folder = folder; }
    void setSnapshotPath(const QString& path);
    void start();

signals:
    void snapshotChosen(const QString& path);

private:
    void browse();
    void takeSnapshot();
    void updateButtons();
    void fail(const QString& message);

    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId;
    QString m_folder;
    QPointer<rehearsal::CalcomSnapshotJob> m_job;

    QRadioButton* m_take;
    QRadioButton* m_useFile;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
};

} // namespace salon::ui
