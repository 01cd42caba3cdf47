#include "StatusIndicators.h"
#include <QDir>
#include <QFileInfo>

#include "StatePalette.h"

#include <QHBoxLayout>
#include <QLabel>

namespace salon::ui
{

StatusIndicators::StatusIndicators(QWidget* parent)
    : QWidget(parent)
    , m_database(new QLabel(this))
    , m_calcom(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_calcomCheck(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QLabel* label : { m_database, m_calcom, m_rateLimit, m_calcomCheck }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_database->setObjectName(QStringLiteral("databaseStatus"));
    m_calcom->setObjectName(QStringLiteral("calcomStatus"));
    m_rateLimit->setObjectName(QStringLiteral("rateLimitStatus"));
    m_database->setAccessibleName(tr("Database"));
    m_calcom->setAccessibleName(tr("Cal.com connection"));
    m_rateLimit->setAccessibleName(tr("Cal.com rate limit"));
    m_calcomCheck->setObjectName(QStringLiteral("calcomCheckStatus"));
    m_calcomCheck->setAccessibleName(tr("Last look for changes made in Cal.com"));
    setDatabase(tr("no database"), false);
    updateCalcom();
    m_rateLimit->hide();
    m_calcomCheck->hide();
}

StatusIndicators::CalcomState StatusIndicators::calcomState(CalcomConnection::State state)
{
    switch (state) {
    case CalcomConnection::State::NotConfigured:
        return CalcomState::NotConfigured;
    case CalcomConnection::State::Connecting:
        return CalcomState::Connecting;
    case CalcomConnection::State::Connected:
        return CalcomState::Connected;
    case CalcomConnection::State::Failed:
        return CalcomState::Failed;
    }
    return CalcomState::Failed;
}

QString StatusIndicators::databaseText() const
{
    return m_database->text();
}

QString StatusIndicators::calcomText() const
{
    return m_calcom->text();
}

QString StatusIndicators::rateLimitText() const
{
    return m_rateLimit->isHidden() ? QString() : m_rateLimit->text();
}

QString StatusIndicators::calcomCheckText() const
{
    return m_calcomCheck->isHidden() ? QString() : m_calcomCheck->toolTip();
}

QString StatusIndicators::calcomCheckShortText() const
{
    return m_calcomCheck->isHidden() ? QString() : m_calcomCheck->text();
}

void StatusIndicators::setCalcomCheck(const QString& shortText, const QString& text, bool failed)
{
    // The bar is shared with the messages at its left: a long failure would push them out of sight.
    m_calcomCheck->setVisible(!text.isEmpty());
    m_calcomCheck->setText(shortText.isEmpty() ? text : shortText);
    m_calcomCheck->setToolTip(text);
    QPalette palette = this->palette();
    if (failed) {
        const StatePalette states(palette);
        palette.setColor(QPalette::Window, states.background(RowFinding::Severity::Error));
        palette.setColor(QPalette::WindowText, states.text());
    }
    m_calcomCheck->setPalette(palette);
    m_calcomCheck->setAutoFillBackground(failed);
}

void StatusIndicators::setDatabase(const QString& description, bool open)
{
    // The file's name is enough in the status bar (a long path overprinted the messages); the tooltip has
    // it all.
    const QString shown
        = description.contains(QLatin1String("://")) || !description.contains(QDir::separator())
        ? description
        : QFileInfo(description).fileName();
    m_database->setText(open ? tr("Database: %1").arg(shown) : tr("Database: %1 (not open)").arg(shown));
    m_database->setToolTip(description);
}

void StatusIndicators::setCalcomState(CalcomState state, const QString& detail)
{
    m_state = state;
    m_detail = detail;
    updateCalcom();
}

void StatusIndicators::setCalcomTeam(const QString& team)
{
    m_team = team;
    updateCalcom();
}

void StatusIndicators::setCalcomUser(const QString& user)
{
    m_user = user;
    updateCalcom();
}

void StatusIndicators::setRateLimitBudget(int remaining, int limit)
{
    m_rateLimit->setVisible(limit > 0);
    m_rateLimit->setText(tr("Cal.com requests left: %1/%2").arg(remaining).arg(limit));
    m_rateLimit->setToolTip(tr("Cal.com requests left in the current rate-limit window"));
}

void StatusIndicators::updateCalcom()
{
    QString text;
    switch (m_state) {
    case CalcomState::NotConfigured:
        text = tr("Cal.com: not configured");
        break;
    case CalcomState::Connecting:
        text = tr("Cal.com: connecting…");
        break;
    case CalcomState::Connected:
        text = tr("Cal.com: connected");
        break;
    case CalcomState::Failed:
        text = tr("Cal.com: connection failed");
        break;
    }
    QStringList parts;
    if (!m_team.isEmpty())
        parts.append(tr("team %1").arg(m_team));
    if (!m_user.isEmpty())
        parts.append(tr("user %1").arg(m_user));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_calcom->setText(text);
    m_calcom->setToolTip(m_detail);
}

} // namespace salon::ui
