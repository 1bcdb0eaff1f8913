namespace Site.Core.Tests;

/// <summary>The fixture sites under Fixtures/, as copied next to the test assembly.</summary>
internal static class FixtureSites
{
    /// <summary>The Fixtures folder in the test output.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The folder of one fixture, e.g. "valid/basic" or "invalid/broken-link".</summary>
    public static string PathOf(string fixture) => Path.Combine(Root, fixture.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The names of the invalid fixtures, in ordinal order.</summary>
    public static IReadOnlyList<string> Invalid() =>
        [.. Directory.GetDirectories(Path.Combine(Root, "invalid")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
