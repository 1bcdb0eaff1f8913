using System.Text;

namespace Site.Core.Importing;

/// <summary>
/// One field of a tagged record (RIS's <c>AU  - </c>, MEDLINE's <c>FAU - </c>): its tag, its value with its continuation
/// lines joined by spaces, and where it is, for diagnostics.
/// </summary>
internal sealed class TaggedField(string tag, int valueOffset, string firstLine)
{
    private readonly StringBuilder _value = new(firstLine);

    /// <summary>The tag, upper case: <c>TY</c>, <c>PMID</c>.</summary>
    public string Tag { get; } = tag;

    /// <summary>The offset of the value's first character, after the tag and its hyphen.</summary>
    public int ValueOffset { get; } = valueOffset;

    /// <summary>The length of the value on its first line, to underline it.</summary>
    public int FirstLineLength { get; } = firstLine.Length;

    /// <summary>The value, continuation lines included, as written (not yet cleaned).</summary>
    public string Value => _value.ToString();

    /// <summary>Adds a continuation line.</summary>
    public void Continue(string line) => _value.Append(' ').Append(line);
}
