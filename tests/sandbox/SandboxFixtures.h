#pragma once

#include "SandboxState.h"

#include <QByteArray>

namespace salon::sandbox::test
{

// A small team for route tests: team 100 "salon" with owner 1 (key kAdminKey), members 2 (kMemberKey) and
// 3, and user 4 outside the team (kOutsiderKey).
class SandboxFixtures
{
public:
    static constexpr qint64 kTeamId = 100;
    static constexpr qint64 kOwner = 1;
    static constexpr qint64 kAlice = 2;
    static constexpr qint64 kBob = 3;
    static constexpr qint64 kOutsider = 4;
    static inline const QByteArray kAdminKey = "cal_test_admin";
    static inline const QByteArray kMemberKey = "cal_test_member";
    static inline const QByteArray kOutsiderKey = "cal_test_outsider";

    static SandboxState smallTeam();
};

} // namespace salon::sandbox::test
