#include "DriftCli.h"

#include "CliContext.h"

#include <QStringList>

namespace salon::cli
{

using namespace salon::drift;
using sync::BookingDrift;

namespace
{
const QList<BookingDrift::Kind> kKinds { BookingDrift::Kind::Cancelled, BookingDrift::Kind::Rescheduled,
    BookingDrift::Kind::TimeChanged, BookingDrift::Kind::HostChanged, BookingDrift::Kind::Untracked,
    BookingDrift::Kind::Duplicate, BookingDrift::Kind::Missing };

std::optional<QString> kindNamed(const QString& text)
{
    for (BookingDrift::Kind k : kKinds)
        if (BookingDrift::kindName(k).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return BookingDrift::kindName(k);
    return std::nullopt;
}
} // namespace

QString DriftCli::kindNames()
{
    QStringList names;
    for (BookingDrift::Kind k : kKinds)
        names << BookingDrift::kindName(k);
    return names.join(QStringLiteral(", "));
}

std::optional<DriftCli::Selection> DriftCli::parseSelection(const QString& text, QString* error)
{
    Selection selection;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kindText = part.section(QLatin1Char(':'), 0, 0);
        const auto kind = kindNamed(kindText);
        if (!kind) {
            *error = tr("--apply knows the kinds %1, not \"%2\"").arg(kindNames(), kindText.trimmed());
            return std::nullopt;
        }
        std::optional<DriftChoice> choice;
        if (part.contains(QLatin1Char(':'))) {
            choice = DriftChoices::fromName(part.section(QLatin1Char(':'), 1));
            if (!choice) {
                *error = tr("--apply: \"%1\" is no choice (cancel-appointment, book-again, follow, "
                            "move-appointment, move-back, adopt, cancel-other, put-back)")
                             .arg(part.section(QLatin1Char(':'), 1).trimmed());
                return std::nullopt;
            }
        }
        selection.kinds.insert(*kind, choice);
    }
    if (selection.kinds.isEmpty()) {
        *error = tr("--apply needs at least one kind (%1)").arg(kindNames());
        return std::nullopt;
    }
    return selection;
}

QList<DriftDecision> DriftCli::decide(const QList<DriftItem>& items, const Selection& selection)
{
    QList<DriftDecision> decisions;
    for (const DriftItem& item : items) {
        if (!item.proposal.canApply())
            continue;
        std::optional<DriftChoice> choice;
        if (!selection.all) {
            const auto it = selection.kinds.constFind(item.kindName());
            if (it == selection.kinds.constEnd())
                continue;
            choice = *it;
        }
        decisions.append(DriftDecision { item, choice.value_or(item.proposal.recommended()) });
    }
    return decisions;
}

void DriftCli::printItem(CliContext& context, const DriftItem& item)
{
    const BookingDrift& d = item.finding;
    context.out() << tr("%1 phase %2 (appointment %3): %4")
                         .arg(BookingDrift::kindName(d.kind))
                         .arg(d.phaseId)
                         .arg(d.appointmentId)
                         .arg(d.message)
                  << Qt::endl;
    if (!item.proposal.reason.isEmpty())
        context.out() << QStringLiteral("    ") << item.proposal.reason << Qt::endl;
    QStringList choices;
    for (DriftChoice c : item.proposal.choices)
        choices << QStringLiteral("%1 (%2)").arg(DriftChoices::name(c), DriftChoices::label(c));
    if (!choices.isEmpty())
        context.out() << QStringLiteral("    ") << tr("choices: %1").arg(choices.join(QStringLiteral(" | ")))
                      << Qt::endl;
}

void DriftCli::printOutcome(CliContext& context, const DriftOutcome& o)
{
    const BookingDrift& d = o.decision.item.finding;
    context.out() << tr("%1 phase %2 (appointment %3) %4: %5 - %6")
                         .arg(BookingDrift::kindName(d.kind))
                         .arg(d.phaseId)
                         .arg(d.appointmentId)
                         .arg(DriftChoices::name(o.decision.choice), DriftOutcome::resultName(o.result),
                             o.message)
                  << Qt::endl;
}

} // namespace salon::cli
