namespace Site.Core.Rendering.Models;

/// <summary>
/// The evidence map, <c>/evidence/</c>: substances by mechanisms, then substances by conditions, each an
/// <see cref="EvidenceGrid"/>.
/// </summary>
public sealed record EvidenceMapPageModel : PageModel
{
    /// <summary>The grids, mechanisms first.</summary>
    public required IReadOnlyList<EvidenceGrid> Grids { get; init; }

    /// <summary>Whether a map of this many substances and columns is shown as a grid.</summary>
    public static bool Fits(int substances, int columns) => columns is > 0 and <= MaxGridColumns && substances <= MaxGridRows;

    /// <summary>The most columns a grid shows.</summary>
    public const int MaxGridColumns = 24;

    /// <summary>The most substances a grid shows as rows.</summary>
    public const int MaxGridRows = 200;
}
