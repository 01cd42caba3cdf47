#pragma once

#include "SyncQueueModel.h"
#include "core/sync/PhaseRecords.h"
#include "core/sync/SyncErrorAdvice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace salon::ui
{

// The selected phase in detail: status, booking, last error, and the attempt history with Cal.com's
// messages (read by the database worker). "Copy details" puts all of it on the clipboard for a support
// ticket; when the error needs another tool (event map verifier, wizard, settings) a button leads there.
class SyncDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit SyncDetailPane(QWidget* parent = nullptr);
    // Where the attempts are read (the console's SyncQueueAccess); set before showPhase().
    void setAccess(const sync::SyncQueueAccess* access) { m_access = access; }

    // Shows a phase (nullptr clears the pane). Attempts load asynchronously.
    void showPhase(const SyncQueueModel::PhaseRow* phase, const QString& appointmentText);
    void clear();
    qint64 phaseId() const { return m_phase.phase.id; }
    // The text "Copy details" puts on the clipboard.
    QString detailsText() const;
    const QList<sync::SyncAttempt>& attempts() const { return m_attempts; }
    sync::SyncErrorAdvice::Tool tool() const { return m_tool; }

public slots:
    void copyDetails();

signals:
    void toolRequested(salon::sync::SyncErrorAdvice::Tool tool);
    void attemptsLoaded();

private:
    void updateText();

    const sync::SyncQueueAccess* m_access = nullptr;
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
