#include "WidgetWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

namespace salon::test
{

namespace
{
// Rows of a table whose cells are read (the first screenful is what a newcomer sees).
constexpr int kRowsRead = 30;

// What a label or button shows: rich text as plain text, "&&" as "&", a single "&" (a mnemonic) dropped.
QString shownText(const QString& text, bool rich, bool mnemonics)
{
    QString plain = text;
    if (rich) {
        QTextDocument doc;
        doc.setHtml(text);
        plain = doc.toPlainText();
    }
    if (mnemonics) {
        static const QRegularExpression single(QStringLiteral("&(?!&)"));
        plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        plain.remove(single);
        plain.replace(QChar(1), QLatin1Char('&'));
    }
    return plain;
}

// A "&" that Qt takes for a mnemonic although it was meant to be read ("Föhnen & Styling").
bool hasLostAmpersand(const QString& text)
{
    static const QRegularExpression lost(QStringLiteral("(?<!&)&(?=[\\s]|$)"));
    return lost.match(text).hasMatch();
}

int widestLine(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

bool inDetails(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w->objectName().startsWith(QLatin1String("details"), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

QString widgetPath(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className()).section(QLatin1String("::"), -1);
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            part += QLatin1Char(':') + w->objectName();
        parts.prepend(part);
        if (w->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

const QStringList& WidgetWalk::englishWords()
{
    // Common English words of this UI that have no place in the German one (a German text with one of
    // them fell back to English, or kept a technical term).
    static const QStringList words = { QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"),
        QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("from"),
        QStringLiteral("not"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("this"),
        QStringLiteral("Kind"), QStringLiteral("Slug"), QStringLiteral("Event"), QStringLiteral("Events"),
        QStringLiteral("Staff"), QStringLiteral("Sync"), QStringLiteral("Booking"),
        QStringLiteral("Bookings"), QStringLiteral("failed"), QStringLiteral("pending"),
        QStringLiteral("synced"), QStringLiteral("skipped"), QStringLiteral("scheduled"),
        QStringLiteral("cancelled"), QStringLiteral("confirmed"), QStringLiteral("completed"),
        QStringLiteral("no_show"), QStringLiteral("in_progress"), QStringLiteral("segment"),
        QStringLiteral("populate"), QStringLiteral("error"), QStringLiteral("errors"),
        QStringLiteral("warning"), QStringLiteral("warnings"), QStringLiteral("Retry"),
        QStringLiteral("Cancel"), QStringLiteral("Save"), QStringLiteral("Close"), QStringLiteral("Settings"),
        QStringLiteral("Services"), QStringLiteral("Appointment"), QStringLiteral("Appointments"),
        QStringLiteral("Phases"), QStringLiteral("Next"), QStringLiteral("Back"), QStringLiteral("Finish"),
        QStringLiteral("Help"), QStringLiteral("File"), QStringLiteral("Tools"), QStringLiteral("View"),
        QStringLiteral("Refresh"), QStringLiteral("Delete"), QStringLiteral("Edit"), QStringLiteral("Add"),
        QStringLiteral("Search"), QStringLiteral("Yes"), QStringLiteral("Parent"), QStringLiteral("Child"),
        QStringLiteral("managed"), QStringLiteral("hidden"), QStringLiteral("mandatory"),
        QStringLiteral("round"), QStringLiteral("robin"), QStringLiteral("host"), QStringLiteral("event"),
        QStringLiteral("sync"), QStringLiteral("staff"), QStringLiteral("Attempts"), QStringLiteral("Queue"),
        QStringLiteral("Reconcile"), QStringLiteral("Verify"), QStringLiteral("Wizard"),
        QStringLiteral("Map"), QStringLiteral("Type"), QStringLiteral("Types"), QStringLiteral("Step"),
        QStringLiteral("Steps"), QStringLiteral("Undo"), QStringLiteral("Run"), QStringLiteral("Runs"),
        QStringLiteral("Entry"), QStringLiteral("Entries"), QStringLiteral("Snapshot"),
        QStringLiteral("Rehearsal"), QStringLiteral("Move"), QStringLiteral("Change"),
        QStringLiteral("Active"), QStringLiteral("Customer"), QStringLiteral("Duration"),
        QStringLiteral("minutes"), QStringLiteral("Done"), QStringLiteral("Ready"),
        QStringLiteral("Connected"), QStringLiteral("Database"), QStringLiteral("User") };
    return words;
}

const QStringList& WidgetWalk::allowedNames()
{
    // Names and abbreviations German uses as they are.
    static const QStringList names = { QStringLiteral("Cal.com"), QStringLiteral("Salon Admin"),
        QStringLiteral("CSV"), QStringLiteral("ID"), QStringLiteral("IDs"), QStringLiteral("E-Mail"),
        QStringLiteral("OK"), QStringLiteral("UUID"), QStringLiteral("API"), QStringLiteral("URL"),
        QStringLiteral("PostgreSQL"), QStringLiteral("SQLite"), QStringLiteral("JSON"),
        QStringLiteral("Team"), QStringLiteral("Teams") };
    return names;
}

void WidgetWalk::checkText(QStringList& out, const QString& where, const QString& text, bool data) const
{
    if (text.trimmed().isEmpty())
        return;
    // File paths are the admin's own names: not checked for words or values.
    static const QRegularExpression path(QStringLiteral("\\S*/\\S*"));
    const QString shown = QString(text).replace(path, QStringLiteral("…")).simplified();
    auto add = [&](const QString& kind, const QString& what) {
        out << QStringLiteral("%1: %2: %3").arg(kind, where, what);
    };
    static const QRegularExpression rawEnum(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z_]+\\}|%[0-9]\\b|%n\\b"));
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}[T ]?\\d{2}:\\d{2}"));
    static const QRegularExpression utcZ(QStringLiteral("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z\\b"));
    static const QRegularExpression seconds(QStringLiteral("\\b\\d{1,2}:\\d{2}:\\d{2}\\b"));
    static const QRegularExpression shortYear(
        QStringLiteral("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2}\\b(?![./\\d])"));
    static const QRegularExpression cliCommand(
        QStringLiteral("\\b(populate|verify|repair|retire)-[a-z-]+\\b|salon-admin-cli"));
    if (const auto m = rawEnum.match(shown); m.hasMatch())
        add(QStringLiteral("raw value"), m.captured(0) + QLatin1String(" in \"") + shown + QLatin1Char('"'));
    if (const auto m = placeholder.match(shown); m.hasMatch())
        add(QStringLiteral("placeholder"), shown);
    for (const QRegularExpression* format : { &isoDate, &utcZ, &seconds, &shortYear })
        if (const auto m = format->match(shown); m.hasMatch())
            add(QStringLiteral("date format"),
                m.captured(0) + QLatin1String(" in \"") + shown + QLatin1Char('"'));
    if (!data && cliCommand.match(shown).hasMatch())
        add(QStringLiteral("command name"), shown);
    if (!m_german || data)
        return;
    QString words = shown;
    for (const QString& name : allowedNames())
        words.replace(name, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}_]+"));
    for (const QString& word : words.split(separators, Qt::SkipEmptyParts))
        if (englishWords().contains(word)) { // case matters: "Segment" is German, "segment" is not
            add(QStringLiteral("English"), word + QLatin1String(" in \"") + shown + QLatin1Char('"'));
            break;
        }
}

void WidgetWalk::checkLabel(QStringList& out, QWidget* widget) const
{
    auto* label = qobject_cast<QLabel*>(widget);
    if (!label || label->text().isEmpty())
        return;
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    const QString text = shownText(label->text(), rich, label->buddy() != nullptr);
    const QString where = widgetPath(label);
    checkText(out, where, text);
    if (label->buddy() && hasLostAmpersand(label->text()))
        out << QStringLiteral("mnemonic: %1: %2").arg(where, label->text());
    const QRect room = label->contentsRect().adjusted(
        label->margin(), label->margin(), -label->margin(), -label->margin());
    bool cut = false;
    if (label->wordWrap()) {
        cut = label->heightForWidth(label->width()) > label->height() + 1;
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
            cut = cut || label->fontMetrics().horizontalAdvance(word) > room.width();
    } else if (rich) {
        cut = label->minimumSizeHint().width() > label->width();
    } else {
        cut = widestLine(label->fontMetrics(), text) > room.width();
    }
    // A label that reaches past its parent is cut there, whatever its own size.
    if (const QWidget* parent = label->parentWidget(); parent && !label->isWindow())
        cut = cut || label->geometry().right() > parent->rect().right() + 1;
    if (cut)
        out << QStringLiteral("cut: %1: %2").arg(where, text.simplified());
}

void WidgetWalk::checkButton(QStringList& out, QWidget* widget) const
{
    auto* button = qobject_cast<QAbstractButton*>(widget);
    if (!button || button->objectName() == QLatin1String("qt_toolbar_ext_button"))
        return;
    const QString where = widgetPath(button);
    const QString text = shownText(button->text(), false, true);
    checkText(out, where, text);
    checkText(out, where + QLatin1String(" (tooltip)"), shownText(button->toolTip(), true, false));
    if (hasLostAmpersand(button->text()))
        out << QStringLiteral("mnemonic: %1: %2").arg(where, button->text());
    const auto* tool = qobject_cast<QToolButton*>(button);
    const bool textShown = !text.isEmpty() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly);
    if (textShown && button->sizeHint().width() > button->width() + 1)
        out << QStringLiteral("cut: %1: %2").arg(where, text);
}

void WidgetWalk::checkTabBar(QStringList& out, QWidget* widget) const
{
    auto* tabs = qobject_cast<QTabBar*>(widget);
    if (!tabs)
        return;
    const QString where = widgetPath(tabs);
    const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        const QString text = shownText(tabs->tabText(i), false, true);
        checkText(out, where, text);
        const int icon = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
        if (tabs->fontMetrics().horizontalAdvance(text) + padding + icon > tabs->tabRect(i).width() + 1)
            out << QStringLiteral("cut: %1: tab %2").arg(where, text);
    }
}

void WidgetWalk::checkHeader(QStringList& out, QWidget* widget) const
{
    auto* header = qobject_cast<QHeaderView*>(widget);
    if (!header || !header->model() || header->orientation() != Qt::Horizontal)
        return;
    const QString where = widgetPath(header);
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionSize(logical) == 0)
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
        checkText(out, where, text);
        checkText(out, where + QLatin1String(" (tooltip)"),
            header->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString());
        const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == logical;
        const int needed = widestLine(header->fontMetrics(), text) + margin + (sorted ? mark : 0);
        // What the admin sees of the section: a tree view's stretched last section runs past the view's
        // right edge when the columns are wider than the view, and its text is cut there.
        const int left = header->sectionViewportPosition(logical);
        const int shown
            = std::min(left + header->sectionSize(logical), header->viewport()->width()) - std::max(left, 0);
        if (shown > 0 && needed > shown + 1)
            out << QStringLiteral("cut: %1: column %2").arg(where, text);
    }
}

