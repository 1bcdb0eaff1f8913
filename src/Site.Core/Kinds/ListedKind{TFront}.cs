using Site.Core.Content;
using Site.Core.Diagnostics;

namespace Site.Core.Kinds;

/// <summary>A list of ids in a <typeparamref name="TFront"/>.</summary>
/// <typeparam name="TFront">The front matter of the kind that lists.</typeparam>
internal sealed class ListedKind<TFront>(string field, DocumentKind target, DiagnosticDescriptor diagnostic, Func<TFront, IReadOnlyList<Sourced<string>>> ids)
    : ListedKind(field, target, diagnostic)
    where TFront : FrontMatter
{
    /// <summary>The ids written, with their positions.</summary>
    public IReadOnlyList<Sourced<string>> Ids(TFront frontMatter) => ids(frontMatter);
}
