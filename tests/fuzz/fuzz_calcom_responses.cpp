// libFuzzer target: whatever Cal.com (or a proxy in front of it) answers, the client's parsers turn it
// into typed data or an error that names what is wrong — never a crash or a sanitizer report.
#include "calcom/Booking.h"
#include "calcom/CalcomError.h"
#include "calcom/EventType.h"
#include "calcom/Me.h"
#include "calcom/Pagination.h"
#include "calcom/Team.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace salon::calcom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status the body came with.
    static const int statuses[] = { 200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503 };
    const int status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    if (status >= 300) {
        const CalcomError error = CalcomError::fromHttpResponse(
            status, body, QStringLiteral("POST"), QStringLiteral("/v2/bookings"), QStringLiteral("req"));
        if (error.userMessage().isEmpty())
            __builtin_trap(); // an admin must always read something
        return 0;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue dataValue = doc.isObject() ? doc.object().value(QStringLiteral("data")) : QJsonValue();
    (void)EventType::fromJson(dataValue);
    (void)EventType::listFromJson(dataValue);
    (void)Booking::fromJson(dataValue);
    (void)Booking::listFromJson(dataValue);
    (void)Team::listFromJson(dataValue);
    (void)Me::fromJson(dataValue);
    if (doc.isObject())
        (void)Pagination::fromJson(doc.object().value(QStringLiteral("pagination")));
    return 0;
}
