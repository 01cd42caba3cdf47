#include "DriftPanel.h"

#include "DriftApplier.h"
#include "DriftItemModel.h"
#include "core/drift/CalcomBookingPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace salon::ui
{

using drift::DriftChoice;

DriftPanel::DriftPanel(DriftItemModel* model, DriftApplier* applier, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_applier(applier)
    , m_groupFilter(new QComboBox(this))
    , m_lastLook(new QLabel(this))
    , m_view(new QListView(this))
    , m_whatChanged(new QLabel(this))
    , m_proposal(new QLabel(this))
    , m_apply(new QToolButton(this))
    , m_applyMenu(new QMenu(this))
    , m_keepOurs(new QPushButton(tr("&Keep ours"), this))
    , m_open(new QPushButton(tr("&Open in Cal.com"), this))
    , m_progress(new QProgressBar(this))
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Kind of change"));
    m_lastLook->setObjectName(QStringLiteral("lastLookLabel"));
    m_view->setObjectName(QStringLiteral("driftView"));
    m_view->setAccessibleName(tr("Changes made in Cal.com"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QLabel* label : { m_whatChanged, m_proposal }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_whatChanged->setObjectName(QStringLiteral("whatChangedLabel"));
    m_proposal->setObjectName(QStringLiteral("proposalLabel"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_keepOurs->setObjectName(QStringLiteral("keepOursButton"));
    m_open->setObjectName(QStringLiteral("openInCalcomButton"));
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Applying…"));
    m_progress->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_groupFilter, 1);
    auto* lookNow = new QPushButton(tr("&Look now"), this);
    lookNow->setObjectName(QStringLiteral("lookNowButton"));
    lookNow->setToolTip(tr("Ask Cal.com now for the bookings changed since the last look"));
    top->addWidget(lookNow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_keepOurs);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_lastLook);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_whatChanged);
    layout->addWidget(m_proposal);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);

    connect(lookNow, &QPushButton::clicked, this, &DriftPanel::lookNowRequested);
    connect(m_groupFilter, &QComboBox::activated, this, [this] {
        const QVariant group = m_groupFilter->currentData();
        m_model->setGroupFilter(
            group.isValid() ? std::optional<DriftGroup>(DriftGroup(group.toInt())) : std::nullopt);
    });
    connect(m_model, &DriftItemModel::countsChanged, this, &DriftPanel::updateFilter);
    // A look or a settled change resets the list: the change that was selected stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptKey = selectedKey(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int row = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r).data(DriftItemModel::KeyRole).toString() == m_keptKey)
                row = r;
        if (m_model->rowCount() > 0)
            selectRow(row);
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DriftPanel::updateDetails);
    connect(m_apply, &QToolButton::clicked, this, [this] { applySelected(); });
    connect(m_keepOurs, &QPushButton::clicked, this, &DriftPanel::keepOursForSelected);
    connect(m_open, &QPushButton::clicked, this, &DriftPanel::openSelectedInCalcom);

    connect(m_applier, &DriftApplier::started, this, [this] {
        m_progress->setVisible(true);
        updateDetails();
    });
    connect(m_applier, &DriftApplier::finished, this,
        [this](const drift::DriftDecision& decision, bool ok, const QString& message) {
            m_progress->setVisible(false);
            const QString key = DriftItemModel::keyOf(decision.item);
            if (ok) {
                emit statusMessage(
                    tr("Done: %1 — %2").arg(DriftWording::choiceText(decision.choice), message));
                m_model->remove(key);
            } else {
                emit statusMessage(tr("Could not %1: %2")
                                       .arg(drift::DriftChoices::label(decision.choice),
                                           message.isEmpty() ? tr("no reason given") : message));
            }
            updateDetails();
        });
    connect(m_applier, &DriftApplier::keepFailed, this, &DriftPanel::statusMessage);
    updateFilter();
    updateDetails();
}

void DriftPanel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
    updateDetails();
}

void DriftPanel::setLastLook(const QString& text)
{
    m_lastLook->setText(text);
}

