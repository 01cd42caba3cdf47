#pragma once

#include "DayLayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QPixmap>

class QPainter;

namespace salon::ui
{

// Paints a DayLayout on any QPainter — the view's viewport, a PNG, a printer page, the benchmark's image —
// so what the wall print shows is what the screen shows. Each state has its own border and badge
// (synced: solid, a tick; pending: dashed, a clock; failed: thick, a warning triangle; cancelled: faded and
// struck through, a cross; owed: dotted, a round arrow), so a block reads in greyscale too; the colours
// come from the palette and StatePalette, one hue per appointment. Cal.com's other bookings of a staff
// member are grey and cross-hatched under the blocks.
class DayPainter
{
    Q_DECLARE_TR_FUNCTIONS(salon::ui::DayPainter)
public:
    // A drag in progress: the appointment's blocks shown at their new place.
    struct Preview {
        int block = -1; // the block under the mouse
        int minutes = 0; // the appointment moves by this much
        int column = -1; // the dragged step's new column (a re-staff); -1 = its own
        bool wholeAppointment = false; // a re-staff of every staff step
    };

    DayPainter(const DayLayout& layout, const QPalette& palette, const QFont& font);

    void setSelectedPhase(qint64 phaseId) { m_selectedPhase = phaseId; }
    void setPreview(const Preview& preview) { m_preview = preview; }

    // Everything at content coordinates (an export).
    void paintAll(QPainter& painter) const;
    // The grid, bands, links and blocks that meet `exposed` (content coordinates).
    void paintBody(QPainter& painter, const QRectF& exposed) const;
    // The staff names in the header row, and the hours in the gutter (content coordinates).
    void paintHeader(QPainter& painter) const;
    void paintGutter(QPainter& painter, const QRectF& exposed) const;
    void paintCorner(QPainter& painter) const;

    // Busy time from Cal.com: grey, cross-hatched, labelled (the legend draws its swatch too).
    // label: empty for busyLabel(); a null string for none.
    static void paintBusy(QPainter& painter, const QRectF& rect, const QPalette& palette, const QFont& font,
        const QString& label = {}, bool labelled = true);
    static QString busyLabel();
    // A state's badge (the legend draws them too).
    static void paintBadge(
        QPainter& painter, day::StepState state, const QRectF& rect, const QPalette& palette);

    // The colour family of an appointment: its fill and its border.
    QColor fillOf(qint64 appointmentId) const;
    QColor borderOf(qint64 appointmentId) const;

private:
    void paintGrid(QPainter& painter, const QRectF& exposed) const;
    void paintBlock(QPainter& painter, const DayLayout::Block& block, const QRectF& rect, bool ghost) const;
    QRectF previewRect(const DayLayout::Block& block) const;
    QPixmap badgePixmap(day::StepState state, int size, qreal devicePixelRatio) const;

    const DayLayout& m_layout;
    QPalette m_palette;
    QFont m_font;
    QFont m_bold;
    bool m_dark = false;
    qint64 m_selectedPhase = 0;
    Preview m_preview;
};

} // namespace salon::ui
