namespace Rapport.Core.Triage;

public enum RuleActionKind
{
    SuggestFollowBack,
    AddToList,
    SetCadence,
    Dismiss,
    Tag,
}
