#pragma once

#include "CalcomSnapshot.h"
#include "SnapshotAnswers.h"

namespace salon::rehearsal
{

// Turns the answers of a snapshot's GET requests into the sandbox's state format (docs/sandbox.md), without
// I/O: team event types with their hosts (a MANAGED parent keeps `hosts: []`, the sandbox derives them
// from its children), the members' own event types (children and personal), the bookings as Cal.com sent
// them. A MANAGED parent that lists a user as host whose child the key cannot see (hidden) gets a hidden
// stand-in child, so the served parent lists the same hosts; its id is taken from a booking on that child
// when there is one, else made up above every id seen. Every such guess is a SnapshotGap.
class SnapshotStateBuilder
{
public:
    static CalcomSnapshot build(const SnapshotAnswers& answers, const QDateTime& from, const QDateTime& to);
};

} // namespace salon::rehearsal
