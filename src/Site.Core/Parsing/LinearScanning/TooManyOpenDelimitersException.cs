namespace Site.Core.Parsing.LinearScanning;

/// <summary>A paragraph leaves more emphasis delimiters and brackets open, over more of its text, than the parser reads in linear time; the parse phase makes it a diagnostic.</summary>
/// <param name="offset">Where in the parsed text the delimiter that passes the budget is.</param>
public sealed class TooManyOpenDelimitersException(int offset) : Exception($"too many emphasis delimiters or brackets are open at {offset}")
{
    /// <summary>Where in the parsed text the delimiter that passes the budget is.</summary>
    public int Offset { get; } = offset;
}
