#pragma once

#include "CalcomError.h"

#include <QByteArray>

namespace salon::calcom
{

// When CalcomRequest re-sends by itself: only safe methods (GET, DELETE, PATCH — they set absolute state),
// only for transient failures (network, server, rateLimited), a bounded number of times, with exponential
// backoff and jitter. POSTs (bookings, event-type creation, cancel) are never re-sent: the caller
// reconciles first (look the slug or the booking metadata up), since Cal.com may have acted anyway.
struct RetryPolicy {
    int maxAttempts = 4; // including the first; 1 disables retries
    int baseDelayMs = 1000; // delay before the 2nd attempt, doubled for each further one
    int maxDelayMs = 30000; // cap for one delay
    double jitter = 0.5; // the delay is scaled by a random factor in [1 - jitter, 1]

    static bool isSafeMethod(const QByteArray& method);
    // Whether attempt number `attemptsMade` (1-based) may be followed by another one.
    bool shouldRetry(const QByteArray& method, CalcomError::Category category, int attemptsMade) const;
    // The wait before attempt `attemptsMade + 1`.
    int delayMs(int attemptsMade) const;
};

} // namespace salon::calcom
