#include "StatePalette.h"

namespace salon::ui
{

namespace
{
// Hues of the states: red, amber, blue.
int hueOf(RowFinding::Severity severity)
{
    switch (severity) {
    case RowFinding::Severity::Error:
        return 0;
    case RowFinding::Severity::Warning:
        return 42;
    case RowFinding::Severity::Info:
        return 212;
    }
    return 212;
}
} // namespace

StatePalette::StatePalette(const QPalette& palette)
    : m_base(palette.color(QPalette::Base))
    , m_text(palette.color(QPalette::Text))
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor StatePalette::background(RowFinding::Severity severity) const
{
    // Light themes: a pale tint of the hue; dark themes: a deep shade, so the theme's text stays legible.
    return m_dark ? QColor::fromHsl(hueOf(severity), 110, 60) : QColor::fromHsl(hueOf(severity), 200, 222);
}

} // namespace salon::ui
