#include "DayLayout.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>

namespace salon::ui
{

using day::DayAppointment;
using day::DayStep;

DayLayout::DayLayout(const day::DaySchedule* day, double width, int firstMinute, int lastMinute)
    : m_day(day)
    , m_firstMinute(firstMinute)
    , m_lastMinute(std::max(lastMinute, firstMinute + kGridMinutes))
{
    const int columns = std::max(1, columnCount());
    m_columnWidth = std::max(kMinColumnWidth, (width - kGutterWidth) / columns);
    place();
}

int DayLayout::columnCount() const
{
    return m_day ? int(m_day->staff.size()) : 0;
}

QSizeF DayLayout::size() const
{
    return { kGutterWidth + std::max(1, columnCount()) * m_columnWidth, yOf(m_lastMinute) + 1 };
}

int DayLayout::columnAt(double x) const
{
    if (x < kGutterWidth || columnCount() == 0)
        return -1;
    const int column = int((x - kGutterWidth) / m_columnWidth);
    return column < columnCount() ? column : -1;
}

QRectF DayLayout::columnRect(int column) const
{
    return { xOf(column), kHeaderHeight, m_columnWidth, yOf(m_lastMinute) - kHeaderHeight };
}

void DayLayout::place()
{
    if (!m_day)
        return;
    const auto rectOf = [&](const DayStep& s, int column) {
        const double top = yOf(m_day->minuteOf(s.startsAt));
        const double bottom = yOf(m_day->minuteOf(s.endsAt));
        return QRectF(xOf(column), top, m_columnWidth, std::max(4.0, bottom - top));
    };
    for (int b = 0; b < m_day->busy.size(); ++b) {
        const day::DayBusy& busy = m_day->busy[b];
        const int column = m_day->staffIndex(busy.staffId);
        if (column < 0)
            continue;
        const double top = yOf(m_day->minuteOf(busy.startsAt));
        const double bottom = yOf(m_day->minuteOf(busy.endsAt));
        m_busy.append({ QRectF(xOf(column), top, m_columnWidth, std::max(4.0, bottom - top)), b, column });
    }
    // Per column, the blocks in start order, then lanes: a block takes the first lane that is free at
    // its start; the blocks of one overlapping cluster share the column's width.
    QList<QList<int>> perColumn(columnCount());
    for (int a = 0; a < m_day->appointments.size(); ++a) {
        const DayAppointment& appointment = m_day->appointments[a];
        int lastColumn = -1;
        for (int s = 0; s < appointment.steps.size(); ++s) {
            const DayStep& step = appointment.steps[s];
            if (!step.staffRequired || step.staffId.isEmpty())
                continue;
            const int column = m_day->staffIndex(step.staffId);
            if (column < 0)
                continue;
            perColumn[column].append(int(m_blocks.size()));
            m_blocks.append({ rectOf(step, column), a, s, column });
            lastColumn = column;
        }
        // The processing times: a band in the column of the step before (the one after, if first).
        for (int s = 0; s < appointment.steps.size(); ++s) {
            const DayStep& step = appointment.steps[s];
            if (step.staffRequired && !step.staffId.isEmpty())
                continue;
            int column = -1;
            for (int before = s - 1; before >= 0 && column < 0; --before)
                column = m_day->staffIndex(appointment.steps[before].staffId);
            for (int after = s + 1; after < appointment.steps.size() && column < 0; ++after)
                column = m_day->staffIndex(appointment.steps[after].staffId);
            if (column < 0)
                column = std::max(0, lastColumn);
            if (columnCount() > 0)
                m_bands.append({ rectOf(step, column), a, s });
        }
    }
    for (const QList<int>& column : std::as_const(perColumn)) {
        QList<int> order = column;
        std::sort(order.begin(), order.end(), [&](int l, int r) {
            return m_blocks[l].rect.top() < m_blocks[r].rect.top()
                || (m_blocks[l].rect.top() == m_blocks[r].rect.top() && l < r);
        });
        QList<double> laneEnds;
        QList<int> lane(m_blocks.size(), 0);
        QList<int> cluster;
        double clusterEnd = -1;
        const auto closeCluster = [&] {
            const int lanes = int(laneEnds.size());
            for (int b : std::as_const(cluster)) {
                QRectF& r = m_blocks[b].rect;
                const double w = r.width() / std::max(1, lanes);
                r = QRectF(r.left() + lane[b] * w, r.top(), w, r.height());
            }
            cluster.clear();
            laneEnds.clear();
        };
        for (int b : std::as_const(order)) {
            const QRectF& r = m_blocks[b].rect;
            if (!cluster.isEmpty() && r.top() >= clusterEnd - 0.01)
                closeCluster();
            int free = 0;
            while (free < laneEnds.size() && laneEnds[free] > r.top() + 0.01)
                ++free;
            if (free == laneEnds.size())
                laneEnds.append(r.bottom());
            else
                laneEnds[free] = r.bottom();
            lane[b] = free;
            cluster.append(b);
            clusterEnd = std::max(clusterEnd, r.bottom());
        }
        closeCluster();
    }
    // Link lines: from each staff step to the next one of the same appointment.
    QHash<int, QList<int>> ofAppointment;
    for (int b = 0; b < m_blocks.size(); ++b)
        ofAppointment[m_blocks[b].appointment].append(b);
    for (auto it = ofAppointment.cbegin(); it != ofAppointment.cend(); ++it) {
        QList<int> steps = it.value();
        std::sort(
            steps.begin(), steps.end(), [&](int l, int r) { return m_blocks[l].step < m_blocks[r].step; });
        for (int i = 1; i < steps.size(); ++i) {
            const QRectF& from = m_blocks[steps[i - 1]].rect;
            const QRectF& to = m_blocks[steps[i]].rect;
            m_links.append({ QLineF(from.center().x(), from.bottom(), to.center().x(), to.top()), it.key() });
        }
    }
}

const DayLayout::BlockText& DayLayout::textOf(int block, const QFont& font) const
{
    if (m_textFontKey != font.key() || m_texts.size() != m_blocks.size()) {
        m_texts = QList<std::optional<BlockText>>(m_blocks.size());
        m_textFontKey = font.key();
    }
    std::optional<BlockText>& cached = m_texts[block];
    if (cached)
        return *cached;
    const Block& b = m_blocks[block];
    const day::DayAppointment& appointment = m_day->appointments[b.appointment];
    const DayStep& step = appointment.steps[b.step];
    const bool cancelled = step.state == day::StepState::Cancelled;
    const auto hhmm
        = [&](const QDateTime& t) { return t.toTimeZone(m_day->zone).toString(QStringLiteral("HH:mm")); };
    QFont bold(font);
    bold.setBold(true);
    bold.setStrikeOut(cancelled);
    const QFontMetricsF plainMetrics(font);
    const QFontMetricsF boldMetrics(bold);
    const double line = plainMetrics.height();
    // The block's text area: inside the border, left of the badge (see DayPainter::paintBlock).
    const QRectF r = b.rect.adjusted(2, 1, -2, -1);
    const double badge = std::min(14.0, r.height() - 4);
    const double width = r.width() - 5 - (badge + 7);
    const double height = r.height() - 4;
    BlockText text;
    text.firstFont = bold;
    const auto add = [&](const QString& s, const QFontMetricsF& metrics) {
        QStaticText t(metrics.elidedText(s, Qt::ElideRight, width));
        t.setTextFormat(Qt::PlainText);
        t.setPerformanceHint(QStaticText::AggressiveCaching);
        text.lines.append(t);
    };
    const QString first = QStringLiteral("%1 %2").arg(hhmm(step.startsAt), appointment.customerName);
    if (width >= 12 && height >= 8) {
        if (height < 2 * line) {
            add(first + QStringLiteral(" · ") + step.segmentName, boldMetrics);
        } else {
            add(first, boldMetrics);
            add(QStringLiteral("%1 · %2").arg(appointment.serviceName, step.segmentName), plainMetrics);
            if (height >= 3 * line)
                add(QStringLiteral("%1–%2").arg(hhmm(step.startsAt), hhmm(step.endsAt)), plainMetrics);
        }
    }
    cached = std::move(text);
    return *cached;
}

int DayLayout::blockAt(const QPointF& point) const
{
    for (int b = int(m_blocks.size()) - 1; b >= 0; --b)
        if (m_blocks[b].rect.contains(point))
            return b;
    return -1;
}

int DayLayout::busyAt(const QPointF& point) const
{
    for (int b = int(m_busy.size()) - 1; b >= 0; --b)
        if (m_busy[b].rect.contains(point))
            return b;
    return -1;
}

int DayLayout::blockOfPhase(qint64 phaseId) const
{
    for (int b = 0; b < m_blocks.size(); ++b)
        if (phaseOf(b) == phaseId)
            return b;
    return -1;
}

qint64 DayLayout::phaseOf(int block) const
{
    if (!m_day || block < 0 || block >= m_blocks.size())
        return 0;
    const Block& b = m_blocks[block];
    return m_day->appointments[b.appointment].steps[b.step].phaseId;
}

} // namespace salon::ui
