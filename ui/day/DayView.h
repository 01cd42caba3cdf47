#pragma once

#include "DayLayout.h"
#include "DayPainter.h"
#include "core/day/DaySchedule.h"

#include <QAbstractScrollArea>

namespace salon::ui
{

// What a drop, a Shift+arrow or a menu asks for: the appointment moved by `minutes` (the lifecycle moves
// every step by the same offset, so a step dragged alone still moves its whole appointment), or the step —
// or, with Ctrl, every staff step of the appointment — handed to `staffId`.
struct DayDrop {
    qint64 appointmentId = 0;
    qint64 phaseId = 0;
    int minutes = 0;
    QString staffId; // empty: a move
    bool wholeAppointment = false;
};

// The day as a custom-painted scroll area rather than a QGraphicsScene: the picture is a grid of
// fixed-size cells rebuilt as a whole whenever the day is read again, so per-item objects, a BSP index
// and item change tracking would buy nothing; one DayLayout (pure geometry) and one DayPainter draw the
// screen, the PNG, the printout and the benchmark alike, the header and the time gutter stay put while
// scrolling, and a paint touches only the exposed blocks. Mouse: click selects, drag moves (another
// column: re-staffs; Ctrl: the whole appointment), right-click asks for the menu. Keys: arrows move the
// selection, Enter opens, Shift+arrows move the selected appointment by 15 minutes or to the next column.
class DayView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit DayView(QWidget* parent = nullptr);

    void setSchedule(const day::DaySchedule& day);
    const day::DaySchedule& schedule() const { return m_day; }
    const DayLayout& layout() const { return m_layout; }

    qint64 selectedPhase() const { return m_selectedPhase; }
    void setSelectedPhase(qint64 phaseId);
    // The block's rectangle in viewport coordinates (tests aim the mouse with it).
    QRect blockRectInViewport(qint64 phaseId) const;
    void scrollToMinute(int minute);
    // "Synced", "Failed", ... for the tooltip, the side pane and Copy details.
    static QString stateLabel(day::StepState state);

signals:
    void selectionChanged(qint64 phaseId);
    void dropRequested(const salon::ui::DayDrop& drop);
    void openRequested(qint64 appointmentId);
    void contextMenuRequested(qint64 phaseId, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void relayout();
    QPointF toContent(const QPoint& viewportPos) const;
    void moveSelection(int key);
    void ensureVisible(qint64 phaseId);
    QString toolTipOf(int block) const;
    QString busyToolTipOf(int busy) const;

    day::DaySchedule m_day;
    DayLayout m_layout;
    qint64 m_selectedPhase = 0;
    bool m_scrolledToHours = false;
    // The drag: where the mouse went down, on which block, and the preview so far.
    QPoint m_pressPos;
    int m_pressBlock = -1;
    bool m_dragging = false;
    DayPainter::Preview m_preview;
};

} // namespace salon::ui

Q_DECLARE_METATYPE(salon::ui::DayDrop)
