#include "ToolsMenu.h"

#include "ui/Icons.h"

#include <QMenu>
#include <QMenuBar>

namespace salon::ui
{

ToolsMenu::ToolsMenu(QMenuBar* menuBar, QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("&Tools"), menuBar))
{
    // Help stays the last menu (the main window adds it first).
    QAction* help = nullptr;
    for (QAction* action : menuBar->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("helpMenu"))
            help = action;
    menuBar->insertMenu(help, m_menu);
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    QAction* verify = m_menu->addAction(
        Icons::eventMap(), tr("&Verify event maps"), this, &ToolsMenu::verifyEventMapsRequested);
    verify->setObjectName(QStringLiteral("verifyEventMapsAction"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction* wizard = m_menu->addAction(
        Icons::add(), tr("Event type &wizard…"), this, &ToolsMenu::eventTypeWizardRequested);
    wizard->setObjectName(QStringLiteral("eventTypeWizardAction"));
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction* console
        = m_menu->addAction(Icons::warning(), tr("&Sync console"), this, &ToolsMenu::syncConsoleRequested);
    console->setObjectName(QStringLiteral("syncConsoleAction"));
    QAction* history = m_menu->addAction(Icons::search(), tr("&History"), this, &ToolsMenu::historyRequested);
    history->setObjectName(QStringLiteral("historyAction"));
}

} // namespace salon::ui
