namespace Site.Core.Diagnostics;

/// <summary>Collects diagnostics from every phase, thread-safely; nothing stops at the first problem.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>The diagnostics in the order added.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>
    /// The diagnostics in a stable order (file, line, column, code, message), whatever order the
    /// parallel phases reported them in.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return [.. _items.Order(DiagnosticOrder.Instance)];
        }
    }
}
