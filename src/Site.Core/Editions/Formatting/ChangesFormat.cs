namespace Site.Core.Editions.Formatting;

/// <summary>How <c>site diff</c> prints what changed.</summary>
public enum ChangesFormat
{
    /// <summary>For a terminal: page by page, one line a claim, before and after indented.</summary>
    Text,

    /// <summary>For tools: <c>{"added", "removed", "changed", "pages"}</c>.</summary>
    Json,

    /// <summary>For a pull request or release notes: a heading a page, a list item a claim.</summary>
    Markdown,
}
