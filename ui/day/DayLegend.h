#pragma once

#include <QWidget>

namespace salon::ui
{

// What the badges and borders of the Day page mean, in one row: synced, pending, failed, cancelled, owed,
// and the hatched processing time — drawn by DayPainter, so the legend is the picture's own.
class DayLegend : public QWidget
{
    Q_OBJECT
public:
    explicit DayLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList labels() const;
};

} // namespace salon::ui
