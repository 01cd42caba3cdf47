#pragma once

#include "Booking.h"
#include "Pagination.h"

namespace salon::calcom
{

// One page of GET /v2/bookings.
struct BookingPage {
    QList<Booking> bookings;
    Pagination pagination;
    bool hasPagination = false; // false when the build sent none

    // Parses the whole response object {status, data:[...], pagination:{...}}.
    static Expected<BookingPage, QString> fromResponse(const QJsonObject& root);
};

} // namespace salon::calcom
