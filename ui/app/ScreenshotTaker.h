#pragma once

#include "core/common/Job.h"

#include <QElapsedTimer>
#include <QPointer>

class QTimer;

namespace salon::ui
{

class MainWindow;

// --screenshot: renders the window to a PNG once the current page shows its first rows (or after 15 s),
// for the docs and the demo smoke tests. Fails when the file cannot be written.
class ScreenshotTaker : public Job
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow* window, QString path, QObject* parent = nullptr);

    QString path() const { return m_path; }

protected:
    void doStart() override;

private:
    bool currentPageLoaded() const;
    void save();

    QPointer<MainWindow> m_window;
    QString m_path;
    QTimer* m_poll = nullptr;
    QElapsedTimer m_clock;
};

} // namespace salon::ui
