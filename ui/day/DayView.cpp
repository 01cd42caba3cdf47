#include "DayView.h"

#include "ui/DateTimeText.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace salon::ui
{

using day::DayStep;

DayView::DayView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("dayView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Day"));
    qRegisterMetaType<salon::ui::DayDrop>();
}

void DayView::setSchedule(const day::DaySchedule& day)
{
    const bool newDay = day.date != m_day.date;
    m_day = day;
    m_preview = {};
    m_dragging = false;
    m_pressBlock = -1;
    relayout();
    if (m_layout.blockOfPhase(m_selectedPhase) < 0 && m_selectedPhase != 0) {
        m_selectedPhase = 0;
        emit selectionChanged(0);
    }
    if (newDay || !m_scrolledToHours) {
        scrollToMinute(std::max(0, m_day.openFromMinute - 30));
        m_scrolledToHours = true;
    }
    viewport()->update();
}

void DayView::relayout()
{
    m_layout = DayLayout(&m_day, viewport()->width(), 0, 24 * 60);
    const QSizeF size = m_layout.size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(int(DayLayout::kGridMinutes * DayLayout::kPixelsPerMinute));
}

void DayView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int(m_layout.yOf(minute) - DayLayout::kHeaderHeight));
}

void DayView::setSelectedPhase(qint64 phaseId)
{
    if (phaseId == m_selectedPhase)
        return;
    m_selectedPhase = phaseId;
    ensureVisible(phaseId);
    viewport()->update();
    emit selectionChanged(phaseId);
}

QRect DayView::blockRectInViewport(qint64 phaseId) const
{
    const int b = m_layout.blockOfPhase(phaseId);
    if (b < 0)
        return {};
    return m_layout.blocks()[b]
        .rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toAlignedRect();
}

QPointF DayView::toContent(const QPoint& pos) const
{
    return QPointF(pos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void DayView::ensureVisible(qint64 phaseId)
{
    const int b = m_layout.blockOfPhase(phaseId);
    if (b < 0)
        return;
    const QRectF r = m_layout.blocks()[b].rect;
    const int top = verticalScrollBar()->value();
    const double visibleTop = top + DayLayout::kHeaderHeight;
    const double visibleBottom = top + viewport()->height();
    if (r.top() < visibleTop)
        verticalScrollBar()->setValue(int(r.top() - DayLayout::kHeaderHeight - 8));
    else if (r.bottom() > visibleBottom)
        verticalScrollBar()->setValue(int(r.bottom() - viewport()->height() + 8));
    const int left = horizontalScrollBar()->value();
    if (r.left() < left + DayLayout::kGutterWidth)
        horizontalScrollBar()->setValue(int(r.left() - DayLayout::kGutterWidth));
    else if (r.right() > left + viewport()->width())
        horizontalScrollBar()->setValue(int(r.right() - viewport()->width()));
}

void DayView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    DayPainter day(m_layout, palette(), font());
    day.setSelectedPhase(m_selectedPhase);
    if (m_dragging)
        day.setPreview(m_preview);
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible(offset, QSizeF(viewport()->size()));
    // Body under header and gutter; the header follows horizontal scrolling only, the gutter vertical.
    painter.save();
    painter.setClipRect(
        QRectF(DayLayout::kGutterWidth, DayLayout::kHeaderHeight, viewport()->width(), viewport()->height()));
    painter.translate(-offset);
    day.paintBody(painter, visible);
    painter.restore();
    painter.save();
    painter.translate(-offset.x(), 0);
    day.paintHeader(painter);
    painter.restore();
    painter.save();
    painter.setClipRect(QRectF(0, DayLayout::kHeaderHeight, DayLayout::kGutterWidth, viewport()->height()));
    painter.translate(0, -offset.y());
    day.paintGutter(painter, visible);
    painter.restore();
    day.paintCorner(painter);
}

void DayView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void DayView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    setFocus(Qt::MouseFocusReason);
    const int block = m_layout.blockAt(toContent(event->pos()));
    setSelectedPhase(m_layout.phaseOf(block));
    m_pressBlock = event->button() == Qt::LeftButton ? block : -1;
    m_pressPos = event->pos();
    m_dragging = false;
}

void DayView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressBlock < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const DayLayout::Block& block = m_layout.blocks()[m_pressBlock];
    const double minutes = (event->pos().y() - m_pressPos.y()) / DayLayout::kPixelsPerMinute;
    m_preview.block = m_pressBlock;
    m_preview.minutes = int(std::lround(minutes / DayLayout::kGridMinutes)) * DayLayout::kGridMinutes;
    const int column = m_layout.columnAt(toContent(event->pos()).x());
    m_preview.column = column >= 0 ? column : block.column;
    m_preview.wholeAppointment = event->modifiers() & Qt::ControlModifier;
    viewport()->setCursor(Qt::ClosedHandCursor);
    viewport()->update();
}

void DayView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool dragged = m_dragging && event->button() == Qt::LeftButton;
    const DayPainter::Preview preview = m_preview;
    m_dragging = false;
    m_pressBlock = -1;
    m_preview = {};
    viewport()->unsetCursor();
    viewport()->update();
    if (!dragged || preview.block < 0)
        return;
    const DayLayout::Block& block = m_layout.blocks()[preview.block];
    const day::DayAppointment& appointment = m_day.appointments[block.appointment];
    DayDrop drop { appointment.id, appointment.steps[block.step].phaseId, 0, {}, preview.wholeAppointment };
    // Another column is a re-staff (the time stays); the same column a move.
    if (preview.column >= 0 && preview.column != block.column)
        drop.staffId = m_day.staff[preview.column].id;
    else if (preview.minutes != 0)
        drop.minutes = preview.minutes;
    else
        return;
    emit dropRequested(drop);
}

