using FsCheck.Xunit;
using Rapport.Text.Composer;
using Rapport.Text.Networks;

namespace Rapport.Text.Tests.Properties;

[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 60)]
public sealed class ComposerProperties
{
    private static readonly NetworkRules[] Networks =
    [
        NetworkRules.X(), NetworkRules.XClassic(1), NetworkRules.Mastodon(server: "mastodon.social"), NetworkRules.Bluesky(),
        NetworkRules.Threads(), NetworkRules.LinkedIn(), NetworkRules.Facebook(),
    ];

    [Property]
    public bool Any_text_composes_to_drafts_that_fit_or_say_so_and_serialise(HostileText comment, HostileText quote, bool thread)
    {
        var request = new ComposeRequest
        {
            Comment = comment.Value,
            Quote = quote.Value,
            Url = "https://example.com/a",
            Credits = [Credit.Parse("@alice")],
            Hashtags = ["tag"],
            Thread = thread,
            Networks = Networks,
        };

        var drafts = PostComposer.Compose(request);
        _ = DraftJson.ToJson(drafts).ToJsonString();
        _ = PostCountJson.ToJson(comment.Value, PostCounter.Count(comment.Value, NetworkRules.Bluesky())).ToJsonString();

        // Outside thread mode the composer trims until the post fits: it always can, since link, credit and tag
        // alone fit everywhere (X refuses U+FFFE, U+FEFF and U+FFFF, so texts with those may be cut to the tail).
        var consistent = drafts.Count == Networks.Length && drafts.All(draft => draft.Posts.Count > 0);
        var allFit = drafts.All(draft => draft.Fits);
        return thread ? consistent : consistent && allFit;
    }
}
