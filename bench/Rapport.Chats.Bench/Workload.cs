using Rapport.Core.Chats.CoreGroup;

namespace Rapport.Chats.Bench;

/// <summary>A generated chat world, with each person's planted community (the chat whose pool they belong to).</summary>
internal sealed record Workload(
    IReadOnlyList<ChatSessionInfo> Sessions,
    IReadOnlyList<SessionAttendance> Attendance,
    IReadOnlyList<InteractionTie> Ties,
    IReadOnlyDictionary<string, int> PlantedCommunity,
    string Ego)
{
    public static Workload Generate(WorkloadOptions o)
    {
        var random = new Random(o.Seed);
        var poolSize = o.People / o.Chats;
        var origin = new DateTimeOffset(2026, 1, 6, 1, 0, 0, TimeSpan.Zero);
        string Person(int i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var sessions = new List<ChatSessionInfo>(o.Chats * o.SessionsPerChat);
        var members = new List<HashSet<int>>(o.Chats * o.SessionsPerChat);
        for (var chat = 0; chat < o.Chats; chat++)
        {
            var chatId = "chat" + chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var week = 0; week < o.SessionsPerChat; week++)
            {
                sessions.Add(new ChatSessionInfo($"{chatId}-{week}", chatId, origin.AddDays((7 * week) + (chat % 7)).AddHours(chat % 24)));
                var size = (int)Math.Round(o.MedianSessionSize * Math.Exp(o.SessionSizeSigma * Gaussian(random)));
                size = Math.Clamp(size, o.MinSessionSize, o.MaxSessionSize);
                var present = new HashSet<int>();
                while (present.Count < size)
                {
                    // Regulars: a skewed draw from the chat's pool, so low ranks come most weeks; visitors: anyone.
                    var person = random.NextDouble() < o.VisitorShare
                        ? random.Next(o.People)
                        : (chat * poolSize) + (int)(poolSize * Math.Pow(random.NextDouble(), 1.6));
                    present.Add(person);
                }

                members.Add(present);
            }
        }

        // Everyone in a pool came at least once (lurkers who tried their chat one week), so all People take part.
        var attended = new bool[o.People];
        foreach (var present in members)
        {
            foreach (var p in present)
            {
                attended[p] = true;
            }
        }

        for (var p = 0; p < o.People; p++)
        {
            if (!attended[p])
            {
                members[((p / poolSize) * o.SessionsPerChat) + random.Next(o.SessionsPerChat)].Add(p);
            }
        }

        var attendance = new List<SessionAttendance>();
        var ties = new List<InteractionTie>();
        for (var s = 0; s < sessions.Count; s++)
        {
            var present = members[s].Order().ToArray();
            attendance.AddRange(present.Select(p => new SessionAttendance(Person(p), sessions[s].SessionId)));
            AddTies(present, o.RepliesPerMember, TieKind.Reply);
            AddTies(present, o.MentionsPerMember, TieKind.Mention);
        }

        // The ego is the most regular member of chat 0's pool.
        var planted = Enumerable.Range(0, o.People).ToDictionary(Person, p => p / poolSize);
        return new Workload(sessions, attendance, ties, planted, Person(0));

        void AddTies(int[] present, double perMember, TieKind kind)
        {
            var count = (int)(present.Length * perMember);
            for (var t = 0; t < count; t++)
            {
                var a = present[random.Next(present.Length)];
                var b = present[random.Next(present.Length)];
                if (a != b)
                {
                    ties.Add(new InteractionTie(Person(a), Person(b), kind));
                }
            }
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
