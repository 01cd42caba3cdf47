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

std::optional<DriftChoice> DriftProposal::putBack() const
{
    // Booking the step with our staff member again is putting Cal.com back even as the only choice.
    if (choices.contains(DriftChoice::PutBackHost))
        return DriftChoice::PutBackHost;
    for (qsizetype i = 1; i < choices.size(); ++i)
        if (choices[i] == DriftChoice::BookAgain || choices[i] == DriftChoice::MoveStepBack)
            return choices[i];
    return std::nullopt;
}

} // namespace salon::drift
