#include "MainWindow.h"

#include "Icons.h"
#include "StatusIndicators.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace salon::ui
{

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new StatusIndicators(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Salon Admin"));
    setWindowIcon(Icons::app());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(150);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    // The page list as wide as it needs, the pages the rest: a maximum width on the list left an empty
    // strip between the two when the splitter gave the list more.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 1000 });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        emit currentPageChanged(m_pageIds.value(row));
    });

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_settingsAction
        = fileMenu->addAction(Icons::settings(), tr("&Settings…"), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(tr("&About Salon Admin"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    statusBar()->addPermanentWidget(m_status);
    resize(1200, 760);
}

int MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    const int index = m_pages->addWidget(page);
    m_pageIds.append(id);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setToolTip(title);
    QAction* go = m_viewMenu->addAction(icon, title);
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, id] { setCurrentPage(id); });
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 15000);
}

QWidget* MainWindow::page(const QString& id) const
{
    const int index = m_pageIds.indexOf(id);
    return index >= 0 ? m_pages->widget(index) : nullptr;
}

bool MainWindow::setCurrentPage(const QString& id)
{
    const int index = m_pageIds.indexOf(id);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_pageIds.value(m_pages->currentIndex());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Salon Admin"),
        tr("<h3>Salon Admin %1</h3><p>Keeps a hair salon's bookings and its Cal.com account in "
           "step.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace salon::ui
