#pragma once

#include "Booking.h"
#include "BookingQuery.h"
#include "CalcomJob.h"

#include <QPointer>

namespace salon::calcom
{

class CalcomClient;
class CalcomRequest;

// Lists bookings across pages: GET /v2/bookings with take/skip, advancing by the items each page returned
// (pagination.returnedItems or itemsReturned) until hasNextPage is false. Every page goes through the
// rate limiter; a failing page fails the job (pages already read stay in bookings()).
class BookingListJob : public CalcomJob
{
    Q_OBJECT
public:
    BookingListJob(CalcomClient* client, const BookingQuery& query);
    ~BookingListJob() override;

    const QList<Booking>& bookings() const { return m_bookings; }
    // Same as bookings(), for symmetry with CalcomReply<T>::result().
    const QList<Booking>& result() const { return m_bookings; }
    int pagesFetched() const { return m_pages; }

    // Starts the first page; CalcomClient::listBookings() calls it.
    void start();

signals:
    // After each page: bookings read so far and the total Cal.com reports (0 when unknown).
    void progress(int fetched, int total);

protected:
    void doCancel() override;

private:
    void fetchPage();

    QPointer<CalcomClient> m_client;
    BookingQuery m_query;
    QList<Booking> m_bookings;
    QPointer<CalcomRequest> m_current;
    int m_pages = 0;
};

} // namespace salon::calcom