QString DriftPanel::title() const
{
    return m_model->total() > 0 ? tr("Changed in Cal.com (%1)").arg(m_model->total())
                                : tr("Changed in Cal.com");
}

void DriftPanel::updateFilter()
{
    const QVariant current = m_groupFilter->currentData();
    const QSignalBlocker block(m_groupFilter);
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All changes (%1)").arg(m_model->total()));
    for (int g = 0; g < kDriftGroupCount; ++g)
        m_groupFilter->addItem(
            tr("%1 (%2)").arg(DriftWording::groupLabel(DriftGroup(g))).arg(m_model->count(DriftGroup(g))), g);
    m_groupFilter->setCurrentIndex(qMax(0, current.isValid() ? m_groupFilter->findData(current) : 0));
    emit titleChanged(title());
}

void DriftPanel::selectRow(int row)
{
    m_view->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

QString DriftPanel::selectedKey() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(DriftItemModel::KeyRole).toString() : QString();
}

void DriftPanel::updateDetails()
{
    const drift::DriftItem* item = m_model->item(selectedKey());
    const bool idle = !m_applier->isApplying();
    m_applyMenu->clear();
    m_apply->setMenu(nullptr);
    if (!item) {
        m_whatChanged->setText(m_model->total() > 0 ? tr("Choose a change to see what happened.")
                                                    : tr("No changes made in Cal.com are waiting."));
        m_proposal->clear();
        for (QWidget* w : std::initializer_list<QWidget*> { m_apply, m_keepOurs, m_open })
            w->setEnabled(false);
        return;
    }
    m_whatChanged->setText(DriftWording::whatChanged(*item, m_zone));
    m_proposal->setText(DriftWording::proposal(*item));
    const auto& choices = item->proposal.choices;
    if (choices.size() > 1) {
        for (DriftChoice c : choices)
            m_applyMenu->addAction(DriftWording::choiceText(c), this, [this, c] { applySelected(c); });
        m_apply->setMenu(m_applyMenu);
        m_apply->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_apply->setToolTip(
        item->proposal.canApply() ? DriftWording::choiceText(item->proposal.recommended()) : QString());
    m_apply->setEnabled(idle && item->proposal.canApply() && m_applier->isReady());
    const auto putBack = item->proposal.putBack();
    m_keepOurs->setToolTip(putBack ? DriftWording::choiceText(*putBack)
                                   : tr("Leave Cal.com's change as it is and stop showing it"));
    m_keepOurs->setEnabled(idle && (!putBack || m_applier->isReady()));
    m_open->setEnabled(!(item->liveBookingUid.isEmpty() && item->finding.bookingUid.isEmpty()));
}

void DriftPanel::applySelected(std::optional<DriftChoice> choice)
{
    const drift::DriftItem* item = m_model->item(selectedKey());
    if (!item || !item->proposal.canApply())
        return;
    const DriftChoice chosen = choice.value_or(item->proposal.recommended());
    if (!m_applier->apply(drift::DriftDecision { *item, chosen }))
        emit statusMessage(tr("Cal.com is not connected, or another change is still being applied."));
}

void DriftPanel::keepOursForSelected()
{
    const drift::DriftItem* item = m_model->item(selectedKey());
    if (!item)
        return;
    if (const auto putBack = item->proposal.putBack()) {
        applySelected(*putBack);
        return;
    }
    emit statusMessage(
        tr("Kept the salon's plan; Cal.com's change is shown again only if the booking changes "
           "once more."));
    m_applier->keep(*item);
    m_model->remove(DriftItemModel::keyOf(*item));
}

void DriftPanel::openSelectedInCalcom()
{
    const drift::DriftItem* item = m_model->item(selectedKey());
    if (!item)
        return;
    const QString uid = item->liveBookingUid.isEmpty() ? item->finding.bookingUid : item->liveBookingUid;
    const QUrl url = drift::CalcomBookingPage::url(m_apiBaseUrl, uid);
    if (!m_openUrl(url))
        emit statusMessage(tr("Could not open %1 in the browser.").arg(url.toString()));
}

} // namespace salon::ui
