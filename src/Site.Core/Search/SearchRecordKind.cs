using Site.Core.Kinds;

namespace Site.Core.Search;

/// <summary>What a search result is: a page of one of the document kinds (a reference among them), or a claim.</summary>
public static class SearchRecordKind
{
    /// <summary>A claim: a passage of a page, with the evidence behind it.</summary>
    public const string Claim = "claim";

    /// <summary>A reference, shown as its entry.</summary>
    public static string ReferenceName => DocumentKinds.Reference.Name;

    /// <summary>Every kind a record has, in the order the index holds them and the search box offers them: the document kinds, then claims.</summary>
    public static IReadOnlyList<string> All { get; } = [.. DocumentKinds.All.Select(k => k.Name), Claim];
}
