#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace salon::drift
{

// What the admin can do about one change made in Cal.com (issue 17). The names are what the CLI's
// --apply KIND:CHOICE and the JSON use.
enum class DriftChoice {
    CancelAppointment, // a step was cancelled in Cal.com: cancel the other steps too (lifecycle service)
    BookAgain, // book the step again by the next sync
    FollowCalcom, // take Cal.com's booking, time or host into the phase
    MoveAppointment, // move the whole appointment so the rescheduled step fits again
    MoveStepBack, // reschedule the step back to the phase's time
    Adopt, // store the booking Cal.com made for a pending or failed phase: no second booking
    CancelOther, // cancel the booking the phase does not store
    PutBackHost, // Cal.com gave the step to another host: book it with our staff member again (re-staff path)
};

struct DriftChoices {
    Q_DECLARE_TR_FUNCTIONS(salon::drift::DriftChoices)
public:
    static QString name(DriftChoice choice);
    static std::optional<DriftChoice> fromName(const QString& name);
    // One line for people ("cancel the whole appointment").
    static QString label(DriftChoice choice);
};

} // namespace salon::drift
