#pragma once

#include <QList>
#include <QToolBar>

class QAction;
class QIcon;
class QMenu;
class QToolButton;

namespace salon::ui
{

// The sync console's tool bar, sized to fit 1280 px in German (issue 21): the frequent actions as buttons
// with icon and text, the appointment's own changes (Cancel appointment…, Move…, Change staff…) behind an
// "Appointment" menu button, and the rare ones (archive, export, refresh) behind "More". Object names for
// tests: "toolBar", "appointmentButton", "moreButton", "appointmentMenu", "moreMenu".
class SyncConsoleToolBar : public QToolBar
{
    Q_OBJECT
public:
    SyncConsoleToolBar(const QList<QAction*>& frequent, const QList<QAction*>& rare, QWidget* parent);

    // Adds the "Appointment" menu button before "More" (once).
    void addAppointmentActions(const QList<QAction*>& actions);

private:
    QToolButton* menuButton(const QString& name, const QString& text, const QIcon& icon, QMenu* menu);

    QAction* m_more = nullptr; // the "More" button's place in the bar
    bool m_hasAppointmentMenu = false;
};

} // namespace salon::ui
