#include "BookingPage.h"

#include <QJsonArray>

namespace salon::calcom
{

Expected<BookingPage, QString> BookingPage::fromResponse(const QJsonObject& root)
{
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return Unexpected(QStringLiteral("expected a list of bookings"));
    auto bookings = Booking::listFromJson(data);
    if (!bookings)
        return Unexpected(bookings.error());
    BookingPage page;
    page.bookings = *bookings;
    const QJsonValue pagination = root.value(QLatin1String("pagination"));
    if (pagination.isObject()) {
        auto p = Pagination::fromJson(pagination);
        if (!p)
            return Unexpected(p.error());
        page.pagination = *p;
        page.hasPagination = true;
    }
    return page;
}

} // namespace salon::calcom
