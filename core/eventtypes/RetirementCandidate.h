#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace salon::eventtypes
{

// A replaced MANAGED parent that may be deleted from Cal.com, and why not when it may not.
struct RetirementCandidate {
    Q_DECLARE_TR_FUNCTIONS(salon::eventtypes::RetirementCandidate)
public:
    enum class State { Listed, Deleting, Deleted, Failed, Kept };

    qint64 eventTypeId = 0;
    QString title;
    QString slug;
    QList<QPair<qint64, QString>> segments; // (service id, segment key) whose map rows pointed to it
    // Map rows or phases that still refer to it (translated); empty = safe to delete.
    QStringList blockers;
    State state = State::Listed;
    QString message; // Cal.com's message on failure

    bool isSafe() const { return blockers.isEmpty(); }
    QJsonObject toJson() const;
    static QString stateName(State state);
    static QString stateLabel(State state);
};

} // namespace salon::eventtypes
