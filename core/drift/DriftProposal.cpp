#include "DriftProposal.h"

#include <QJsonArray>

namespace salon::drift
{

QJsonObject DriftProposal::toJson() const
{
    QJsonArray list;
    for (DriftChoice c : choices)
        list.append(DriftChoices::name(c));
    QJsonObject o { { QStringLiteral("choices"), list }, { QStringLiteral("reason"), reason } };
    if (canApply())
        o.insert(QStringLiteral("recommended"), DriftChoices::name(recommended()));
    return o;
}

} // namespace salon::drift
