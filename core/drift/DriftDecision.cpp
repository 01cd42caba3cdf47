#include "DriftDecision.h"

namespace salon::drift
{

QString DriftOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Applied:
        return QStringLiteral("applied");
    case Result::Planned:
        return QStringLiteral("planned");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject DriftOutcome::toJson() const
{
    QJsonObject o = decision.item.toJson();
    o.insert(QStringLiteral("choice"), DriftChoices::name(decision.choice));
    o.insert(QStringLiteral("result"), resultName(result));
    o.insert(QStringLiteral("resultMessage"), message);
    return o;
}

} // namespace salon::drift
