#include "SandboxState.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace salon::sandbox
{

namespace
{

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

qint64 idOf(const QJsonObject& o)
{
    return o.value(QLatin1String("id")).toInteger();
}

// "09:00" -> 540; "24:00" -> 1440; -1 when unreadable.
int minuteOfDay(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool okHours = false;
    bool okMinutes = false;
    const int hours = parts.value(0).toInt(&okHours);
    const int minutes = parts.value(1).toInt(&okMinutes);
    if (parts.size() != 2 || !okHours || !okMinutes || hours < 0 || minutes < 0 || minutes > 59)
        return -1;
    const int total = hours * 60 + minutes;
    return total <= 24 * 60 ? total : -1;
}

bool readWorkingHours(const QJsonObject& hours, SandboxUser* user)
{
    if (hours.contains(QLatin1String("days"))) {
        user->workDays.clear();
        for (const QJsonValue& d : hours.value(QLatin1String("days")).toArray()) {
            const int day = d.toInt();
            if (day < 1 || day > 7)
                return false;
            user->workDays.append(day);
        }
    }
    if (hours.contains(QLatin1String("start")))
        user->workStartMinute = minuteOfDay(hours.value(QLatin1String("start")).toString());
    if (hours.contains(QLatin1String("end")))
        user->workEndMinute = minuteOfDay(hours.value(QLatin1String("end")).toString());
    return user->workStartMinute >= 0 && user->workEndMinute > user->workStartMinute;
}

QString hhmm(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject& json, QString* error)
{
    SandboxState state;
    for (const QJsonValue& v : json.value(QLatin1String("users")).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxUser u;
        u.id = o.value(QLatin1String("id")).toInteger();
        u.username = o.value(QLatin1String("username")).toString();
        u.name = o.value(QLatin1String("name")).toString();
        u.email = o.value(QLatin1String("email")).toString();
        u.timeZone = o.value(QLatin1String("timeZone")).toString(QStringLiteral("Europe/Berlin"));
        if (u.id <= 0 || u.username.isEmpty()) {
            fail(error, QStringLiteral("users[]: every user needs a positive id and a username"));
            return std::nullopt;
        }
        if (u.email.isEmpty())
            u.email = u.username + QStringLiteral("@example.com");
        if (const QJsonObject hours = o.value(QLatin1String("workingHours")).toObject(); !hours.isEmpty()) {
            if (!readWorkingHours(hours, &u)) {
                fail(error,
                    QStringLiteral(
                        "users[%1].workingHours: days 1-7, start and end as HH:MM (end up to 24:00, "
                        "after start)")
                        .arg(u.id));
                return std::nullopt;
            }
        }
        state.users.append(u);
    }
    for (const QJsonValue& v : json.value(QLatin1String("teams")).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxTeam t;
        t.id = o.value(QLatin1String("id")).toInteger();
        t.slug = o.value(QLatin1String("slug")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        for (const QJsonValue& mv : o.value(QLatin1String("members")).toArray()) {
            const QJsonObject m = mv.toObject();
            SandboxMembership membership;
            membership.id = m.value(QLatin1String("id")).toInteger();
            membership.userId = m.value(QLatin1String("userId")).toInteger();
            membership.role = m.value(QLatin1String("role")).toString(QStringLiteral("MEMBER")).toUpper();
            if (!state.user(membership.userId)) {
                fail(error,
                    QStringLiteral("teams[%1].members: unknown user %2").arg(t.id).arg(membership.userId));
                return std::nullopt;
            }
            t.members.append(membership);
        }
        if (t.id <= 0) {
            fail(error, QStringLiteral("teams[]: every team needs a positive id"));
            return std::nullopt;
        }
        state.teams.append(t);
    }
    for (const QJsonValue& v : json.value(QLatin1String("eventTypes")).toArray()) {
        QJsonObject o = v.toObject();
        if (idOf(o) <= 0 || o.value(QLatin1String("slug")).toString().isEmpty()) {
            fail(error, QStringLiteral("eventTypes[]: every event type needs a positive id and a slug"));
            return std::nullopt;
        }
        state.eventTypes.append(o);
    }
    for (const QJsonValue& v : json.value(QLatin1String("bookings")).toArray())
        state.bookings.append(v.toObject());
    for (const QJsonValue& v : json.value(QLatin1String("apiKeys")).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxApiKey key;
        key.key = o.value(QLatin1String("key")).toString();
        key.userId = o.value(QLatin1String("userId")).toInteger();
        key.expiresAt
            = QDateTime::fromString(o.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
        state.apiKeys.append(key);
    }
    // Memberships without an id get one, so the memberships route can report it.
    for (SandboxTeam& t : state.teams)
        for (SandboxMembership& m : t.members)
            if (m.id <= 0)
                m.id = state.nextMembershipId();
    return state;
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray usersJson;
    for (const SandboxUser& u : users) {
        QJsonObject user { { QStringLiteral("id"), u.id }, { QStringLiteral("username"), u.username },
            { QStringLiteral("name"), u.name }, { QStringLiteral("email"), u.email },
            { QStringLiteral("timeZone"), u.timeZone } };
        const SandboxUser defaults;
        if (u.workDays != defaults.workDays || u.workStartMinute != defaults.workStartMinute
            || u.workEndMinute != defaults.workEndMinute) {
            QJsonArray days;
            for (int d : u.workDays)
                days.append(d);
            user.insert(QStringLiteral("workingHours"),
                QJsonObject { { QStringLiteral("days"), days },
                    { QStringLiteral("start"), hhmm(u.workStartMinute) },
                    { QStringLiteral("end"), hhmm(u.workEndMinute) } });
        }
        usersJson.append(user);
    }
    QJsonArray teamsJson;
    for (const SandboxTeam& t : teams) {
        QJsonArray members;
        for (const SandboxMembership& m : t.members)
            members.append(QJsonObject { { QStringLiteral("id"), m.id },
                { QStringLiteral("userId"), m.userId }, { QStringLiteral("role"), m.role } });
        teamsJson.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("slug"), t.slug },
            { QStringLiteral("name"), t.name }, { QStringLiteral("members"), members } });
    }
    QJsonArray eventTypesJson;
    for (const QJsonObject& e : eventTypes)
        eventTypesJson.append(e);
    QJsonArray bookingsJson;
    for (const QJsonObject& b : bookings)
        bookingsJson.append(b);
    QJsonArray keysJson;
    for (const SandboxApiKey& k : apiKeys) {
        QJsonObject o { { QStringLiteral("key"), k.key }, { QStringLiteral("userId"), k.userId } };
        if (k.expiresAt.isValid())
            o.insert(QStringLiteral("expiresAt"), k.expiresAt.toUTC().toString(Qt::ISODateWithMs));
        keysJson.append(o);
    }
    return QJsonObject { { QStringLiteral("users"), usersJson }, { QStringLiteral("teams"), teamsJson },
        { QStringLiteral("eventTypes"), eventTypesJson }, { QStringLiteral("bookings"), bookingsJson },
        { QStringLiteral("apiKeys"), keysJson } };
}

std::optional<SandboxState> SandboxState::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        fail(error, QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

bool SandboxState::saveFile(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<SandboxState> SandboxState::fromScenario(const QString& name, QString* error)
{
    const QString path = QStringLiteral(":/scenarios/%1-calcom.json").arg(name);
    if (!QFile::exists(path)) {
        fail(error, QStringLiteral("unknown scenario '%1'").arg(name));
        return std::nullopt;
    }
    return loadFile(path, error);
}

const SandboxUser* SandboxState::user(qint64 id) const
{
    for (const SandboxUser& u : users)
        if (u.id == id)
            return &u;
    return nullptr;
}

const SandboxUser* SandboxState::userByUsername(const QString& username) const
{
    for (const SandboxUser& u : users)
        if (u.username == username)
            return &u;
    return nullptr;
}

const SandboxTeam* SandboxState::team(qint64 id) const
{
    for (const SandboxTeam& t : teams)
        if (t.id == id)
            return &t;
    return nullptr;
}

const SandboxTeam* SandboxState::teamBySlug(const QString& slug) const
{
    for (const SandboxTeam& t : teams)
        if (t.slug == slug)
            return &t;
    return nullptr;
}

QString SandboxState::roleIn(qint64 teamId, qint64 userId) const
{
    if (const SandboxTeam* t = team(teamId))
        for (const SandboxMembership& m : t->members)
            if (m.userId == userId)
                return m.role;
    return {};
}

QList<const SandboxTeam*> SandboxState::teamsOf(qint64 userId) const
{
    QList<const SandboxTeam*> result;
    for (const SandboxTeam& t : teams)
        if (!roleIn(t.id, userId).isEmpty())
            result.append(&t);
    return result;
}

QJsonObject* SandboxState::eventType(qint64 id)
{
    for (QJsonObject& e : eventTypes)
        if (idOf(e) == id)
            return &e;
    return nullptr;
}

const QJsonObject* SandboxState::eventType(qint64 id) const
{
    for (const QJsonObject& e : eventTypes)
        if (idOf(e) == id)
            return &e;
    return nullptr;
}

bool SandboxState::removeEventType(qint64 id)
{
    return eventTypes.removeIf([id](const QJsonObject& e) { return idOf(e) == id; }) > 0;
}

QList<const QJsonObject*> SandboxState::eventTypesOwnedBy(qint64 userId) const
{
    QList<const QJsonObject*> result;
    for (const QJsonObject& e : eventTypes)
        if (!e.value(QLatin1String("ownerId")).isNull()
            && e.value(QLatin1String("ownerId")).toInteger() == userId)
            result.append(&e);
    return result;
}

QList<const QJsonObject*> SandboxState::childrenOf(qint64 parentId) const
{
    QList<const QJsonObject*> result;
    for (const QJsonObject& e : eventTypes)
        if (!e.value(QLatin1String("parentEventTypeId")).isNull()
            && e.value(QLatin1String("parentEventTypeId")).toInteger() == parentId)
            result.append(&e);
    return result;
}

QJsonObject* SandboxState::booking(const QString& uid)
{
    for (QJsonObject& b : bookings)
        if (b.value(QLatin1String("uid")).toString() == uid)
            return &b;
    return nullptr;
}

const QJsonObject* SandboxState::booking(const QString& uid) const
{
    for (const QJsonObject& b : bookings)
        if (b.value(QLatin1String("uid")).toString() == uid)
            return &b;
    return nullptr;
}

void SandboxState::addApiKey(const QString& key, qint64 userId)
{
    for (SandboxApiKey& k : apiKeys)
        if (k.key == key) {
            k.userId = userId;
            return;
        }
    apiKeys.append(SandboxApiKey { key, userId, {} });
}

const SandboxApiKey* SandboxState::apiKey(const QString& key) const
{
    for (const SandboxApiKey& k : apiKeys)
        if (k.key == key)
            return &k;
    return nullptr;
}

qint64 SandboxState::nextEventTypeId()
{
    qint64 highest = m_lastEventTypeId;
    for (const QJsonObject& e : eventTypes)
        highest = std::max(highest, idOf(e));
    return m_lastEventTypeId = highest + 1;
}

qint64 SandboxState::nextBookingId()
{
    qint64 highest = m_lastBookingId;
    for (const QJsonObject& b : bookings)
        highest = std::max(highest, idOf(b));
    return m_lastBookingId = highest + 1;
}

qint64 SandboxState::nextMembershipId()
{
    qint64 highest = m_lastMembershipId;
    for (const SandboxTeam& t : teams)
        for (const SandboxMembership& m : t.members)
            highest = std::max(highest, m.id);
    return m_lastMembershipId = highest + 1;
}

} // namespace salon::sandbox
