using Rapport.Core.Ledger;
using Rapport.Importers.XArchive.Demo;

namespace Rapport.Importers.Tests.XArchive;

public sealed class DemoArchiveGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_archive()
    {
        var first = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo);
        var second = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo);

        Assert.Equal(first.Content.Posts.Take(200).Select(RecordText.Of), second.Content.Posts.Take(200).Select(RecordText.Of));
        Assert.Equal(first.People.Select(person => person.Bio), second.People.Select(person => person.Bio));
    }

    [Fact]
    public void The_demo_has_its_documented_sizes_and_every_kind_of_post()
    {
        var demo = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo);
        var posts = demo.Content.Posts.ToList();

        Assert.Equal(3_000, posts.Count);
        Assert.Equal(posts.Count, posts.Select(post => post.ExternalId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(500, demo.Content.FollowerIds.Count());
        Assert.Equal(300, demo.Content.FollowingIds.Count());
        Assert.Equal(400, demo.Content.DirectMessages.Count() + demo.Content.GroupDirectMessages.Count());
        Assert.Equal(1_500, demo.Content.Likes.Count());
        foreach (var kind in Enum.GetValues<PostKind>())
        {
            Assert.Contains(posts, post => post.Kind == kind);
        }
    }

    [Fact]
    public void Posts_return_to_a_recurring_cast_and_weekly_chats()
    {
        var demo = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo);
        var posts = demo.Content.Posts.ToList();

        Assert.Contains(posts, post => post.Text.StartsWith("Q1: ", StringComparison.Ordinal) && post.Hashtags.Contains("blogchat"));
        Assert.Contains(posts, post => post.Text.StartsWith("A2: ", StringComparison.Ordinal));
        var repliedTo = posts.Where(post => post.Kind == PostKind.Reply && post.InReplyToUserId != demo.Ego.ExternalId)
            .GroupBy(post => post.InReplyToUserId)
            .Select(group => group.Count())
            .OrderDescending()
            .ToList();
        Assert.InRange(repliedTo.Count, 2, DemoArchiveSettings.Demo.CastSize);
        Assert.True(repliedTo[0] >= 20, "the closest people should be replied to again and again");
    }

    [Fact]
    public void People_have_profiles_with_real_interests()
    {
        var demo = DemoArchiveGenerator.Generate(DemoArchiveSettings.Demo);

        Assert.Equal(demo.People.Count, demo.People.Select(person => person.Handle).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(demo.People.Count, demo.People.Select(person => person.ExternalId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(demo.People, person =>
        {
            Assert.InRange(person.Handle.Length, 1, 15);
            Assert.Matches("^[a-z0-9_]+$", person.Handle);
            Assert.NotEmpty(person.Interests);
            Assert.False(string.IsNullOrWhiteSpace(person.Bio));
            Assert.False(string.IsNullOrWhiteSpace(person.Location));
        });
        Assert.Contains(demo.People, person => person.Bio.Contains("espresso", StringComparison.OrdinalIgnoreCase) || person.Bio.Contains("barista", StringComparison.OrdinalIgnoreCase) || person.Bio.Contains("coffee", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(demo.People, person => person.Interests.Contains("gardening"));
        Assert.All(demo.Content.FollowerIds, id => Assert.Contains(demo.People, person => person.ExternalId == id));
    }
}
