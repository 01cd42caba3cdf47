#pragma once

#include "SandboxServer.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace salon::test
{

// The sandbox playing "the salon's live Cal.com account" for the snapshot and rehearsal tests: the
// incident's team 12345 plus what a real account has and a key cannot fully see — a MANAGED parent
// "Waschen" with a visible child (Fabian), a hidden child of another member (Lena: invisible to the
// admin's key) and a hidden child of the key's own user, a round-robin and a collective team type — and
// bookings made through the API: on the round robin, on Lena's hidden child, a cancelled one, and one
// outside the period.
struct LiveAccount {
    static constexpr qint64 kTeam = 12345;
    static constexpr qint64 kAdmin = 1346400;
    static constexpr qint64 kFabian = 1346406;
    static constexpr qint64 kFabian2 = 1346408;
    static constexpr qint64 kLena = 1346410;
    static constexpr qint64 kParent = 4'000'000;
    static constexpr qint64 kFabianChild = 4'000'001;
    static constexpr qint64 kLenaHiddenChild = 4'000'002;
    static constexpr qint64 kAdminHiddenChild = 4'000'003;
    static constexpr qint64 kRoundRobin = 4'000'010;
    static constexpr qint64 kCollective = 4'000'011;
    static inline const QString kApiKey = QStringLiteral("cal_sandbox_demo_key");

    // The period the tests snapshot; one booking lies after it.
    static QDateTime from() { return QDateTime(QDate(2030, 11, 1), QTime(0, 0), Qt::UTC); }
    static QDateTime to() { return QDateTime(QDate(2030, 12, 31), QTime(0, 0), Qt::UTC); }

    // Started on a free port, the bookings made; nullptr (and *error) when something failed.
    static std::unique_ptr<sandbox::SandboxServer> start(QString* error);
};

} // namespace salon::test
