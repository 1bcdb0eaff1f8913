namespace Site.Core.Text;

/// <summary>A 1-based position in a source file; <see cref="Length"/> is the width to underline (0 for a point).</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column, int Length = 0)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
