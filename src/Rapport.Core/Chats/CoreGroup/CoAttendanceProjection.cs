namespace Rapport.Core.Chats.CoreGroup;

/// <summary>
/// Projects people × sessions onto people: w(a, b) = Σ over shared sessions s of 1 / (n_s − 1), so meeting in a
/// small session counts for more than in a crowd (each person spreads a total of 1 per session over the others),
/// plus the configured weight per reply or mention between a and b. Node i is person i of the attendance graph.
/// </summary>
public static class CoAttendanceProjection
{
    public static WeightedGraph Build(AttendanceGraph attendance, IEnumerable<InteractionTie> ties, ProjectionWeights weights)
    {
        var n = attendance.PersonCount;
        var tieRows = TieRows(attendance, ties, weights);

        // Rows are written straight into arrays sized for the worst case (no two sessions shared a pair), then trimmed.
        var sessionWeight = new double[attendance.SessionCount];
        var capacity = tieRows.Values.Sum(r => (long)r.Count);
        for (var s = 0; s < sessionWeight.Length; s++)
        {
            var size = attendance.MembersOf(s).Length;
            sessionWeight[s] = size > 1 ? 1.0 / (size - 1) : 0;
            capacity += (long)size * (size - 1);
        }

        var offsets = new int[n + 1];
        var targets = new int[Math.Min(capacity, (long)n * Math.Max(n - 1, 0))];
        var arcWeights = new double[targets.Length];
        var filled = 0;
        var sum = new double[n];
        var stamp = new int[n];
        var touched = new int[n];
        for (var a = 0; a < n; a++)
        {
            var mark = a + 1;
            var count = 0;
            foreach (var s in attendance.SessionsOf(a))
            {
                var w = sessionWeight[s];
                if (w == 0)
                {
                    continue;
                }

                foreach (var b in attendance.MembersOf(s))
                {
                    if (b == a)
                    {
                        continue;
                    }

                    if (stamp[b] != mark)
                    {
                        stamp[b] = mark;
                        sum[b] = 0;
                        touched[count++] = b;
                    }

                    sum[b] += w;
                }
            }

            if (tieRows.TryGetValue(a, out var row))
            {
                foreach (var (b, w) in row)
                {
                    if (stamp[b] != mark)
                    {
                        stamp[b] = mark;
                        sum[b] = 0;
                        touched[count++] = b;
                    }

                    sum[b] += w;
                }
            }

            // Rows keep first-met order (sessions ascending, then members ascending): deterministic, and sorting
            // them would cost more than the whole accumulation.
            for (var t = 0; t < count; t++)
            {
                targets[filled] = touched[t];
                arcWeights[filled++] = sum[touched[t]];
            }

            offsets[a + 1] = filled;
        }

        return new WeightedGraph(offsets, targets[..filled], arcWeights[..filled]);
    }

    private static Dictionary<int, List<(int Other, double Weight)>> TieRows(
        AttendanceGraph attendance, IEnumerable<InteractionTie> ties, ProjectionWeights weights)
    {
        var rows = new Dictionary<int, List<(int, double)>>();
        foreach (var tie in ties)
        {
            var w = weights.For(tie.Kind);
            if (w == 0 || attendance.IndexOf(tie.From) is not { } a || attendance.IndexOf(tie.To) is not { } b || a == b)
            {
                continue;
            }

            Add(a, b, w);
            Add(b, a, w);
        }

        return rows;

        void Add(int from, int to, double w)
        {
            if (!rows.TryGetValue(from, out var row))
            {
                rows[from] = row = [];
            }

            row.Add((to, w));
        }
    }
}
