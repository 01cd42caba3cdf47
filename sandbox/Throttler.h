#pragma once

#include <QHash>
#include <QString>

namespace salon::sandbox
{

// Cal.com's API-key throttler (API-FACTS §5, §11.6): a fixed window per tracker (the key, or the caller's
// address without one). Request limit+1 in a window gets 429 and starts a block; while blocked every request
// gets 429 with Remaining 0; when the block ends a fresh window starts.
class Throttler
{
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; // Math.ceil(ms / 1000) of the window or block left
    };

    // Counts one request of `tracker` at `nowMs` under the given limit, window and block length.
    Decision hit(const QString& tracker, qint64 nowMs, int limit, qint64 windowMs, qint64 blockMs);
    void reset() { m_buckets.clear(); }

private:
    struct Bucket {
        qint64 windowEndMs = 0;
        int hits = 0;
        bool blocked = false;
        qint64 blockEndMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace salon::sandbox
