#pragma once

#include <QString>
#include <QUrl>

namespace salon::drift
{

// Where a booking is shown in Cal.com's web app, for "Open in Cal.com": the API of cal.com itself
// (api.cal.com) belongs to the app at app.cal.com; a self-hosted instance (or the sandbox) serves its app on
// the API's own host. The page is /booking/<uid>, the link Cal.com's e-mails carry.
class CalcomBookingPage
{
public:
    static QUrl url(const QUrl& apiBaseUrl, const QString& bookingUid);
};

} // namespace salon::drift
