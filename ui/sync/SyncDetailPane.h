#pragma once

#include "SyncQueueModel.h"
#include "sync/PhaseRecords.h"
#include "sync/SyncErrorAdvice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

// The selected phase in detail: status, booking, last error, and the attempt history with Cal.com's
// messages (read by the worker thread). "Copy details" puts all of it on the clipboard for a support
// ticket; when the error needs another tool (event map verifier, wizard, settings) a button leads there.
class SyncDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit SyncDetailPane(DatabaseWorker* worker, QWidget* parent = nullptr);

    // Shows a phase (nullptr clears the pane). Attempts load asynchronously.
    void showPhase(const SyncQueueModel::PhaseRow* phase, const QString& appointmentText);
    void clear();
    qint64 phaseId() const { return m_phase.id; }
    // The text "Copy details" puts on the clipboard.
    QString detailsText() const;
    const QList<sync::SyncAttempt>& attempts() const { return m_attempts; }
    sync::SyncErrorAdvice::Tool tool() const { return m_tool; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* toolButton() const { return m_toolButton; }

public slots:
    void copyDetails();

signals:
    void toolRequested(salon::sync::SyncErrorAdvice::Tool tool);
    void attemptsLoaded();

private:
    void updateText();

    DatabaseWorker* m_worker;
    SyncQueueModel::PhaseRow m_phase;
    QString m_appointmentText;
    QList<sync::SyncAttempt> m_attempts;
    sync::SyncErrorAdvice::Tool m_tool = sync::SyncErrorAdvice::Tool::None;
    int m_generation = 0;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeWidget* m_attemptList;
    QPushButton* m_copy;
    QPushButton* m_toolButton;
};

} // namespace salon::ui
