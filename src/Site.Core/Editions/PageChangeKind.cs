namespace Site.Core.Editions;

/// <summary>What happened to a page between editions.</summary>
public enum PageChangeKind
{
    /// <summary>At the same URL in both, with some of its claims changed, added or removed.</summary>
    Changed,

    /// <summary>It has claims now and had none (or did not exist) before.</summary>
    Added,

    /// <summary>It had claims before and has none now (or no longer exists).</summary>
    Removed,

    /// <summary>Its claims are now at another URL.</summary>
    Moved,
}
