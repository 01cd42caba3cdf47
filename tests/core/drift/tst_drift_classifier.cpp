// The drift classifier alone (no database, no Cal.com): every kind's proposal, and the composite chain
// check of a moved step (overlaps the next step, eats the processing gap).
#include "drift/DriftClassifier.h"

#include <QTest>

using namespace salon;
using namespace salon::drift;
using sync::BookingDrift;

namespace
{
QDateTime at(int h, int m)
{
    return QDateTime(QDate(2030, 11, 25), QTime(h, m), Qt::UTC);
}

// Appointment 763 as imported: A 09:00-09:30, processing 09:30-10:00, B 10:00-10:15, C 10:15-10:45,
// D 10:45-11:15, every staff step synced.
DriftFacts incident()
{
    DriftFacts f;
    const struct {
        qint64 id;
        const char* key;
        QDateTime s, e;
        bool staff;
    } rows[] = { { 269, "A", at(9, 0), at(9, 30), true }, { 270, "P", at(9, 30), at(10, 0), false },
        { 271, "B", at(10, 0), at(10, 15), true }, { 272, "C", at(10, 15), at(10, 45), true },
        { 273, "D", at(10, 45), at(11, 15), true } };
    for (const auto& r : rows) {
        DriftFacts::Phase p;
        p.id = r.id;
        p.appointmentId = 763;
        p.segmentKey = QString::fromLatin1(r.key);
        p.startsAt = r.s;
        p.endsAt = r.e;
        p.staffRequired = r.staff;
        p.status = r.staff ? SyncStatus::Synced : SyncStatus::Skipped;
        p.bookingUid = QStringLiteral("uid-%1").arg(r.id);
        f.phases.insert(p.id, p);
    }
    f.appointmentStarts.insert(763, at(9, 0));
    f.staffByCalcomUser.insert(1346406, { QStringLiteral("fabian"), QStringLiteral("Fabian Spitzer") });
    return f;
}

calcom::Booking booking(const QString& uid, const QDateTime& start, int minutes, bool cancelled = false)
{
    calcom::Booking b;
    b.id = uid.size();
    b.uid = uid;
    b.start = start;
    b.end = start.addSecs(minutes * 60);
    b.status = cancelled ? calcom::Booking::Status::Cancelled : calcom::Booking::Status::Accepted;
    return b;
}

BookingDrift finding(BookingDrift::Kind kind, qint64 phaseId, const QDateTime& expected)
{
    BookingDrift d;
    d.kind = kind;
    d.phaseId = phaseId;
    d.appointmentId = 763;
    d.bookingUid = QStringLiteral("uid-%1").arg(phaseId);
    d.expectedStart = expected;
    return d;
}
} // namespace

class TestDriftClassifier : public QObject
{
    Q_OBJECT
private slots:
    void chainFitsOrBreaks_data()
    {
        QTest::addColumn<qint64>("phase");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("problem"); // empty: fits
        QTest::newRow("D later fits") << qint64(273) << at(11, 30) << 30 << QString();
        QTest::newRow("A earlier fits") << qint64(269) << at(8, 30) << 30 << QString();
        QTest::newRow("B eats the gap") << qint64(271) << at(9, 45) << 15 << "processing time";
        QTest::newRow("C overlaps D") << qint64(272) << at(10, 30) << 30 << "step D";
        QTest::newRow("C overlaps B") << qint64(272) << at(10, 5) << 30 << "step B";
        QTest::newRow("A eats the gap") << qint64(269) << at(9, 15) << 30 << "processing time";
    }
    void chainFitsOrBreaks()
    {
        QFETCH(qint64, phase);
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QString, problem);
        const QString found
            = DriftClassifier::chainProblem(incident(), phase, start, start.addSecs(minutes * 60));
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void cancelledOffersCancelOrBookAgain()
    {
        const DriftItem item
            = DriftClassifier::classify(finding(BookingDrift::Kind::Cancelled, 272, at(10, 15)), incident());
        QCOMPARE(item.proposal.choices,
            (QList<DriftChoice> { DriftChoice::CancelAppointment, DriftChoice::BookAgain }));
        QVERIFY(!item.proposal.reason.isEmpty());
    }

    void rescheduleIsFollowedToItsEnd()
    {
        DriftFacts f = incident();
        calcom::Booking first = booking(QStringLiteral("uid-273"), at(10, 45), 30, true);
        first.rescheduledToUid = QStringLiteral("second");
        calcom::Booking second = booking(QStringLiteral("second"), at(12, 0), 30, true);
        second.rescheduledToUid = QStringLiteral("third");
        f.addBookings({ first, second, booking(QStringLiteral("third"), at(11, 30), 30) });
        BookingDrift d = finding(BookingDrift::Kind::Rescheduled, 273, at(10, 45));
        d.otherBookingUid = QStringLiteral("second");
        const DriftItem item = DriftClassifier::classify(d, f);
        QCOMPARE(item.liveBookingUid, QStringLiteral("third"));
        QCOMPARE(item.liveStart, at(11, 30));
        QVERIFY(item.chainProblem.isEmpty());
        QCOMPARE(item.proposal.recommended(), DriftChoice::FollowCalcom);
        QVERIFY(item.proposal.choices.contains(DriftChoice::MoveStepBack));
    }

