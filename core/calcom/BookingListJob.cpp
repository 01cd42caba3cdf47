#include "BookingListJob.h"

#include "CalcomClient.h"

namespace salon::calcom
{

namespace
{
// A guard against a server that keeps saying "hasNextPage" (100 000 bookings at the default page size).
constexpr int kMaxPages = 1000;
} // namespace

BookingListJob::BookingListJob(CalcomClient* client, const BookingQuery& query)
    : CalcomJob(client)
    , m_client(client)
    , m_query(query)
{
}

BookingListJob::~BookingListJob()
{
    if (m_current)
        m_current->cancel(); // the page request would otherwise run on for nobody
}

void BookingListJob::start()
{
    fetchPage();
}

void BookingListJob::fetchPage()
{
    if (isDone())
        return;
    if (!m_client) {
        finishWithError(CalcomError::cancelled(QStringLiteral("GET"), QStringLiteral("/bookings")));
        return;
    }
    auto* page = m_client->bookingsPage(m_query);
    m_current = page;
    connect(page, &CalcomJob::finished, this, [this, page] {
        m_current = nullptr;
        if (isDone())
            return;
        if (page->hasError()) {
            finishWithError(page->error());
            return;
        }
        const BookingPage& result = page->result();
        m_bookings += result.bookings;
        ++m_pages;
        const int returned = result.hasPagination && result.pagination.returnedItems > 0
            ? result.pagination.returnedItems
            : int(result.bookings.size());
        emit progress(int(m_bookings.size()), result.hasPagination ? result.pagination.totalItems : 0);

        const bool more = result.hasPagination
            ? result.pagination.hasNextPage
            : result.bookings.size() >= m_query.take; // no pagination: guess
        if (!more || returned <= 0 || m_pages >= kMaxPages) {
            finishOk();
            return;
        }
        m_query.skip += returned;
        fetchPage();
    });
}

void BookingListJob::doCancel()
{
    if (isDone())
        return;
    if (m_current)
        m_current->cancel();
    finishWithError(CalcomError::cancelled(QStringLiteral("GET"), QStringLiteral("/bookings")));
}

} // namespace salon::calcom
