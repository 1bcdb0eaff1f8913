namespace Site.Core.Tests;

/// <summary>The fixture sites under Fixtures/, as copied next to the test assembly.</summary>
internal static class FixtureSites
{
    /// <summary>The Fixtures folder in the test output.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The folder of one fixture, e.g. "valid/basic" or "invalid/broken-link".</summary>
    public static string PathOf(string fixture) => Path.Combine(Root, fixture.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The names of the invalid fixtures, in ordinal order.</summary>
    public static IReadOnlyList<string> Invalid() => Family("invalid");

    /// <summary>The names of the bad-input fixtures (malformed, empty or hostile files), in ordinal order.</summary>
    public static IReadOnlyList<string> BadInput() => Family("bad-input");

    /// <summary>The diagnostics a fixture must produce, from its expected.txt: one 'path:line:column severity code' a line.</summary>
    public static IReadOnlyList<string> ExpectedDiagnostics(string fixture) =>
        [.. File.ReadAllLines(Path.Combine(PathOf(fixture), "expected.txt")).Where(l => l.Trim().Length > 0)];

    private static IReadOnlyList<string> Family(string folder) =>
        [.. Directory.GetDirectories(Path.Combine(Root, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
