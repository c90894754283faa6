namespace Rapport.Core.Triage;

/// <summary>What a rule does to a follower it matches; <see cref="Argument"/> is the list, cadence or tag named.</summary>
public sealed record RuleAction(RuleActionKind Kind, string? Argument)
{
    public string Describe() => Kind switch
    {
        RuleActionKind.SuggestFollowBack => "suggest follow back",
        RuleActionKind.AddToList => $"add to list \"{Argument}\"",
        RuleActionKind.SetCadence => $"set cadence {Argument}",
        RuleActionKind.Dismiss => "dismiss",
        RuleActionKind.Tag => $"tag \"{Argument}\"",
        _ => Kind.ToString(),
    };
}
