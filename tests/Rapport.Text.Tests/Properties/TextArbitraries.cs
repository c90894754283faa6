using FsCheck;
using FsCheck.Fluent;

namespace Rapport.Text.Tests.Properties;

public static class TextArbitraries
{
    private static readonly string[] Pieces =
    [
        " ", "\n", ".", "@", "#", "$", "/", "://", "http://", "https://", "t.co/", "example.com", "www.twitter.com/jack", "日本語",
        "故人西辞", "👨‍👩‍👧‍👦", "🙋🏽", "1⃣", "✨", "\uFE0F", "\u200D", "\u0301", "A\u0301", "\uFFFE", "\uFEFF", "\u202A", "\u2066",
        "@alice", "@bob/list", "@user@mastodon.social", "#tag", "#日本", "$TEST", "<script>", "\"", "'", "&amp;", "مرحبا", "שלום",
        "\uD83D", "\uDE00", "xn--", "ا", "\u3002", "https://example.com/a?b=c#d", "(", ")", "bit.ly/x", "...",
    ];

    public static Arbitrary<HostileText> HostileText()
    {
        var anyUnit = Gen.Choose(0, 0xFFFF).Select(code => ((char)code).ToString());
        var piece = Gen.Elements(Pieces);
        var token = Gen.Frequency((1, anyUnit), (2, piece), (2, Gen.Elements("a", "b", "z", "Q", "0", "9", "é", "の")));
        return Gen.ListOf(token)
            .Select(tokens => new HostileText(string.Concat(tokens)))
            .ToArbitrary();
    }
}
