#include "SyncDetailPane.h"
#include "ui/DateTimeText.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace salon::ui
{

using sync::SyncAttempt;
using sync::SyncErrorAdvice;

SyncDetailPane::SyncDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_attemptList(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("Copy details"), this))
    , m_toolButton(new QPushButton(this))
{
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_toolButton->setObjectName(QStringLiteral("toolButton"));
    m_attemptList->setObjectName(QStringLiteral("attemptList"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attemptList->setRootIsDecorated(false);
    m_attemptList->setHeaderLabels(
        { tr("Started"), tr("Finished"), tr("HTTP"), tr("Outcome"), tr("Message") });
    m_attemptList->header()->setStretchLastSection(true);
    m_attemptList->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_toolButton);
    buttons->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Attempts:"), this));
    layout->addWidget(m_attemptList, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &SyncDetailPane::copyDetails);
    connect(m_toolButton, &QPushButton::clicked, this, [this] { emit toolRequested(m_tool); });
    clear();
}

void SyncDetailPane::clear()
{
    ++m_generation;
    m_phase = {};
    m_attempts.clear();
    m_tool = SyncErrorAdvice::Tool::None;
    m_title->setText(tr("Select a phase to see its sync history."));
    m_summary->clear();
    m_attemptList->clear();
    m_copy->setEnabled(false);
    m_toolButton->hide();
}

void SyncDetailPane::showPhase(const SyncQueueModel::PhaseRow* phase, const QString& appointmentText)
{
    if (!phase) {
        clear();
        return;
    }
    const int generation = ++m_generation;
    m_phase = *phase;
    m_appointmentText = appointmentText;
    m_attempts.clear();
    m_attemptList->clear();
    m_copy->setEnabled(true);
    updateText();
    if (!m_access)
        return;
    m_access->attempts(
        phase->phase.id, this, [this, generation](Expected<QList<SyncAttempt>, QString> attempts) {
            if (generation != m_generation)
                return;
            m_attempts = attempts ? attempts.value() : QList<SyncAttempt>();
            m_attemptList->clear();
            for (const SyncAttempt& a : std::as_const(m_attempts)) {
                auto* item = new QTreeWidgetItem(m_attemptList);
                item->setText(0, DateTimeText::dateTime(a.startedAt, QTimeZone::systemTimeZone()));
                item->setText(1,
                    a.finishedAt.isValid() ? DateTimeText::dateTime(a.finishedAt, QTimeZone::systemTimeZone())
                                           : tr("(no answer recorded)"));
                item->setText(2, a.httpStatus > 0 ? QString::number(a.httpStatus) : QString());
                // The salon's words in the list; what was stored stays in the tooltips and Copy details.
                item->setText(3, SyncErrorAdvice::outcomeLabel(a.outcome));
                item->setToolTip(3, a.outcome);
                item->setText(4, SyncErrorAdvice::readable(a.message));
                item->setToolTip(4, a.message);
            }
            if (!attempts)
                m_summary->setText(m_summary->text() + QLatin1Char('\n') + attempts.error());
            updateText();
            emit attemptsLoaded();
        });
}

void SyncDetailPane::updateText()
{
    m_title->setText(
        tr("Phase %1 (%2) of %3").arg(m_phase.phase.id).arg(m_phase.phase.segmentKey, m_appointmentText));
    QStringList lines;
    lines << tr("Status: %1").arg(SyncQueueModel::statusText(m_phase.status));
    if (!m_phase.archivedReason.isEmpty())
        lines << tr("Archived: %1").arg(m_phase.archivedReason);
    if (m_phase.phase.calcomBookingId)
        lines << tr("Cal.com booking: %1 (%2)")
                     .arg(*m_phase.phase.calcomBookingId)
                     .arg(m_phase.phase.calcomBookingUid);
    if (!m_phase.phase.syncError.isEmpty() && m_phase.status == QLatin1String("failed"))
        lines << tr("Last error: %1").arg(SyncErrorAdvice::readable(m_phase.phase.syncError));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    // What was stored (Cal.com's own answer) stays at hand; Copy details has it too.
    m_summary->setToolTip(m_phase.status == QLatin1String("failed") ? m_phase.phase.syncError : QString());

    // The tool follows from the newest attempt that names an error.
    m_tool = SyncErrorAdvice::Tool::None;
    if (m_phase.status == QLatin1String("failed")) {
        for (auto it = m_attempts.crbegin(); it != m_attempts.crend(); ++it) {
            m_tool = SyncErrorAdvice::toolForCode(it->outcome);
            break;
        }
    }
    m_toolButton->setVisible(m_tool != SyncErrorAdvice::Tool::None);
    m_toolButton->setText(SyncErrorAdvice::toolLabel(m_tool));
}

QString SyncDetailPane::detailsText() const
{
    if (m_phase.phase.id == 0)
        return {};
    QStringList lines;
    lines << m_title->text() << m_summary->text();
    if (!m_summary->toolTip().isEmpty())
        lines << m_summary->toolTip();
    lines << QString() << tr("Attempts:");
    for (const SyncAttempt& a : m_attempts) {
        lines << QStringLiteral("%1 .. %2  HTTP %3  %4  %5")
                     .arg(a.startedAt.toUTC().toString(Qt::ISODateWithMs),
                         a.finishedAt.isValid() ? a.finishedAt.toUTC().toString(Qt::ISODateWithMs)
                                                : QStringLiteral("-"),
                         a.httpStatus > 0 ? QString::number(a.httpStatus) : QStringLiteral("-"), a.outcome,
                         a.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void SyncDetailPane::copyDetails()
{
    if (QClipboard* clipboard = QApplication::clipboard())
        clipboard->setText(detailsText());
}

} // namespace salon::ui
