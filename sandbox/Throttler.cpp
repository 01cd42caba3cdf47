#include "Throttler.h"

namespace salon::sandbox
{

namespace
{
int ceilSeconds(qint64 ms)
{
    return int((ms + 999) / 1000);
}
} // namespace

Throttler::Decision Throttler::hit(
    const QString& tracker, qint64 nowMs, int limit, qint64 windowMs, qint64 blockMs)
{
    Bucket& bucket = m_buckets[tracker];
    if (bucket.blocked && nowMs >= bucket.blockEndMs) {
        bucket.blocked = false;
        bucket.hits = 0;
        bucket.windowEndMs = 0;
    }
    if (bucket.blocked)
        return Decision { false, limit, 0, ceilSeconds(bucket.blockEndMs - nowMs) };
    if (nowMs >= bucket.windowEndMs) {
        bucket.windowEndMs = nowMs + windowMs;
        bucket.hits = 0;
    }
    ++bucket.hits;
    if (bucket.hits > limit) {
        bucket.blocked = true;
        bucket.blockEndMs = nowMs + blockMs;
        return Decision { false, limit, 0, ceilSeconds(blockMs) };
    }
    return Decision { true, limit, limit - bucket.hits, ceilSeconds(bucket.windowEndMs - nowMs) };
}

} // namespace salon::sandbox
