namespace Site.Theme.Liquid;

/// <summary>A template failed while rendering: which one (the innermost), the site's own innermost on the way, and why.</summary>
internal sealed class TemplateFailure(string path, Exception inner) : Exception(inner.Message, inner)
{
    /// <summary>The failing template's path in the theme ("templates/components/page_list.liquid").</summary>
    public string Path { get; } = path;

    /// <summary>The innermost of the site's own templates that were rendering when it failed, or null when none was.</summary>
    public string? OwnPath { get; set; }
}
