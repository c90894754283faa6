namespace Rapport.Storage.Model;

/// <summary>Someone the user has a relationship with; one person can have several identities.</summary>
public sealed class Person
{
    public long Id { get; set; }
    public string? DisplayName { get; set; }
    public bool IsEgo { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Identity> Identities { get; } = [];
}
