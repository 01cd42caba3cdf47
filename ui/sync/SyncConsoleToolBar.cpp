#include "SyncConsoleToolBar.h"

#include "ui/Icons.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace salon::ui
{

SyncConsoleToolBar::SyncConsoleToolBar(
    const QList<QAction*>& frequent, const QList<QAction*>& rare, QWidget* parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("toolBar"));
    // Several actions share the refresh icon: the text tells them apart.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions(frequent);
    auto* more = new QMenu(this);
    more->setObjectName(QStringLiteral("moreMenu"));
    more->addActions(rare);
    m_more = addWidget(menuButton(QStringLiteral("moreButton"), tr("More"), QIcon(), more));
}

void SyncConsoleToolBar::addAppointmentActions(const QList<QAction*>& actions)
{
    if (m_hasAppointmentMenu)
        return;
    m_hasAppointmentMenu = true;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("appointmentMenu"));
    menu->addActions(actions);
    insertWidget(m_more,
        menuButton(QStringLiteral("appointmentButton"), tr("Appointment"), Icons::appointments(), menu));
}

QToolButton* SyncConsoleToolBar::menuButton(
    const QString& name, const QString& text, const QIcon& icon, QMenu* menu)
{
    auto* button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(icon);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace salon::ui