void DayView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool arrow
        = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    const int block = m_layout.blockOfPhase(m_selectedPhase);
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && block >= 0) {
        emit openRequested(m_day.appointments[m_layout.blocks()[block].appointment].id);
        return;
    }
    if (!arrow) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (!(event->modifiers() & Qt::ShiftModifier) || block < 0) {
        moveSelection(key);
        return;
    }
    const DayLayout::Block& b = m_layout.blocks()[block];
    const day::DayAppointment& appointment = m_day.appointments[b.appointment];
    DayDrop drop { appointment.id, m_selectedPhase, 0, {}, bool(event->modifiers() & Qt::ControlModifier) };
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        drop.minutes = key == Qt::Key_Up ? -DayLayout::kGridMinutes : DayLayout::kGridMinutes;
    } else {
        const int column = b.column + (key == Qt::Key_Left ? -1 : 1);
        if (column < 0 || column >= m_layout.columnCount())
            return;
        drop.staffId = m_day.staff[column].id;
    }
    emit dropRequested(drop);
}

void DayView::moveSelection(int key)
{
    const auto& blocks = m_layout.blocks();
    if (blocks.isEmpty())
        return;
    const int current = m_layout.blockOfPhase(m_selectedPhase);
    if (current < 0) {
        // The first block of the day.
        int first = 0;
        for (int b = 1; b < blocks.size(); ++b)
            if (blocks[b].rect.top() < blocks[first].rect.top())
                first = b;
        setSelectedPhase(m_layout.phaseOf(first));
        return;
    }
    const QRectF from = blocks[current].rect;
    const int column = blocks[current].column;
    int best = -1;
    double bestDistance = 0;
    for (int b = 0; b < blocks.size(); ++b) {
        if (b == current)
            continue;
        const QRectF r = blocks[b].rect;
        double distance = -1;
        if (key == Qt::Key_Down && blocks[b].column == column
            && (r.top() > from.top() || (r.top() == from.top() && b > current)))
            distance = r.top() - from.top() + std::abs(r.left() - from.left()) / 1000;
        else if (key == Qt::Key_Up && blocks[b].column == column
            && (r.top() < from.top() || (r.top() == from.top() && b < current)))
            distance = from.top() - r.top() + std::abs(r.left() - from.left()) / 1000;
        else if ((key == Qt::Key_Left && blocks[b].column < column)
            || (key == Qt::Key_Right && blocks[b].column > column))
            distance = std::abs(blocks[b].column - column) * 100000.0 + std::abs(r.top() - from.top());
        if (distance >= 0 && (best < 0 || distance < bestDistance)) {
            best = b;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        setSelectedPhase(m_layout.phaseOf(best));
}

void DayView::contextMenuEvent(QContextMenuEvent* event)
{
    qint64 phase = m_selectedPhase;
    if (event->reason() == QContextMenuEvent::Mouse) {
        phase = m_layout.phaseOf(m_layout.blockAt(toContent(event->pos())));
        setSelectedPhase(phase);
    }
    if (phase != 0)
        emit contextMenuRequested(phase, event->globalPos());
}

bool DayView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF at = toContent(help->pos());
        const int block = m_layout.blockAt(at);
        const int busy = block < 0 ? m_layout.busyAt(at) : -1;
        if (block >= 0)
            QToolTip::showText(help->globalPos(), toolTipOf(block), viewport());
        else if (busy >= 0)
            QToolTip::showText(help->globalPos(), busyToolTipOf(busy), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString DayView::stateLabel(day::StepState state)
{
    switch (state) {
    case day::StepState::Synced:
        return tr("Booked in Cal.com");
    case day::StepState::Pending:
        return tr("Not booked yet");
    case day::StepState::Failed:
        return tr("Booking failed");
    case day::StepState::Cancelled:
        return tr("Cancelled");
    case day::StepState::Owed:
        return tr("Change still to finish");
    }
    return {};
}

QString DayView::busyToolTipOf(int busy) const
{
    const day::DayBusy& b = m_day.busy[m_layout.busy()[busy].busy];
    const auto hhmm = [&](const QDateTime& t) { return DateTimeText::time(t, m_day.zone); };
    const int column = m_layout.busy()[busy].column;
    return tr("<b>Busy in Cal.com</b><br>%1–%2 · %3<br>Booked in Cal.com, not by Salon Admin: shown, never "
              "changed here.")
        .arg(hhmm(b.startsAt), hhmm(b.endsAt), m_day.staff[column].name.toHtmlEscaped());
}

QString DayView::toolTipOf(int block) const
{
    const DayLayout::Block& b = m_layout.blocks()[block];
    const day::DayAppointment& a = m_day.appointments[b.appointment];
    const DayStep& s = a.steps[b.step];
    const auto hhmm = [&](const QDateTime& t) { return DateTimeText::time(t, m_day.zone); };
    QString text
        = tr("<b>%1</b><br>%2 · %3<br>%4–%5 · %6")
              .arg(a.customerName.toHtmlEscaped(), a.serviceName.toHtmlEscaped(),
                  s.segmentName.toHtmlEscaped(), hhmm(s.startsAt), hhmm(s.endsAt), stateLabel(s.state));
    if (s.state == day::StepState::Failed && !s.syncError.isEmpty())
        text += QStringLiteral("<br><br>") + s.syncError.toHtmlEscaped();
    return text;
}

} // namespace salon::ui
