namespace Rapport.Importers.XArchive.Demo;

public sealed record DemoArchiveSettings
{
    public int Seed { get; init; } = 2026;

    public int PostCount { get; init; } = 3_000;

    public int FollowerCount { get; init; } = 500;

    public int FollowingCount { get; init; } = 300;

    /// <summary>Messages in all, 1:1 and group together.</summary>
    public int DirectMessageCount { get; init; } = 400;

    public double GroupMessageShare { get; init; } = 0.2;

    public int LikeCount { get; init; } = 1_500;

    public int ListMembershipCount { get; init; } = 12;

    /// <summary>The recurring cast: the people the ego replies to, mentions, quotes and writes to.</summary>
    public int CastSize { get; init; } = 40;

    /// <summary>Share of posts longer than a tweet, written with a note-tweet.</summary>
    public double LongPostShare { get; init; } = 0.02;

    /// <summary>The archive's last day; a value, so that generating needs no clock and is repeatable.</summary>
    public DateTimeOffset End { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Span { get; init; } = TimeSpan.FromDays(3 * 365);

    /// <summary>The sample a newcomer sees with <c>rapport demo</c>.</summary>
    public static DemoArchiveSettings Demo { get; } = new();

    /// <summary>The import benchmark's workload.</summary>
    public static DemoArchiveSettings Benchmark { get; } = new()
    {
        PostCount = 200_000,
        FollowerCount = 20_000,
        FollowingCount = 5_000,
        DirectMessageCount = 5_000,
        LikeCount = 50_000,
        CastSize = 150,
        Span = TimeSpan.FromDays(12 * 365),
    };
}
