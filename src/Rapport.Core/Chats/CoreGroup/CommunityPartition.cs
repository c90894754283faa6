namespace Rapport.Core.Chats.CoreGroup;

/// <summary>Communities numbered 0..Count-1 by first appearance in node order, and the partition's modularity.</summary>
public sealed record CommunityPartition(IReadOnlyList<int> Membership, int Count, double Modularity, int Levels)
{
    public IReadOnlyList<IReadOnlyList<int>> Members()
    {
        var members = Enumerable.Range(0, Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Membership.Count; i++)
        {
            members[Membership[i]].Add(i);
        }

        return members;
    }
}
