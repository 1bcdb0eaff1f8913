using Site.Core.Diagnostics;

namespace Site.Core.Kinds;

/// <summary>
/// A list of ids of another kind in a kind's front matter (a substance's <c>mechanisms</c>): the graph links both ways,
/// and an id that names no document of the target kind is reported at the list item. A list is an identity.
/// </summary>
public abstract class ListedKind
{
    private protected ListedKind(string field, DocumentKind target, DiagnosticDescriptor diagnostic)
    {
        Field = field;
        Target = target;
        Diagnostic = diagnostic;
    }

    /// <summary>The front-matter field ("mechanisms").</summary>
    public string Field { get; }

    /// <summary>The kind its ids name.</summary>
    public DocumentKind Target { get; }

    /// <summary>The code an id that names no document of <see cref="Target"/> is reported under.</summary>
    public DiagnosticDescriptor Diagnostic { get; }
}
