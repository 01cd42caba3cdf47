#pragma once

#include "CalcomConnection.h"

#include <QWidget>

class QLabel;

namespace salon::ui
{

// The status bar's permanent part: which database is open and how the Cal.com connection stands
// (team, user, remaining rate-limit budget). Fed by setters/slots, so the Cal.com client and the sync
// console connect their signals here without the window knowing them.
class StatusIndicators : public QWidget
{
    Q_OBJECT
public:
    enum class CalcomState { NotConfigured, Connecting, Connected, Failed };
    Q_ENUM(CalcomState)

    explicit StatusIndicators(QWidget* parent = nullptr);
    // The indicator's state for a connection state.
    static CalcomState calcomState(CalcomConnection::State state);

    QString databaseText() const;
    QString calcomText() const;
    QString rateLimitText() const;
    // The full text of the last look (the label shows its short form; this is its tooltip).
    QString calcomCheckText() const;
    QString calcomCheckShortText() const;

public slots:
    void setDatabase(const QString& description, bool open);
    void setCalcomState(salon::ui::StatusIndicators::CalcomState state, const QString& detail = {});
    void setCalcomTeam(const QString& team);
    void setCalcomUser(const QString& user);
    // remaining of limit requests left in the current window; limit <= 0 hides the indicator.
    void setRateLimitBudget(int remaining, int limit);
    // When Cal.com was last checked for changes made there: shortText in the bar ("checked 10:42"), text in
    // its tooltip ("Cal.com checked 10:42" or the failure with its cause); failed: said loudly.
    void setCalcomCheck(const QString& shortText, const QString& text, bool failed);

private:
    void updateCalcom();

    QLabel* m_database;
    QLabel* m_calcom;
    QLabel* m_rateLimit;
    QLabel* m_calcomCheck;
    CalcomState m_state = CalcomState::NotConfigured;
    QString m_detail;
    QString m_team;
    QString m_user;
};

} // namespace salon::ui
