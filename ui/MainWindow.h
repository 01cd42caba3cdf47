#pragma once

#include <QIcon>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace salon::ui
{

class StatusIndicators;

// The main window: a list of pages on the left (Nextcloud/KeePassXC style), the current page on the
// right, the connection state in the status bar. Pages are added with addPage(), so the sync console and
// the event-type wizard plug in without changes here; whoever adds a page connects its messages to
// showStatus().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Adds a page under a stable id (used by --page and to remember the last page); Ctrl+1..9 go to the
    // first nine. The window takes ownership. Returns the page's index.
    int addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    QWidget* page(const QString& id) const;
    template <typename T> T* pageAs(const QString& id) const { return qobject_cast<T*>(page(id)); }
    QStringList pageIds() const { return m_pageIds; }
    bool setCurrentPage(const QString& id);
    QString currentPageId() const;

    StatusIndicators* statusIndicators() const { return m_status; }
    QAction* settingsAction() const { return m_settingsAction; }
    // The View menu, for pages that add their own entries.
    QMenu* viewMenu() const { return m_viewMenu; }

public slots:
    // A short message in the status bar (pages' statusMessage signals are connected here).
    void showStatus(const QString& text);

signals:
    void settingsRequested();
    void currentPageChanged(const QString& id);

private:
    void showAbout();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    StatusIndicators* m_status;
    QStringList m_pageIds;
    QAction* m_settingsAction;
    QMenu* m_viewMenu;
};

} // namespace salon::ui
