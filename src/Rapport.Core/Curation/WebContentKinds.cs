namespace Rapport.Core.Curation;

/// <summary>What a caller is prepared to receive from the web; anything else is refused before it is read.</summary>
[Flags]
public enum WebContentKinds
{
    None = 0,

    /// <summary>text/html and application/xhtml+xml.</summary>
    Html = 1,

    /// <summary>RSS and Atom feeds, wanted only when enriching a profile from a person's site.</summary>
    Feed = 2,
}
