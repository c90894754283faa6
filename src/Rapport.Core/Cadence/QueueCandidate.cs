namespace Rapport.Core.Cadence;

/// <summary>A person scored for the queue; ordered by priority, then due date, then person id.</summary>
internal readonly record struct QueueCandidate(CadenceSummary Person, DueDate Due, int DaysOverdue, double Priority, HealthBand Band, bool OneSided)
{
    public static QueueCandidate Score(CadenceSummary person, TimeZoneInfo zone, DateOnly today, DateTimeOffset now)
    {
        var due = DueCalculator.Compute(person.Cadence, person.LastQualifyingTouch, person.Deferral, zone);
        var overdue = today.DayNumber - due.Date.DayNumber;
        var interval = person.Cadence.Tier.Interval;
        var band = RelationshipHealthAssessor.Band(person.Touches, interval, now);
        var oneSided = RelationshipHealthAssessor.IsOneSided(person.Touches);
        return new QueueCandidate(person, due, overdue, QueuePriority.Score(overdue, interval, band, oneSided), band, oneSided);
    }

    /// <summary>Negative when <paramref name="a"/> comes first.</summary>
    public static int Compare(QueueCandidate a, QueueCandidate b)
    {
        var byPriority = b.Priority.CompareTo(a.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byDue = a.Due.Date.CompareTo(b.Due.Date);
        return byDue != 0 ? byDue : a.Person.PersonId.CompareTo(b.Person.PersonId);
    }
}
