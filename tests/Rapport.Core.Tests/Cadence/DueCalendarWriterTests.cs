using System.Text;
using Ical.Net;
using Rapport.Core.Cadence;
using Rapport.Core.Ledger;

namespace Rapport.Core.Tests.Cadence;

public sealed class DueCalendarWriterTests
{
    private static readonly DateTimeOffset MondayMorning = People.Local(People.Berlin, 2026, 6, 1, 8);

    [Fact]
    public void A_real_icalendar_parser_reads_one_all_day_event_per_person_with_the_reason()
    {
        var awkward = "you replied to their post about cold brew; beans, grinders\\filters \"and\" more\r\nsecond line ☕ ünïcödé " + new string('é', 60);
        var people = new[]
        {
            People.Person(1, CadenceTiers.Monthly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-41), TouchChannel.Reply, awkward)),
            People.Person(2, CadenceTiers.Weekly, MondayMorning.AddDays(-1)),
            People.Person(3, CadenceTiers.Weekly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-4))),
        };
        var queue = TodayQueuePlanner.Plan(people, People.Berlin, MondayMorning, new TodayQueueOptions { DailyCapacity = 1 });
        var entries = queue.Today.Concat(queue.Next).ToList();

        var text = Write(entries);
        var calendar = Calendar.Load(text)!;

        Assert.Equal(3, calendar.Events.Count);
        foreach (var entry in entries)
        {
            var parsed = Assert.Single(calendar.Events, e => e.Uid == DueCalendarWriter.Uid(entry));
            Assert.False(parsed.DtStart!.HasTime);
            Assert.Equal(entry.PlannedFor, DateOnly.FromDateTime(parsed.DtStart.Value));
            Assert.Equal(entry.PlannedFor.AddDays(1), DateOnly.FromDateTime(parsed.DtEnd!.Value));
            Assert.Equal("Keep in touch: " + entry.Name, parsed.Summary);
            Assert.StartsWith(entry.Reason.Replace("\r\n", "\n", StringComparison.Ordinal), parsed.Description, StringComparison.Ordinal);
        }

        var first = Assert.Single(calendar.Events, e => e.Uid == "due-1-20260521@rapport");
        Assert.Contains("cold brew; beans, grinders\\filters \"and\" more second line ☕ ünïcödé", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var person = People.Person(1, CadenceTiers.Monthly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-41), TouchChannel.Reply, new string('☕', 120)));
        var entries = TodayQueuePlanner.Plan([person], People.Berlin, MondayMorning, new TodayQueueOptions()).Today;

        var bytes = Encoding.UTF8.GetBytes(Write(entries));
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");

        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(bytes));
        Assert.EndsWith("END:VCALENDAR\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Uids_are_stable_between_exports_made_on_different_days()
    {
        var person = People.Person(7, CadenceTiers.Weekly, MondayMorning.AddDays(-100), People.Touch(MondayMorning.AddDays(-9)));
        var options = new TodayQueueOptions();

        var monday = TodayQueuePlanner.Plan([person], People.Berlin, MondayMorning, options).Today.Single();
        var tuesday = TodayQueuePlanner.Plan([person], People.Berlin, MondayMorning.AddDays(1), options).Today.Single();

        Assert.Equal(DueCalendarWriter.Uid(monday), DueCalendarWriter.Uid(tuesday));
    }

    [Theory]
    [InlineData("a,b;c\\d", "a\\,b\\;c\\\\d")]
    [InlineData("one\r\ntwo\nthree\rfour", "one\\ntwo\\nthree\\nfour")]
    [InlineData("bell\u0007", "bell ")]
    public void Text_is_escaped_as_rfc_5545_asks(string text, string expected) =>
        Assert.Equal(expected, DueCalendarWriter.Escape(text));

    [Fact]
    public void The_digest_lists_today_then_the_following_days()
    {
        var people = Enumerable.Range(1, 3).Select(id => People.Person(id, CadenceTiers.Monthly, MondayMorning.AddHours(-2))).ToList();
        var queue = TodayQueuePlanner.Plan(people, People.Berlin, MondayMorning, new TodayQueueOptions { DailyCapacity = 2 });
        using var output = new StringWriter();

        DueDigestWriter.Write(queue, output);

        Assert.Equal(
            """
            Keep in touch, Monday 1 June 2026

            Today (2 of 3 due):
               1. @p1: monthly, never touched; cadence set today
               2. @p2: monthly, never touched; cadence set today

            Next, Tue 2 Jun:
              - @p3: monthly, never touched; cadence set today

            """.ReplaceLineEndings(output.NewLine),
            output.ToString());
    }

    private static string Write(IEnumerable<DueEntry> entries)
    {
        using var output = new StringWriter();
        DueCalendarWriter.Write(entries, output, "Europe/Berlin", MondayMorning);
        return output.ToString();
    }
}
