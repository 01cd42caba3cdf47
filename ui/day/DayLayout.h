#pragma once

#include "core/day/DaySchedule.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QStaticText>

#include <optional>

namespace salon::ui
{

// Where everything of a day goes, in content pixels: the time gutter on the left, a header row with the
// staff names, one column per staff member, a block per staff step (side by side where a staff member's
// steps overlap), the processing times as bands and a link line between an appointment's steps. Pure
// geometry, computed once per data or size change, so painting, hit tests, export and the benchmark
// share it and a paint does no layout work.
class DayLayout
{
public:
    struct Block {
        QRectF rect;
        int appointment = -1; // index into DaySchedule::appointments
        int step = -1; // index into its steps
        int column = -1;
    };
    struct Band {
        QRectF rect;
        int appointment = -1;
        int step = -1;
    };
    struct Link {
        QLineF line;
        int appointment = -1;
    };
    // Busy time from Cal.com that Salon Admin did not book: the column's width, under the blocks.
    struct Busy {
        QRectF rect;
        int busy = -1; // index into DaySchedule::busy
        int column = -1;
    };

    static constexpr double kGutterWidth = 58;
    static constexpr double kHeaderHeight = 34;
    static constexpr double kMinColumnWidth = 150;
    static constexpr double kPixelsPerMinute = 1.8;
    static constexpr int kGridMinutes = 15;

    DayLayout() = default;
    // firstMinute/lastMinute: the local minutes shown (the view shows the whole day, an export the hours).
    DayLayout(const day::DaySchedule* day, double width, int firstMinute, int lastMinute);

    const day::DaySchedule* day() const { return m_day; }
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    double columnWidth() const { return m_columnWidth; }
    int columnCount() const;
    QSizeF size() const;

    double yOf(int minute) const { return kHeaderHeight + (minute - m_firstMinute) * kPixelsPerMinute; }
    double xOf(int column) const { return kGutterWidth + column * m_columnWidth; }
    // The minute at y, not snapped; the column at x or -1.
    double minuteAt(double y) const { return m_firstMinute + (y - kHeaderHeight) / kPixelsPerMinute; }
    int columnAt(double x) const;
    QRectF columnRect(int column) const;

    // A block's text, elided to its width: the first line bold (time, customer), then service and step, then
    // the time span — as many lines as its height takes; one line when it is short.
    struct BlockText {
        QList<QStaticText> lines;
        QFont firstFont;
    };
    // Laid out once per font and kept: text layout is most of a paint's cost (docs/benchmarks.md).
    const BlockText& textOf(int block, const QFont& font) const;

    const QList<Block>& blocks() const { return m_blocks; }
    const QList<Band>& bands() const { return m_bands; }
    const QList<Link>& links() const { return m_links; }
    const QList<Busy>& busy() const { return m_busy; }
    // The busy time under a content point, or -1 (tool tips; it is never selected or dragged).
    int busyAt(const QPointF& point) const;
    // The block under a content point (the topmost), or -1.
    int blockAt(const QPointF& point) const;
    int blockOfPhase(qint64 phaseId) const;
    qint64 phaseOf(int block) const;

private:
    void place();

    const day::DaySchedule* m_day = nullptr;
    double m_columnWidth = kMinColumnWidth;
    int m_firstMinute = 0;
    int m_lastMinute = 24 * 60;
    QList<Block> m_blocks;
    QList<Band> m_bands;
    QList<Link> m_links;
    QList<Busy> m_busy;
    mutable QList<std::optional<BlockText>> m_texts;
    mutable QString m_textFontKey;
};

} // namespace salon::ui
