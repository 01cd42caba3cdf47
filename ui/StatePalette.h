#pragma once

#include "models/RowFinding.h"

#include <QColor>
#include <QPalette>

namespace salon::ui
{

// The colours that say how things stand — an error, a warning, a note, success — derived from the
// current palette (KeePassXC's StateColorPalette), so they read well on light and dark themes and no
// widget hard-codes an RGB value or a style sheet.
class StatePalette
{
public:
    explicit StatePalette(const QPalette& palette);

    // A background for a row or a banner of this severity.
    QColor background(RowFinding::Severity severity) const;
    // Text drawn on that background.
    QColor text() const { return m_text; }

private:
    QColor m_base;
    QColor m_text;
    bool m_dark = false;
};

} // namespace salon::ui
