#pragma once

#include <QString>

namespace salon::sandbox
{

// Behaviour switches of the simulated Cal.com. Defaults follow API-FACTS.md (newest known behaviour where
// builds differ); every switch exists because real Cal.com builds differ on it.
struct SandboxOptions {
    // Rate limiting (API-FACTS §5, §11.6): per key, fixed window, block after the first 429.
    int rateLimit = 120;
    qint64 rateWindowMs = 60'000;
    qint64 rateBlockMs = 60'000;

    // Status for "slot taken" (§3.2 row 7): 400 from the bookings error mapper, 409 in newer builds.
    int slotTakenStatus = 400;

    // PATCH with a `slug` runs the team-slug check without excluding the event type itself (§2.4).
    bool patchSlugCollidesWithSelf = true;

    // 401 texts carry the "ApiAuthStrategy - " prefix in newer builds (§11.1).
    bool prefixedAuthMessages = true;

    // Error envelopes carry Nest's getResponse() as `details` (older builds; production omits it).
    bool errorDetails = true;

    // Pagination counter name: the spec says returnedItems, one build says itemsReturned (§0.3).
    QString paginationReturnedKey = QStringLiteral("returnedItems");

    // A host's cancel without cancellationReason answers 400 "Cancellation reason is required when you are
    // the host" (§12.6, handleCancelBooking); cancel-side-effects.e2e-spec.ts of another build accepts {}.
    bool hostCancelNeedsReason = true;

    // Fixed latency added to every answer, in milliseconds.
    int latencyMs = 0;
};

} // namespace salon::sandbox
