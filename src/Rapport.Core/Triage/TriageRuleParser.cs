using System.Text;
using Rapport.Core.Tags;

namespace Rapport.Core.Triage;

/// <summary>
/// Reads the rule language (see docs/triage-rules.md):
/// <code>
/// rule      := condition ("and" condition)* "->" action ("," action)*
/// condition := ["not"] (subject verb values | "mentions" values | "interest" values | "follows back")
/// subject   := "bio" | "posts" | "location" | "name"      verb := "mentions" | "mention" | "contains" | "is"
/// values    := value ("or" value)*                          value := words | "a quoted phrase"
/// action    := "suggest follow back" | "add to list" NAME | "set cadence" TIER | "cadence" TIER | "tag" TAG | "dismiss"
/// </code>
/// Keywords are case-insensitive; "→" and "=>" may stand for "->". Errors name the column where they start.
/// </summary>
public static class TriageRuleParser
{
    public const int MaxLength = 1000;

    private static readonly string[] Verbs = ["mentions", "mention", "contains", "contain", "has", "is", "includes"];

    public static TriageRule Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RuleParseException("the rule is empty; write conditions, '->' and actions", 1);
        }

        if (text.Length > MaxLength)
        {
            throw new RuleParseException($"the rule is longer than {MaxLength} characters", MaxLength + 1);
        }

        var tokens = new Cursor(Tokenize(text), text.Length);
        var conditions = new List<RuleCondition> { ParseCondition(tokens) };
        while (tokens.TakeWord("and"))
        {
            conditions.Add(ParseCondition(tokens));
        }

        if (!tokens.Take(TokenKind.Arrow))
        {
            throw new RuleParseException(
                tokens.AtEnd ? "expected '->' and the actions after the conditions" : $"expected 'and' or '->', found '{tokens.Peek.Text}'",
                tokens.Column);
        }

        var actions = new List<RuleAction> { ParseAction(tokens) };
        while (tokens.Take(TokenKind.Comma))
        {
            actions.Add(ParseAction(tokens));
        }

        if (!tokens.AtEnd)
        {
            throw new RuleParseException($"expected ',' and another action, found '{tokens.Peek.Text}'", tokens.Column);
        }

        return new TriageRule(conditions, actions);
    }

    private static RuleCondition ParseCondition(Cursor tokens)
    {
        var negated = tokens.TakeWord("not");
        var column = tokens.Column;
        if (tokens.AtEnd || tokens.Peek.Kind != TokenKind.Word)
        {
            throw new RuleParseException("expected a condition such as 'bio mentions coffee'", column);
        }

        var word = tokens.Next().Text.ToLowerInvariant();
        switch (word)
        {
            case "bio" or "posts" or "post" or "location" or "name":
                var verbColumn = tokens.Column;
                if (tokens.AtEnd || tokens.Peek.Kind != TokenKind.Word || !Verbs.Contains(tokens.Peek.Text.ToLowerInvariant()))
                {
                    throw new RuleParseException($"expected 'mentions' after '{word}'", verbColumn);
                }

                tokens.Next();
                var subject = word switch
                {
                    "bio" => RuleSubject.Bio,
                    "location" => RuleSubject.Location,
                    "name" => RuleSubject.Name,
                    _ => RuleSubject.Posts,
                };
                return new RuleCondition(subject, ParseValues(tokens), negated);
            case "mentions" or "mention":
                return new RuleCondition(RuleSubject.Profile, ParseValues(tokens), negated);
            case "interest" or "interested":
                tokens.TakeWord("in");
                return new RuleCondition(RuleSubject.Interest, ParseValues(tokens), negated);
            case "follows":
                var backColumn = tokens.Column;
                if (!tokens.TakeWord("back") && !tokens.TakeWord("me"))
                {
                    throw new RuleParseException("expected 'back' after 'follows'", backColumn);
                }

                return new RuleCondition(RuleSubject.FollowsBack, [], negated);
            default:
                throw new RuleParseException(
                    $"unknown condition '{word}'; conditions start with bio, posts, location, name, mentions, interest or follows back",
                    column);
        }
    }

    private static List<string> ParseValues(Cursor tokens)
    {
        var values = new List<string> { ParseValue(tokens) };
        while (tokens.TakeWord("or"))
        {
            values.Add(ParseValue(tokens));
        }

        return values;
    }

    private static string ParseValue(Cursor tokens)
    {
        var column = tokens.Column;
        if (!tokens.AtEnd && tokens.Peek.Kind == TokenKind.Quoted)
        {
            var quoted = tokens.Next().Text.Trim();
            return quoted.Length > 0 ? quoted : throw new RuleParseException("the quoted value is empty", column);
        }

        var words = new List<string>();
        while (!tokens.AtEnd && tokens.Peek.Kind == TokenKind.Word && !IsKeyword(tokens.Peek.Text))
        {
            words.Add(tokens.Next().Text);
        }

        return words.Count > 0
            ? string.Join(' ', words)
            : throw new RuleParseException("expected a word or a \"quoted phrase\" to look for", column);
    }

    private static RuleAction ParseAction(Cursor tokens)
    {
        var column = tokens.Column;
        if (tokens.AtEnd || tokens.Peek.Kind != TokenKind.Word)
        {
            throw new RuleParseException("expected an action: suggest follow back, add to list NAME, set cadence TIER, tag TAG or dismiss", column);
        }

        var word = tokens.Next().Text.ToLowerInvariant();
        switch (word)
        {
            case "suggest" or "follow":
                if (word == "suggest")
                {
                    Expect(tokens, "follow");
                }

                Expect(tokens, "back");
                return new RuleAction(RuleActionKind.SuggestFollowBack, null);
            case "add":
                if (tokens.TakeWord("tag"))
                {
                    return new RuleAction(RuleActionKind.Tag, ParseTag(tokens));
                }

                Expect(tokens, "to", "'to list NAME' or 'tag TAG'");
                Expect(tokens, "list");
                return new RuleAction(RuleActionKind.AddToList, ParseName(tokens, "a list name"));
            case "tag":
                return new RuleAction(RuleActionKind.Tag, ParseTag(tokens));
            case "set":
                Expect(tokens, "cadence");
                return new RuleAction(RuleActionKind.SetCadence, ParseName(tokens, "a cadence such as monthly or 10d"));
            case "cadence":
                return new RuleAction(RuleActionKind.SetCadence, ParseName(tokens, "a cadence such as monthly or 10d"));
            case "dismiss":
                return new RuleAction(RuleActionKind.Dismiss, null);
            default:
                throw new RuleParseException(
                    $"unknown action '{word}'; actions are suggest follow back, add to list NAME, set cadence TIER, tag TAG and dismiss",
                    column);
        }
    }

    private static string ParseName(Cursor tokens, string what)
    {
        var column = tokens.Column;
        if (!tokens.AtEnd && tokens.Peek.Kind == TokenKind.Quoted)
        {
            var quoted = tokens.Next().Text.Trim();
            return quoted.Length > 0 ? quoted : throw new RuleParseException($"expected {what}", column);
        }

        var words = new List<string>();
        while (!tokens.AtEnd && tokens.Peek.Kind == TokenKind.Word)
        {
            words.Add(tokens.Next().Text);
        }

        return words.Count > 0 ? string.Join(' ', words) : throw new RuleParseException($"expected {what}", column);
    }

    /// <summary>A tag as <see cref="TagName"/> allows it, so a rule that parses never fails when it is applied.</summary>
    private static string ParseTag(Cursor tokens)
    {
        var column = tokens.Column;
        var name = ParseName(tokens, "a tag name, e.g. tag coffee-people");
        try
        {
            return TagName.Normalize(name);
        }
        catch (ArgumentException error)
        {
            throw new RuleParseException(error.Message.Split(" (Parameter", 2)[0].TrimEnd('.'), column);
        }
    }

    private static void Expect(Cursor tokens, string word, string? expected = null)
    {
        var column = tokens.Column;
        if (!tokens.TakeWord(word))
        {
            var what = expected ?? $"'{word}'";
            throw new RuleParseException(
                tokens.AtEnd ? $"expected {what} at the end" : $"expected {what}, found '{tokens.Peek.Text}'", column);
        }
    }

    private static bool IsKeyword(string word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == ',')
            {
                tokens.Add(new Token(TokenKind.Comma, ",", i + 1));
                i++;
            }
            else if (c == '→')
            {
                tokens.Add(new Token(TokenKind.Arrow, "→", i + 1));
                i++;
            }
            else if ((c == '-' || c == '=') && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(new Token(TokenKind.Arrow, text.Substring(i, 2), i + 1));
                i += 2;
            }
            else if (c is '"' or '“' or '”')
            {
                var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0)
                {
                    throw new RuleParseException("the quote that starts here is never closed", i + 1);
                }

                tokens.Add(new Token(TokenKind.Quoted, text[(i + 1)..end], i + 1));
                i = end + 1;
            }
            else
            {
                var start = i;
                var word = new StringBuilder();
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or '"' or '“' or '”' or '→')
                       && !((text[i] == '-' || text[i] == '=') && i + 1 < text.Length && text[i + 1] == '>'))
                {
                    word.Append(text[i]);
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, word.ToString(), start + 1));
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Quoted,
        Comma,
        Arrow,
    }

    private sealed record Token(TokenKind Kind, string Text, int Column);

    private sealed class Cursor(List<Token> tokens, int length)
    {
        private int _position;

        public bool AtEnd => _position >= tokens.Count;

        public Token Peek => tokens[_position];

        /// <summary>Where the next token starts, or just past the end of the text.</summary>
        public int Column => AtEnd ? length + 1 : tokens[_position].Column;

        public Token Next() => tokens[_position++];

        public bool Take(TokenKind kind)
        {
            if (!AtEnd && tokens[_position].Kind == kind)
            {
                _position++;
                return true;
            }

            return false;
        }

        public bool TakeWord(string word)
        {
            if (!AtEnd && tokens[_position].Kind == TokenKind.Word && tokens[_position].Text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                _position++;
                return true;
            }

            return false;
        }
    }
}
