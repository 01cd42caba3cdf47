#include "DayPainter.h"

#include "StatePalette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include <cmath>

namespace salon::ui
{

using day::StepState;

namespace
{
RowFinding::Severity severityOf(StepState state)
{
    switch (state) {
    case StepState::Failed:
        return RowFinding::Severity::Error;
    case StepState::Pending:
    case StepState::Owed:
        return RowFinding::Severity::Warning;
    default:
        return RowFinding::Severity::Info;
    }
}

Qt::PenStyle borderStyleOf(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return Qt::DashLine;
    case StepState::Owed:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

// `over` at alpha/255 on `under`, as one opaque colour (see paintGrid()).
QColor mixed(const QColor& over, const QColor& under, int alpha)
{
    const auto mix = [alpha](int a, int b) { return (a * alpha + b * (255 - alpha)) / 255; };
    return QColor(
        mix(over.red(), under.red()), mix(over.green(), under.green()), mix(over.blue(), under.blue()));
}

// A solid border inside `r`, `width` wide, as four opaque rectangles (see paintGrid()).
void fillFrame(QPainter& painter, const QRectF& r, qreal width, const QColor& color)
{
    painter.fillRect(QRectF(r.left(), r.top(), r.width(), width), color);
    painter.fillRect(QRectF(r.left(), r.bottom() - width, r.width(), width), color);
    painter.fillRect(QRectF(r.left(), r.top() + width, width, r.height() - 2 * width), color);
    painter.fillRect(QRectF(r.right() - width, r.top() + width, width, r.height() - 2 * width), color);
}

} // namespace

DayPainter::DayPainter(const DayLayout& layout, const QPalette& palette, const QFont& font)
    : m_layout(layout)
    , m_palette(palette)
    , m_font(font)
    , m_bold(font)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
    m_bold.setBold(true);
}

QColor DayPainter::fillOf(qint64 appointmentId) const
{
    // Golden-ratio hues: neighbouring appointments get far-apart colours.
    const double hue = std::fmod(double(appointmentId) * 0.618033988749895, 1.0);
    return QColor::fromHslF(float(hue), m_dark ? 0.45f : 0.60f, m_dark ? 0.30f : 0.84f);
}

QColor DayPainter::borderOf(qint64 appointmentId) const
{
    const double hue = std::fmod(double(appointmentId) * 0.618033988749895, 1.0);
    return QColor::fromHslF(float(hue), 0.65f, m_dark ? 0.65f : 0.38f);
}

void DayPainter::paintAll(QPainter& painter) const
{
    const QRectF all(QPointF(0, 0), m_layout.size());
    painter.fillRect(all, m_palette.color(QPalette::Base));
    paintBody(painter, all);
    paintHeader(painter);
    paintGutter(painter, all);
    paintCorner(painter);
}

void DayPainter::paintGrid(QPainter& painter, const QRectF& exposed) const
{
    const day::DaySchedule* day = m_layout.day();
    const QColor base = m_palette.color(QPalette::Base);
    painter.fillRect(exposed, base);
    // Outside the salon's hours the day is shaded (still usable: scroll beyond).
    const QColor closed = m_palette.color(QPalette::AlternateBase).darker(m_dark ? 80 : 104);
    const double right = m_layout.size().width();
    if (day) {
        const double open = m_layout.yOf(day->openFromMinute);
        const double shut = m_layout.yOf(day->openUntilMinute);
        painter.fillRect(
            QRectF(0, DayLayout::kHeaderHeight, right, open - DayLayout::kHeaderHeight) & exposed, closed);
        painter.fillRect(QRectF(0, shut, right, m_layout.size().height() - shut) & exposed, closed);
    }
    // Lines as thin opaque rectangles: Qt's raster engine fills those directly, while a stroked line (or a
    // translucent fill) as tall as the view goes through its span blender, which splits it across threads.
    const QColor mid = m_palette.color(QPalette::Mid);
    const QColor light = mixed(mid, base, 70);
    const int first = std::max(m_layout.firstMinute(),
        int(m_layout.minuteAt(exposed.top())) / DayLayout::kGridMinutes * DayLayout::kGridMinutes);
    const int last = std::min(m_layout.lastMinute(), int(m_layout.minuteAt(exposed.bottom())) + 1);
    for (int m = first; m <= last; m += DayLayout::kGridMinutes) {
        const double y = m_layout.yOf(m);
        painter.fillRect(QRectF(exposed.left(), y, exposed.width(), 1), m % 60 == 0 ? mid : light);
    }
    for (int c = 0; c <= m_layout.columnCount(); ++c) {
        const double x = m_layout.xOf(c);
        if (x >= exposed.left() - 1 && x <= exposed.right() + 1)
            painter.fillRect(QRectF(x, exposed.top(), 1, exposed.height()), mid);
    }
}

void DayPainter::paintBody(QPainter& painter, const QRectF& exposed) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintGrid(painter, exposed);
    const day::DaySchedule* day = m_layout.day();
    if (!day) {
        painter.restore();
        return;
    }
    for (const DayLayout::Busy& busy : m_layout.busy())
        if (busy.rect.intersects(exposed))
            paintBusy(painter, busy.rect, m_palette, m_font, day->busy[busy.busy].label);
    // Processing times: the customer is there, nobody works on them — a hatched band.
    for (const DayLayout::Band& band : m_layout.bands()) {
        if (!band.rect.intersects(exposed))
            continue;
        const day::DayAppointment& appointment = day->appointments[band.appointment];
        const bool cancelled = appointment.steps[band.step].state == StepState::Cancelled;
        QColor hatch = cancelled ? m_palette.color(QPalette::Mid) : borderOf(appointment.id);
        hatch.setAlpha(110);
        QColor fill = cancelled ? m_palette.color(QPalette::Window) : fillOf(appointment.id);
        fill.setAlpha(90);
        painter.fillRect(band.rect.adjusted(2, 0, -2, 0), fill);
        painter.fillRect(band.rect.adjusted(2, 0, -2, 0), QBrush(hatch, Qt::BDiagPattern));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const DayLayout::Link& link : m_layout.links()) {
        const QLineF& l = link.line;
        if (!QRectF(l.p1(), l.p2()).normalized().adjusted(-2, -2, 2, 2).intersects(exposed))
            continue;
        painter.setPen(QPen(borderOf(day->appointments[link.appointment].id), 2, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(l);
        painter.fillRect(QRectF(l.p2() - QPointF(2.5, 2.5), QSizeF(5, 5)),
            borderOf(day->appointments[link.appointment].id));
    }
    const auto& blocks = m_layout.blocks();
    const DayLayout::Block* dragged
        = m_preview.block >= 0 && m_preview.block < blocks.size() ? &blocks[m_preview.block] : nullptr;
    for (const DayLayout::Block& block : blocks)
        if (block.rect.intersects(exposed))
            paintBlock(painter, block, block.rect, dragged && dragged->appointment == block.appointment);
    if (dragged)
        for (const DayLayout::Block& block : blocks)
            if (block.appointment == dragged->appointment)
                paintBlock(painter, block, previewRect(block), false);
    painter.restore();
}

QString DayPainter::busyLabel()
{
    return tr("Busy in Cal.com");
}

void DayPainter::paintBusy(QPainter& painter, const QRectF& rect, const QPalette& palette, const QFont& font,
    const QString& label, bool labelled)
{
    const QRectF r = rect.adjusted(2, 1, -2, -1);
    QColor fill = palette.color(QPalette::Mid);
    fill.setAlpha(60);
    QColor hatch = palette.color(QPalette::Mid);
    hatch.setAlpha(150);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(r, fill);
    painter.fillRect(r, QBrush(hatch, Qt::DiagCrossPattern));
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    const QFontMetricsF metrics(font);
    if (labelled && r.height() >= metrics.height() + 2 && r.width() > 30) {
        const QString text
            = metrics.elidedText(label.isEmpty() ? busyLabel() : label, Qt::ElideRight, r.width() - 8);
        const QRectF box(r.left() + 3, r.top() + 2, metrics.horizontalAdvance(text) + 4, metrics.height());
        painter.fillRect(box, palette.color(QPalette::Base));
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

QRectF DayPainter::previewRect(const DayLayout::Block& block) const
{
    const DayLayout::Block& dragged = m_layout.blocks()[m_preview.block];
    const bool restaffed = m_preview.column >= 0 && m_preview.column != dragged.column
        && (m_preview.wholeAppointment || &block == &dragged);
    if (restaffed) {
        // A re-staff keeps the time: the step (or every step) goes to the new column.
        return QRectF(m_layout.xOf(m_preview.column) + 3, block.rect.top(), m_layout.columnWidth() - 6,
            block.rect.height());
    }
    if (m_preview.column >= 0 && m_preview.column != dragged.column)
        return block.rect;
    return block.rect.translated(0, m_preview.minutes * DayLayout::kPixelsPerMinute);
}

void DayPainter::paintBlock(
    QPainter& painter, const DayLayout::Block& block, const QRectF& rect, bool ghost) const
{
    const day::DaySchedule& day = *m_layout.day();
    const day::DayAppointment& appointment = day.appointments[block.appointment];
    const day::DayStep& step = appointment.steps[block.step];
    const QRectF r = rect.adjusted(2, 1, -2, -1);
    const bool cancelled = step.state == StepState::Cancelled;
    QColor fill = fillOf(appointment.id);
    if (cancelled)
        fill = m_palette.color(QPalette::Window);
    if (ghost)
        fill.setAlpha(70);
    const bool failed = step.state == StepState::Failed;
    const QColor errorBorder = QColor::fromHsl(0, 190, m_dark ? 150 : 95);
    // Square corners and straight, unsmoothed borders: curves and antialiased dashes were most of the
    // paint's time (docs/benchmarks.md), and the grid is axis-aligned anyway.
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPen border(failed ? errorBorder : borderOf(appointment.id), failed ? 3 : 2, borderStyleOf(step.state));
    if (cancelled)
        border.setColor(m_palette.color(QPalette::Mid));
    painter.fillRect(r, fill);
    if (border.style() == Qt::SolidLine && border.color().alpha() == 255) {
        fillFrame(painter, r, border.widthF(), border.color());
    } else {
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        const qreal inset = border.widthF() / 2;
        painter.drawRect(r.adjusted(inset, inset, -inset, -inset));
    }
    if (ghost)
        return;
    if (cancelled) {
        painter.setPen(QPen(m_palette.color(QPalette::Mid), 1));
        painter.drawLine(r.topLeft() + QPointF(3, 3), r.bottomRight() - QPointF(3, 3));
    }
    const bool selected = step.phaseId == m_selectedPhase;
    const bool sameAppointment = !selected && m_selectedPhase != 0 && [&] {
        for (const day::DayStep& s : appointment.steps)
            if (s.phaseId == m_selectedPhase)
                return true;
        return false;
    }();
    if (selected || sameAppointment) {
        painter.setPen(QPen(
            m_palette.color(QPalette::Highlight), selected ? 3 : 2, selected ? Qt::SolidLine : Qt::DashLine));
        painter.drawRect(r.adjusted(-1, -1, 1, 1));
    }
    const double badge = std::min(14.0, r.height() - 4);
    if (badge >= 8)
        painter.drawPixmap(QPointF(r.right() - badge - 3, r.top() + 3),
            badgePixmap(step.state, int(badge), painter.device()->devicePixelRatioF()));

    // Text: laid out once per block and font (DayLayout::textOf); here only drawn.
    const DayLayout::BlockText& text = m_layout.textOf(int(&block - m_layout.blocks().constData()), m_font);
    if (text.lines.isEmpty())
        return;
    painter.setPen(cancelled ? m_palette.color(QPalette::PlaceholderText) : m_palette.color(QPalette::Text));
    const double line = QFontMetricsF(m_font).height();
    const QPointF origin(r.left() + 5, r.top() + 2);
    if (text.lines.size() == 1) {
        painter.setFont(text.firstFont);
        painter.drawStaticText(QPointF(origin.x(), r.center().y() - line / 2), text.lines.first());
        return;
    }
    for (int i = 0; i < text.lines.size(); ++i) {
        painter.setFont(i == 0 ? text.firstFont : m_font);
        painter.drawStaticText(origin + QPointF(0, i * line), text.lines[i]);
    }
}

QPixmap DayPainter::badgePixmap(StepState state, int size, qreal dpr) const
{
    // Drawn once per state, size and palette, then blitted: five kinds of badge on hundreds of blocks.
    const QString key = QStringLiteral("salon-day-badge-%1-%2-%3-%4")
                            .arg(int(state))
                            .arg(size)
                            .arg(dpr)
                            .arg(m_palette.color(QPalette::Base).rgba());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintBadge(p, state, QRectF(0.5, 0.5, size - 1, size - 1), m_palette);
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void DayPainter::paintBadge(QPainter& painter, StepState state, const QRectF& rect, const QPalette& palette)
{
    const StatePalette states(palette);
    const QColor ink = states.text();
    painter.save();
    painter.setPen(QPen(ink, 1));
    painter.setBrush(state == StepState::Cancelled ? palette.color(QPalette::Window)
                                                   : states.background(severityOf(state)));
    const QPointF c = rect.center();
    const double u = rect.width() / 14.0; // the glyphs are drawn on a 14-unit grid
    QPainterPath glyph;
    switch (state) {
    case StepState::Failed: {
        QPolygonF triangle({ QPointF(c.x(), rect.top()), rect.bottomRight(), rect.bottomLeft() });
        painter.drawPolygon(triangle);
        glyph.moveTo(c.x(), rect.top() + 4 * u);
        glyph.lineTo(c.x(), rect.top() + 9 * u);
        glyph.moveTo(c.x(), rect.top() + 11 * u);
        glyph.lineTo(c.x(), rect.top() + 12 * u);
        break;
    }
    case StepState::Synced:
        painter.drawEllipse(rect);
        glyph.moveTo(rect.left() + 3.5 * u, c.y());
        glyph.lineTo(rect.left() + 6 * u, rect.top() + 10 * u);
        glyph.lineTo(rect.left() + 10.5 * u, rect.top() + 4 * u);
        break;
    case StepState::Pending:
        painter.drawEllipse(rect);
        glyph.moveTo(c.x(), rect.top() + 3 * u);
        glyph.lineTo(c);
        glyph.lineTo(rect.left() + 10 * u, c.y());
        break;
    case StepState::Cancelled:
        painter.drawRect(rect);
        glyph.moveTo(rect.left() + 4 * u, rect.top() + 4 * u);
        glyph.lineTo(rect.left() + 10 * u, rect.top() + 10 * u);
        glyph.moveTo(rect.left() + 10 * u, rect.top() + 4 * u);
        glyph.lineTo(rect.left() + 4 * u, rect.top() + 10 * u);
        break;
    case StepState::Owed:
        painter.drawEllipse(rect);
        glyph.arcMoveTo(rect.adjusted(3 * u, 3 * u, -3 * u, -3 * u), 90);
        glyph.arcTo(rect.adjusted(3 * u, 3 * u, -3 * u, -3 * u), 90, 270);
        glyph.moveTo(c.x() + 4 * u, c.y() - 1 * u);
        glyph.lineTo(c.x() + 4 * u, c.y() + 2 * u);
        glyph.lineTo(c.x() + 1.5 * u, c.y() + 0.5 * u);
        break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, std::max(1.2, 1.6 * u), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(glyph);
    painter.restore();
}

void DayPainter::paintHeader(QPainter& painter) const
{
    const day::DaySchedule* day = m_layout.day();
    const QRectF header(0, 0, m_layout.size().width(), DayLayout::kHeaderHeight);
    painter.fillRect(header, m_palette.color(QPalette::Button));
    painter.setPen(m_palette.color(QPalette::Mid));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    if (!day)
        return;
    painter.setFont(m_bold);
    for (int c = 0; c < m_layout.columnCount(); ++c) {
        const QRectF cell(m_layout.xOf(c) + 4, 0, m_layout.columnWidth() - 8, DayLayout::kHeaderHeight);
        painter.setPen(
            m_palette.color(day->staff[c].active ? QPalette::ButtonText : QPalette::PlaceholderText));
        painter.drawText(cell, Qt::AlignCenter,
            QFontMetricsF(m_bold).elidedText(day->staff[c].name, Qt::ElideRight, cell.width()));
        painter.setPen(m_palette.color(QPalette::Mid));
        painter.drawLine(QPointF(m_layout.xOf(c), 0), QPointF(m_layout.xOf(c), DayLayout::kHeaderHeight));
    }
}

void DayPainter::paintGutter(QPainter& painter, const QRectF& exposed) const
{
    const QRectF gutter(0, DayLayout::kHeaderHeight, DayLayout::kGutterWidth, m_layout.size().height());
    painter.fillRect(gutter & QRectF(0, exposed.top(), DayLayout::kGutterWidth, exposed.height()),
        m_palette.color(QPalette::Button));
    painter.setFont(m_font);
    const int first = std::max(m_layout.firstMinute(), int(m_layout.minuteAt(exposed.top())) / 60 * 60);
    const int last = std::min(m_layout.lastMinute(), int(m_layout.minuteAt(exposed.bottom())) + 60);
    for (int m = first; m <= last; m += DayLayout::kGridMinutes) {
        const double y = m_layout.yOf(m);
        painter.setPen(m_palette.color(QPalette::Mid));
        painter.drawLine(
            QPointF(m % 60 == 0 ? 0 : DayLayout::kGutterWidth - 6, y), QPointF(DayLayout::kGutterWidth, y));
        if (m % 60 == 0 && m < 24 * 60) {
            painter.setPen(m_palette.color(QPalette::ButtonText));
            painter.drawText(QRectF(0, y + 1, DayLayout::kGutterWidth - 6, 18), Qt::AlignRight | Qt::AlignTop,
                QTime(m / 60, 0).toString(QStringLiteral("HH:mm")));
        }
    }
}

void DayPainter::paintCorner(QPainter& painter) const
{
    const QRectF corner(0, 0, DayLayout::kGutterWidth, DayLayout::kHeaderHeight);
    painter.fillRect(corner, m_palette.color(QPalette::Button));
    // The date, so a print or a PNG on the wall says which day it is.
    if (m_layout.day()) {
        painter.setPen(m_palette.color(QPalette::ButtonText));
        painter.setFont(m_font);
        painter.drawText(corner.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap,
            QLocale().toString(m_layout.day()->date, QLocale::ShortFormat));
    }
}

} // namespace salon::ui
