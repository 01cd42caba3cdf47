#include "DayExport.h"

#include "DayLayout.h"
#include "DayPainter.h"

#include <QFontInfo>
#include <QLocale>
#include <QPainter>
#include <QPrinter>

namespace salon::ui
{

DayExport::DayExport(const day::DaySchedule& day, const QPalette& palette, const QFont& font)
    : m_day(day)
    , m_palette(palette)
    , m_font(font)
{
    // Paper and PNGs are light whatever the desktop theme.
    if (m_palette.color(QPalette::Base).lightness() < 128)
        m_palette = QPalette(QColor(239, 239, 239));
}

int DayExport::firstMinute() const
{
    int first = m_day.openFromMinute;
    for (const day::DayAppointment& a : m_day.appointments)
        for (const day::DayStep& s : a.steps)
            first = std::min(first, std::max(0, m_day.minuteOf(s.startsAt)) / 60 * 60);
    return first;
}

int DayExport::lastMinute() const
{
    int last = m_day.openUntilMinute;
    for (const day::DayAppointment& a : m_day.appointments)
        for (const day::DayStep& s : a.steps)
            last = std::max(last, std::min(24 * 60, (m_day.minuteOf(s.endsAt) + 59) / 60 * 60));
    return last;
}

QString DayExport::title() const
{
    return tr("Salon day %1").arg(QLocale().toString(m_day.date, QLocale::LongFormat));
}

QImage DayExport::image(int width, qreal devicePixelRatio) const
{
    const DayLayout layout(&m_day, width, firstMinute(), lastMinute());
    const QSizeF size = layout.size();
    QImage image((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.setFont(m_font);
    DayPainter(layout, m_palette, m_font).paintAll(painter);
    painter.end();
    image.setText(QStringLiteral("Title"), title());
    return image;
}

QString DayExport::savePng(const QString& path, int width) const
{
    if (!image(width, 2.0).save(path, "PNG"))
        return tr("Cannot write the picture to %1: check that the folder exists and may be written.")
            .arg(path);
    return {};
}

void DayExport::print(QPrinter* printer) const
{
    printer->setDocName(title());
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    // Laid out at a screen-like width, then scaled to the page: the text keeps its proportions.
    const DayLayout layout(&m_day, 1100, firstMinute(), lastMinute());
    const QSizeF size = layout.size();
    const qreal titleHeight = size.height() * 0.04;
    const qreal scale = std::min(page.width() / size.width(), page.height() / (size.height() + titleHeight));
    painter.scale(scale, scale);
    // Pixel sizes: a point size would follow the printer's resolution and then be scaled once more.
    QFont font(m_font);
    font.setPixelSize(std::max(9, QFontInfo(m_font).pixelSize()));
    QFont bold(font);
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(0, 0, size.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title());
    painter.translate(0, titleHeight);
    painter.setFont(font);
    DayPainter(layout, m_palette, font).paintAll(painter);
}

} // namespace salon::ui
