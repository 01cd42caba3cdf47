#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace salon::calcom
{

bool RetryPolicy::isSafeMethod(const QByteArray& method)
{
    return method == "GET" || method == "DELETE" || method == "PATCH";
}

bool RetryPolicy::shouldRetry(
    const QByteArray& method, CalcomError::Category category, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts || !isSafeMethod(method))
        return false;
    return category == CalcomError::Category::Network || category == CalcomError::Category::Server
        || category == CalcomError::Category::RateLimited;
}

int RetryPolicy::delayMs(int attemptsMade) const
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 full = std::min<qint64>(qint64(baseDelayMs) << exponent, maxDelayMs);
    // Jitter spreads clients that failed together, so they do not return together.
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * QRandomGenerator::global()->generateDouble();
    return int(std::max<qint64>(0, qint64(full * factor)));
}

} // namespace salon::calcom
