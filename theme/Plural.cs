namespace Site.Theme;

/// <summary>Counts as readers read them: "1 claim", "3 claims".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, with an "s" unless the count is one.</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>"1 retracted study", "2 retracted studies": for a noun whose plural is not made with an s.</summary>
    public static string Count(int count, string noun, string plural) => $"{count} {(count == 1 ? noun : plural)}";
}