void WidgetWalk::checkToolBar(QStringList& out, QWidget* widget) const
{
    auto* bar = qobject_cast<QToolBar*>(widget);
    if (!bar)
        return;
    const QString where = widgetPath(bar);
    QStringList hidden;
    for (QAction* action : bar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        checkText(out, where, shownText(action->text(), false, true));
        if (hasLostAmpersand(action->text()))
            out << QStringLiteral("mnemonic: %1: %2").arg(where, action->text());
        const QWidget* shown = bar->widgetForAction(action);
        if (shown && !shown->isVisible())
            hidden << shownText(action->text(), false, true);
    }
    const auto* extension = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    if ((extension && extension->isVisible()) || !hidden.isEmpty())
        out << QStringLiteral("overflow: %1: » hides %2").arg(where, hidden.join(QLatin1String(", ")));
}

void WidgetWalk::checkItemView(QStringList& out, QWidget* widget) const
{
    auto* view = qobject_cast<QAbstractItemView*>(widget);
    if (!view || !view->model())
        return;
    const QString where = widgetPath(view);
    const auto* table = qobject_cast<QTableView*>(view);
    const QAbstractItemModel* model = view->model();
    QStringList found;
    for (int row = 0; row < std::min(model->rowCount(), kRowsRead); ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table && table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const QVariant value = index.data(Qt::DisplayRole);
            QString text = value.toString();
            if (auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(index)))
                text = delegate->displayText(value, view->locale());
            checkText(found, where, text, false);
        }
    // One example of each kind per view: the first screenful repeats itself.
    QSet<QString> kinds;
    for (const QString& finding : std::as_const(found))
        if (const QString kind = finding.section(QLatin1Char(':'), 0, 0); !kinds.contains(kind)) {
            kinds.insert(kind);
            out << finding;
        }
}

