namespace Rapport.Core.Curation.Queue;

public enum QueueProblem
{
    DraftNotFound,
    ItemNotFound,
    NetworkNotInDraft,
    AlreadyQueued,
    NoSlotPlan,
    NoFreeSlot,
}
