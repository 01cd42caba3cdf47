#include "DriftChoice.h"

#include <array>

namespace salon::drift
{

namespace
{
constexpr std::array kAll { DriftChoice::CancelAppointment, DriftChoice::BookAgain, DriftChoice::FollowCalcom,
    DriftChoice::MoveAppointment, DriftChoice::MoveStepBack, DriftChoice::Adopt, DriftChoice::CancelOther,
    DriftChoice::PutBackHost };
} // namespace

QString DriftChoices::name(DriftChoice choice)
{
    switch (choice) {
    case DriftChoice::CancelAppointment:
        return QStringLiteral("cancel-appointment");
    case DriftChoice::BookAgain:
        return QStringLiteral("book-again");
    case DriftChoice::FollowCalcom:
        return QStringLiteral("follow");
    case DriftChoice::MoveAppointment:
        return QStringLiteral("move-appointment");
    case DriftChoice::MoveStepBack:
        return QStringLiteral("move-back");
    case DriftChoice::Adopt:
        return QStringLiteral("adopt");
    case DriftChoice::CancelOther:
        return QStringLiteral("cancel-other");
    case DriftChoice::PutBackHost:
        return QStringLiteral("put-back");
    }
    return {};
}

std::optional<DriftChoice> DriftChoices::fromName(const QString& name)
{
    for (DriftChoice c : kAll)
        if (DriftChoices::name(c) == name.trimmed().toLower())
            return c;
    return std::nullopt;
}

QString DriftChoices::label(DriftChoice choice)
{
    switch (choice) {
    case DriftChoice::CancelAppointment:
        return tr("cancel the whole appointment");
    case DriftChoice::BookAgain:
        return tr("book the step again");
    case DriftChoice::FollowCalcom:
        return tr("take Cal.com's change into the appointment");
    case DriftChoice::MoveAppointment:
        return tr("move the whole appointment to match");
    case DriftChoice::MoveStepBack:
        return tr("move the step back in Cal.com");
    case DriftChoice::Adopt:
        return tr("adopt the booking (no second booking)");
    case DriftChoice::CancelOther:
        return tr("keep the stored booking, cancel the other");
    case DriftChoice::PutBackHost:
        return tr("book the step with the salon's staff member again (Cal.com's booking with the other host "
                  "is cancelled)");
    }
    return {};
}

} // namespace salon::drift