void WidgetWalk::checkStatusBar(QStringList& out, QWidget* widget) const
{
    auto* bar = qobject_cast<QStatusBar*>(widget);
    if (!bar || bar->currentMessage().isEmpty())
        return;
    // The message is painted left of the permanent widgets; past them it is overprinted.
    int room = bar->width();
    for (QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (child->isVisible() && !child->inherits("QSizeGrip"))
            room = std::min(room, child->geometry().left());
    const QString where = widgetPath(bar);
    checkText(out, where, bar->currentMessage());
    if (bar->fontMetrics().horizontalAdvance(bar->currentMessage()) + 8 > room)
        out << QStringLiteral("cut: %1: %2").arg(where, bar->currentMessage());
}

QStringList WidgetWalk::findings(QWidget* root) const
{
    QStringList out;
    QList<QWidget*> widgets { root };
    widgets += root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->visibleRegion().isEmpty())
            continue;
        QStringList found;
        checkLabel(found, widget);
        checkButton(found, widget);
        checkTabBar(found, widget);
        checkHeader(found, widget);
        checkToolBar(found, widget);
        checkItemView(found, widget);
        checkStatusBar(found, widget);
        if (auto* menus = qobject_cast<QMenuBar*>(widget))
            for (QAction* menu : menus->actions()) {
                checkText(found, widgetPath(menus), shownText(menu->text(), false, true));
                if (menu->menu())
                    for (QAction* item : menu->menu()->actions())
                        checkText(found, widgetPath(menus) + QLatin1Char('/') + menu->text(),
                            shownText(item->text(), false, true));
            }
        // Details sections keep the technical words on purpose; only their size counts there.
        if (inDetails(widget))
            found.erase(std::remove_if(found.begin(), found.end(),
                            [](const QString& f) { return !f.startsWith(QLatin1String("cut:")); }),
                found.end());
        out += found;
    }
    out.removeDuplicates();
    return out;
}

} // namespace salon::test