    void aRescheduleThatBreaksTheChainProposesMovingTheAppointment()
    {
        DriftFacts f = incident();
        f.addBookings({ booking(QStringLiteral("moved"), at(10, 30), 30) });
        BookingDrift d = finding(BookingDrift::Kind::Rescheduled, 272, at(10, 15));
        d.otherBookingUid = QStringLiteral("moved");
        const DriftItem item = DriftClassifier::classify(d, f);
        QVERIFY(!item.chainProblem.isEmpty());
        QCOMPARE(item.proposal.choices,
            (QList<DriftChoice> { DriftChoice::MoveAppointment, DriftChoice::MoveStepBack }));
        QCOMPARE(item.moveAppointmentTo, at(9, 15)); // the same 15 minutes later as the step
    }

    void aRescheduleToAnUnreadBookingOffersNothing()
    {
        BookingDrift d = finding(BookingDrift::Kind::Rescheduled, 272, at(10, 15));
        d.otherBookingUid = QStringLiteral("gone");
        QVERIFY(!DriftClassifier::classify(d, incident()).proposal.canApply());
    }

    void aTimeChangeWithoutRescheduleIsFollowedOrPutBack()
    {
        DriftFacts f = incident();
        f.addBookings({ booking(QStringLiteral("uid-273"), at(11, 15), 30) });
        const DriftItem item
            = DriftClassifier::classify(finding(BookingDrift::Kind::TimeChanged, 273, at(10, 45)), f);
        QCOMPARE(item.proposal.choices,
            (QList<DriftChoice> { DriftChoice::FollowCalcom, DriftChoice::MoveStepBack }));
        QCOMPARE(item.liveEnd, at(11, 45));
    }

    // Following goes only to a staff member; putting Cal.com back (our staff member booked again) is always
    // offered, and is what "Keep ours" runs.
    void aHostChangeIsFollowedOnlyToAStaffMember()
    {
        DriftFacts f = incident();
        calcom::Booking b = booking(QStringLiteral("uid-272"), at(10, 15), 30);
        b.hosts = { calcom::Booking::Host { 1346406, QStringLiteral("Fabian Spitzer"), {}, {}, {} } };
        f.addBookings({ b });
        DriftItem item
            = DriftClassifier::classify(finding(BookingDrift::Kind::HostChanged, 272, at(10, 15)), f);
        QCOMPARE(item.followStaffId, QStringLiteral("fabian"));
        QCOMPARE(item.proposal.choices,
            (QList<DriftChoice> { DriftChoice::FollowCalcom, DriftChoice::PutBackHost }));
        QCOMPARE(item.proposal.putBack(), std::optional<DriftChoice>(DriftChoice::PutBackHost));

        b.hosts.first().id = 999;
        f.addBookings({ b });
        item = DriftClassifier::classify(finding(BookingDrift::Kind::HostChanged, 272, at(10, 15)), f);
        QCOMPARE(item.proposal.choices, QList<DriftChoice> { DriftChoice::PutBackHost });
        QCOMPARE(item.proposal.putBack(), std::optional<DriftChoice>(DriftChoice::PutBackHost));
        QVERIFY(item.followStaffId.isEmpty());
        QVERIFY(item.proposal.reason.contains(QLatin1String("999")));
    }

    void onlyAPendingOrFailedPhaseAdopts()
    {
        DriftFacts f = incident();
        BookingDrift d = finding(BookingDrift::Kind::Untracked, 272, at(10, 15));
        d.bookingUid = QStringLiteral("stray");
        QVERIFY(!DriftClassifier::classify(d, f).proposal.canApply()); // 272 is synced
        f.phases[272].status = SyncStatus::Failed;
        const DriftItem item = DriftClassifier::classify(d, f);
        QCOMPARE(item.proposal.choices, QList<DriftChoice> { DriftChoice::Adopt });
        QCOMPARE(item.liveBookingUid, QStringLiteral("stray"));
        d.phaseId = 9999;
        QVERIFY(!DriftClassifier::classify(d, f).proposal.canApply()); // no such phase
    }

    void aDuplicateKeepsTheStoredBooking()
    {
        BookingDrift d = finding(BookingDrift::Kind::Duplicate, 272, at(10, 15));
        d.otherBookingUid = QStringLiteral("second-272");
        const DriftItem item = DriftClassifier::classify(d, incident());
        QCOMPARE(item.proposal.choices, QList<DriftChoice> { DriftChoice::CancelOther });
        QCOMPARE(item.liveBookingUid, QStringLiteral("second-272"));
    }

    void choiceNamesRoundTrip()
    {
        for (DriftChoice c : { DriftChoice::CancelAppointment, DriftChoice::BookAgain,
                 DriftChoice::FollowCalcom, DriftChoice::MoveAppointment, DriftChoice::MoveStepBack,
                 DriftChoice::Adopt, DriftChoice::CancelOther, DriftChoice::PutBackHost })
            QCOMPARE(DriftChoices::fromName(DriftChoices::name(c)), c);
        QVERIFY(!DriftChoices::fromName(QStringLiteral("nonsense")));
    }
};

QTEST_GUILESS_MAIN(TestDriftClassifier)
#include "tst_drift_classifier.moc"
