#include "CalcomBookingPage.h"

namespace salon::drift
{

QUrl CalcomBookingPage::url(const QUrl& apiBaseUrl, const QString& bookingUid)
{
    QUrl page;
    page.setScheme(apiBaseUrl.scheme().isEmpty() ? QStringLiteral("https") : apiBaseUrl.scheme());
    const QString host = apiBaseUrl.host();
    if (host.isEmpty() || host.compare(QLatin1String("api.cal.com"), Qt::CaseInsensitive) == 0) {
        page.setScheme(QStringLiteral("https"));
        page.setHost(QStringLiteral("app.cal.com"));
    } else {
        page.setHost(host);
        page.setPort(apiBaseUrl.port());
    }
    page.setPath(QStringLiteral("/booking/") + bookingUid);
    return page;
}

} // namespace salon::drift
