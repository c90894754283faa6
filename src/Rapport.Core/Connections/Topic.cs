namespace Rapport.Core.Connections;

/// <summary>
/// A node of the interest taxonomy: an interest, a role or an industry. <see cref="Category"/> names the IAB
/// Content Taxonomy path it maps onto, when there is one; a role lists the industries it implies.
/// </summary>
public sealed record Topic(TopicKind Kind, string Key, string Label)
{
    public string? Category { get; init; }

    public string? IabId { get; init; }

    public IReadOnlyList<string> Implies { get; init; } = [];

    /// <summary>A question an opener may end with, written for the topic so openers stay specific.</summary>
    public string? Question { get; init; }
}
