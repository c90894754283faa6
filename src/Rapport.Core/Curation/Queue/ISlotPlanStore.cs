namespace Rapport.Core.Curation.Queue;

/// <summary>Each network's weekly posting slots.</summary>
public interface ISlotPlanStore
{
    /// <summary>Replaces a network's plan; an empty plan removes it.</summary>
    Task SetAsync(string network, IReadOnlyList<PostingSlot> slots, CancellationToken cancellationToken);

    Task<IReadOnlyList<PostingSlot>> GetAsync(string network, CancellationToken cancellationToken);

    /// <summary>Every network that has a plan, by name, in name order.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<PostingSlot>>> ListAsync(CancellationToken cancellationToken);
}
