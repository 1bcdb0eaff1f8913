namespace Site.Core.Diagnostics;

/// <summary>Orders diagnostics by file, line, column, code and message, ordinally.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (result == 0)
        {
            result = x.Location.Line.CompareTo(y.Location.Line);
        }

        if (result == 0)
        {
            result = x.Location.Column.CompareTo(y.Location.Column);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Code, y.Code);
        }

        return result == 0 ? string.CompareOrdinal(x.Message, y.Message) : result;
    }
}
