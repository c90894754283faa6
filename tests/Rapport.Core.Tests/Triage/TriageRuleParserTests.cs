using Rapport.Core.Triage;

namespace Rapport.Core.Tests.Triage;

public sealed class TriageRuleParserTests
{
    [Fact]
    public void The_example_rule_parses_into_its_condition_and_three_actions()
    {
        var rule = TriageRuleParser.Parse("bio mentions coffee -> suggest follow back, add to list Coffee people, cadence monthly");

        var condition = Assert.Single(rule.Conditions);
        Assert.Equal((RuleSubject.Bio, false), (condition.Subject, condition.Negated));
        Assert.Equal(["coffee"], condition.Values);
        Assert.Equal(
            [
                new RuleAction(RuleActionKind.SuggestFollowBack, null),
                new RuleAction(RuleActionKind.AddToList, "Coffee people"),
                new RuleAction(RuleActionKind.SetCadence, "monthly"),
            ],
            rule.Actions);
    }

    [Fact]
    public void Conditions_combine_with_and_values_with_or_and_may_be_negated_or_quoted()
    {
        var rule = TriageRuleParser.Parse("Bio mentions coffee OR ☕ and not posts mention \"crypto giveaway\" and location is Portland → set cadence \"every two weeks\", dismiss");

        Assert.Equal(3, rule.Conditions.Count);
        Assert.Equal(["coffee", "☕"], rule.Conditions[0].Values);
        Assert.Equal((RuleSubject.Posts, true), (rule.Conditions[1].Subject, rule.Conditions[1].Negated));
        Assert.Equal(["crypto giveaway"], rule.Conditions[1].Values);
        Assert.Equal(["Portland"], rule.Conditions[2].Values);
        Assert.Equal(new RuleAction(RuleActionKind.SetCadence, "every two weeks"), rule.Actions[0]);
        Assert.Equal(RuleActionKind.Dismiss, rule.Actions[1].Kind);
    }

    [Fact]
    public void A_tag_action_keeps_the_tag_as_tags_are_stored_and_combines_with_the_other_actions()
    {
        var rule = TriageRuleParser.Parse("bio mentions coffee → tag coffee-people, add tag \"#Morning People\", add to list Coffee people");

        Assert.Equal(
            [
                new RuleAction(RuleActionKind.Tag, "coffee-people"),
                new RuleAction(RuleActionKind.Tag, "Morning People"),
                new RuleAction(RuleActionKind.AddToList, "Coffee people"),
            ],
            rule.Actions);
        Assert.Equal("tag \"coffee-people\"", rule.Actions[0].Describe());
    }

    [Fact]
    public void A_tag_longer_than_a_tag_may_be_is_refused_where_it_starts()
    {
        var error = Assert.Throws<RuleParseException>(() => TriageRuleParser.Parse("bio mentions coffee -> tag " + new string('x', 65)));

        Assert.Equal(28, error.Column);
        Assert.Contains("at most 64 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interest_follows_back_and_bare_mentions_are_conditions_too()
    {
        var rule = TriageRuleParser.Parse("interest running and follows back and mentions product manager => add to list Runners");

        Assert.Equal([RuleSubject.Interest, RuleSubject.FollowsBack, RuleSubject.Profile], rule.Conditions.Select(c => c.Subject));
        Assert.Equal(["product manager"], rule.Conditions[2].Values);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("bio coffee -> dismiss", 5, "expected 'mentions' after 'bio'")]
    [InlineData("bio mentions coffee", 20, "expected '->'")]
    [InlineData("bio mentions coffee, tea -> dismiss", 20, "expected 'and' or '->', found ','")]
    [InlineData("bio mentions -> dismiss", 14, "expected a word")]
    [InlineData("hair mentions red -> dismiss", 1, "unknown condition 'hair'")]
    [InlineData("bio mentions coffee -> follow", 30, "expected 'back' at the end")]
    [InlineData("bio mentions coffee -> add to list", 35, "expected a list name")]
    [InlineData("bio mentions coffee -> email them", 24, "unknown action 'email'")]
    [InlineData("bio mentions \"coffee -> dismiss", 14, "never closed")]
    [InlineData("bio mentions coffee -> dismiss dismiss", 32, "expected ',' and another action")]
    [InlineData("bio mentions coffee -> tag", 27, "expected a tag name, e.g. tag coffee-people")]
    [InlineData("bio mentions coffee -> add tag", 31, "expected a tag name")]
    [InlineData("bio mentions coffee -> add the list", 28, "expected 'to list NAME' or 'tag TAG', found 'the'")]
    [InlineData("bio mentions coffee -> tag #", 28, "A tag cannot be empty")]
    [InlineData("bio mentions coffee -> email them", 24, "actions are suggest follow back, add to list NAME, set cadence TIER, tag TAG and dismiss")]
    public void Errors_say_what_is_wrong_and_at_which_column(string text, int column, string problem)
    {
        var error = Assert.Throws<RuleParseException>(() => TriageRuleParser.Parse(text));

        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"column {column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_match_words_at_word_starts_in_the_subject_they_name()
    {
        var follower = new FollowerCandidate
        {
            PersonId = 1,
            IdentityId = 1,
            Handle = "ana",
            Bio = "Coffee addict. Decaf never. ☕",
            Location = "Portland, OR",
            RecentPosts = ["Trying #espresso today"],
        };

        Assert.True(TriageRuleMatcher.Matches(TriageRuleParser.Parse("bio mentions coffee -> dismiss"), follower));
        Assert.True(TriageRuleMatcher.Matches(TriageRuleParser.Parse("bio mentions ☕ -> dismiss"), follower));
        Assert.False(TriageRuleMatcher.Matches(TriageRuleParser.Parse("bio mentions caf -> dismiss"), follower));
        Assert.False(TriageRuleMatcher.Matches(TriageRuleParser.Parse("bio mentions espresso -> dismiss"), follower));
        Assert.True(TriageRuleMatcher.Matches(TriageRuleParser.Parse("posts mention espresso -> dismiss"), follower));
        Assert.True(TriageRuleMatcher.Matches(TriageRuleParser.Parse("interest espresso and location mentions portland -> dismiss"), follower));
        Assert.False(TriageRuleMatcher.Matches(TriageRuleParser.Parse("bio mentions coffee and not location mentions portland -> dismiss"), follower));
    }
}
