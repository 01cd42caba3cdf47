#include "SandboxFixtures.h"

namespace salon::sandbox::test
{

SandboxState SandboxFixtures::smallTeam()
{
    SandboxState state;
    state.users = {
        SandboxUser { kOwner, QStringLiteral("owner"), QStringLiteral("Olga Owner"),
            QStringLiteral("owner@example.com"), QStringLiteral("Europe/Berlin") },
        SandboxUser { kAlice, QStringLiteral("alice"), QStringLiteral("Alice"),
            QStringLiteral("alice@example.com"), QStringLiteral("Europe/Berlin") },
        SandboxUser { kBob, QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("bob@example.com"),
            QStringLiteral("Europe/Berlin") },
        SandboxUser { kOutsider, QStringLiteral("otto"), QStringLiteral("Otto Outsider"),
            QStringLiteral("otto@example.com"), QStringLiteral("UTC") },
    };
    SandboxTeam team;
    team.id = kTeamId;
    team.slug = QStringLiteral("salon");
    team.name = QStringLiteral("Salon");
    team.members = { SandboxMembership { 10, kOwner, QStringLiteral("OWNER") },
        SandboxMembership { 11, kAlice, QStringLiteral("MEMBER") },
        SandboxMembership { 12, kBob, QStringLiteral("MEMBER") } };
    state.teams = { team };
    state.addApiKey(QString::fromLatin1(kAdminKey), kOwner);
    state.addApiKey(QString::fromLatin1(kMemberKey), kAlice);
    state.addApiKey(QString::fromLatin1(kOutsiderKey), kOutsider);
    return state;
}

} // namespace salon::sandbox::test
