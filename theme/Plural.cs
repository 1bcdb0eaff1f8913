namespace Site.Theme;

/// <summary>Counts as readers read them: "1 claim", "3 claims".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, with an "s" unless the count is one.</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
