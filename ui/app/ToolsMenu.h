#pragma once

#include <QObject>

class QMenu;
class QMenuBar;

namespace salon::ui
{

// The main window's Tools menu: verify event maps (Ctrl+Shift+V), the event type wizard (Ctrl+Shift+W),
// the sync console and the history (the audit log by run, undo of a wizard run). It only forwards intent;
// the application controller decides what happens.
class ToolsMenu : public QObject
{
    Q_OBJECT
public:
    ToolsMenu(QMenuBar* menuBar, QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }

signals:
    void verifyEventMapsRequested();
    void eventTypeWizardRequested();
    void syncConsoleRequested();
    void historyRequested();

private:
    QMenu* m_menu;
};

} // namespace salon::ui
