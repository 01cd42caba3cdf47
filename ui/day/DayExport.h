#pragma once

#include "core/day/DaySchedule.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPalette>

class QPrinter;

namespace salon::ui
{

// The day for the salon's wall: the salon's hours (and any step outside them) drawn by the same
// DayPainter as the screen, as an image or on a printer page (scaled to fit).
class DayExport
{
    Q_DECLARE_TR_FUNCTIONS(salon::ui::DayExport)
public:
    DayExport(const day::DaySchedule& day, const QPalette& palette, const QFont& font);

    // width: of the image in pixels (the columns share it); the height follows from the hours.
    QImage image(int width, qreal devicePixelRatio = 1.0) const;
    // An error message, or empty when saved.
    QString savePng(const QString& path, int width) const;
    void print(QPrinter* printer) const;

    // The local minutes an export shows.
    int firstMinute() const;
    int lastMinute() const;

private:
    QString title() const;

    const day::DaySchedule& m_day;
    QPalette m_palette;
    QFont m_font;
};

} // namespace salon::ui
