#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace salon::sandbox
{

struct SandboxUser {
    qint64 id = 0;
    QString username;
    QString name;
    QString email;
    QString timeZone = QStringLiteral("Europe/Berlin");
    // Working hours in timeZone (Cal.com's default schedule): the days (1 = Monday) and the minutes of the
    // day they start and end (1440 = midnight at the end). GET /v2/slots offers slots only inside them.
    QList<int> workDays { 1, 2, 3, 4, 5 };
    int workStartMinute = 9 * 60;
    int workEndMinute = 17 * 60;
};

struct SandboxMembership {
    qint64 id = 0; // membership id, as GET /v2/teams/{id}/memberships reports it
    qint64 userId = 0;
    QString role = QStringLiteral("MEMBER"); // MEMBER | ADMIN | OWNER
};

struct SandboxTeam {
    qint64 id = 0;
    QString slug;
    QString name;
    QList<SandboxMembership> members;
};

struct SandboxApiKey {
    QString key; // full key including the cal_ prefix
    qint64 userId = 0;
    QDateTime expiresAt; // invalid = never
};

// Everything the simulated Cal.com knows. Event types are kept as JSON in Cal.com's own output field names
// (id, teamId, ownerId, parentEventTypeId, title, slug, lengthInMinutes, hidden, schedulingType, hosts[] ...)
// and bookings in BookingOutput_2024_08_13 shape, so a saved state reads like API answers.
// The format is documented in docs/sandbox.md.
class SandboxState
{
public:
    QList<SandboxUser> users;
    QList<SandboxTeam> teams;
    QList<QJsonObject> eventTypes;
    QList<QJsonObject> bookings;
    QList<SandboxApiKey> apiKeys;

    static std::optional<SandboxState> fromJson(const QJsonObject& json, QString* error = nullptr);
    QJsonObject toJson() const;
    static std::optional<SandboxState> loadFile(const QString& path, QString* error = nullptr);
    bool saveFile(const QString& path, QString* error = nullptr) const;
    // Built-in scenarios compiled in as resources (":/scenarios/<name>-calcom.json"), e.g. "incident".
    static std::optional<SandboxState> fromScenario(const QString& name, QString* error = nullptr);

    const SandboxUser* user(qint64 id) const;
    const SandboxUser* userByUsername(const QString& username) const;
    const SandboxTeam* team(qint64 id) const;
    const SandboxTeam* teamBySlug(const QString& slug) const;
    // Role of the user in the team, or an empty string for non-members.
    QString roleIn(qint64 teamId, qint64 userId) const;
    QList<const SandboxTeam*> teamsOf(qint64 userId) const;

    QJsonObject* eventType(qint64 id);
    const QJsonObject* eventType(qint64 id) const;
    bool removeEventType(qint64 id);
    // Event types owned by a user (personal ones and managed children).
    QList<const QJsonObject*> eventTypesOwnedBy(qint64 userId) const;
    QList<const QJsonObject*> childrenOf(qint64 parentId) const;

    QJsonObject* booking(const QString& uid);
    const QJsonObject* booking(const QString& uid) const;

    // Registers (or re-points) an API key.
    void addApiKey(const QString& key, qint64 userId);
    const SandboxApiKey* apiKey(const QString& key) const;

    // Ids are allocated above the highest id present, per collection.
    qint64 nextEventTypeId();
    qint64 nextBookingId();
    qint64 nextMembershipId();

private:
    qint64 m_lastEventTypeId = 0;
    qint64 m_lastBookingId = 0;
    qint64 m_lastMembershipId = 0;
};

} // namespace salon::sandbox
