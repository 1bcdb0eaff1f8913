namespace Site.Core.Content;

/// <summary>What counts as a claim that needs a citation, per kind (site.yml <c>claims</c>).</summary>
public enum ClaimPolicy
{
    /// <summary>Nothing is checked.</summary>
    Off,

    /// <summary>Every paragraph, leaf list item and table row needs a citation.</summary>
    Paragraph,

    /// <summary>Every sentence needs a citation (or a later one in the same claim).</summary>
    Sentence,
}
