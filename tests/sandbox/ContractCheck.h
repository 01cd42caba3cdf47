#pragma once

#include "RequestLog.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace salon::sandbox::test
{

// Runs tests/contract/validate.mjs (ajv against the official Cal.com OpenAPI document) over exchanges
// recorded in a sandbox RequestLog: every request's parameters and body, every 2xx answer's body.
// Usable by any test that talks to the sandbox. Setup: scripts/contract-setup.sh.
class ContractCheck
{
public:
    struct Result {
        bool passed = false;
        QString output; // the validator's report
    };

    // env SALON_OPENAPI_SPEC (to try a newer document), else tests/contract/openapi-v2.json.
    static QString specPath();
    static QString validatorDir();
    // Why the validator cannot run here (node, node_modules or the spec missing); empty when it can.
    static QString unavailableReason();
    // One JSON line per exchange; requests whose sequence is in `requestsNotChecked` were invalid on purpose.
    static QByteArray toJsonLines(
        const QList<LoggedRequest>& entries, const QSet<qint64>& requestsNotChecked = {});
    static Result validate(const QList<LoggedRequest>& entries, const QSet<qint64>& requestsNotChecked = {});
};

} // namespace salon::sandbox::test
