#include "ScreenshotTaker.h"

#include "core/common/Logging.h"
#include "ui/MainWindow.h"
#include "ui/pages/TablePage.h"

#include <QTimer>

namespace salon::ui
{

namespace
{
constexpr int kLongestWaitMs = 15000;
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow* window, QString path, QObject* parent)
    : Job(parent)
    , m_window(window)
    , m_path(std::move(path))
{
}

void ScreenshotTaker::doStart()
{
    m_clock.start();
    m_poll = new QTimer(this);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!currentPageLoaded() && m_clock.elapsed() < kLongestWaitMs)
            return;
        m_poll->stop();
        // One more turn of the event loop so the rows that just arrived are painted.
        QTimer::singleShot(150, this, &ScreenshotTaker::save);
    });
    m_poll->start();
}

bool ScreenshotTaker::currentPageLoaded() const
{
    if (!m_window)
        return true;
    QWidget* current = m_window->page(m_window->currentPageId());
    // A page that is not a table says whether it has loaded through a "loaded" property (the Day page).
    if (const QVariant loaded = current ? current->property("loaded") : QVariant(); loaded.isValid())
        return loaded.toBool();
    auto* page = qobject_cast<TablePage*>(current);
    if (!page)
        return true;
    const LazyTableModel* model = page->model();
    return model->isCountKnown() && (model->rowCount() == 0 || model->isRowLoaded(0));
}

void ScreenshotTaker::save()
{
    if (m_window && m_window->grab().save(m_path, "PNG"))
        return finishOk();
    qCWarning(lcUi) << "cannot save the screenshot to" << m_path;
    finishWithError(tr("Cannot save the screenshot to %1.").arg(m_path));
}

} // namespace salon::ui
