using Site.Core.Text;

namespace Site.Core.Diagnostics;

/// <summary>
/// One problem found in the content: where, how serious, what is wrong and how to fix it.
/// A content problem is always a diagnostic, never an exception.
/// </summary>
/// <param name="Descriptor">The rule that was broken.</param>
/// <param name="Severity">The effective severity (after site.yml overrides and --warnings-as-errors).</param>
/// <param name="Location">Where, 1-based, in the source file.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Hint">How to fix it, or null.</param>
/// <param name="SourceLine">The text of the source line, for the caret display, or null.</param>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    string? Hint = null,
    string? SourceLine = null)
{
    /// <summary>
    /// True when site.yml may not lower this one diagnostic, whatever its rule allows: a file name that is no id
    /// would give a URL the site cannot be written to.
    /// </summary>
    public bool Pinned { get; init; }

    /// <summary>True when site.yml's severity overrides leave this diagnostic as it is.</summary>
    public bool CanBeLowered => !Pinned && Descriptor.CanBeLowered;

    /// <summary>The stable code of the rule.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Creates a diagnostic at an offset in a source text, with the rule's default severity.</summary>
    public static Diagnostic At(DiagnosticDescriptor descriptor, SourceText source, int offset, int length, string message, string? hint = null)
    {
        var location = source.Locate(offset, length);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, location, message, hint, source.GetLine(location.Line));
    }

    /// <summary>Creates a diagnostic about a whole file (line 1, column 1).</summary>
    public static Diagnostic ForFile(DiagnosticDescriptor descriptor, string path, string message, string? hint = null) =>
        new(descriptor, descriptor.DefaultSeverity, new SourceLocation(path, 1, 1), message, hint);

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
