using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Transcripts;

namespace Rapport.Web.Tests.Practices;

/// <summary>
/// Transcripts of the last three #blogchat sessions with other people in them: the sample account's archive
/// holds only its owner's posts, and a core group needs people met again and again.
/// </summary>
public static class ChatTranscripts
{
    public static readonly string[] Regulars = ["ana_brews", "bo_writes", "cy_drafts"];

    public static async Task AddAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IChatStore>();
        var chat = await store.FindAsync("blogchat", CancellationToken.None) ?? throw new InvalidOperationException("The sample account has no #blogchat.");
        var ego = await store.EgoAuthorAsync(CancellationToken.None) ?? throw new InvalidOperationException("The sample account has no owner.");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var sessions = chat.Schedule.OccurrencesBetween(now.AddDays(-30), now, "UTC").TakeLast(3).ToList();
        var posts = new List<ChatPost>();
        foreach (var session in sessions)
        {
            var at = session.StartUtc;
            var key = at.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
            posts.Add(new ChatPost("q1-" + key, ego, at.AddMinutes(2), "Q1: What did you publish this week? #blogchat"));
            for (var i = 0; i < Regulars.Length; i++)
            {
                posts.Add(new ChatPost($"a1-{key}-{i}", Regulars[i], at.AddMinutes(4 + i), $"A1 a post about patience, part {i} #blogchat"));
            }

            posts.Add(new ChatPost("r-" + key, ego, at.AddMinutes(9), "@ana_brews love it #blogchat", ReplyToId: $"a1-{key}-0"));
            posts.Add(new ChatPost("r2-" + key, Regulars[1], at.AddMinutes(10), "@cy_drafts same here #blogchat", ReplyToId: $"a1-{key}-2"));
        }

        await store.AddTranscriptPostsAsync(chat.Id, posts, CancellationToken.None);
    }
}
