using Site.Core.Content;
using Site.Core.Styles.Apa;
using Site.Core.Styles.Vancouver;

namespace Site.Core.Styles;

/// <summary>
/// The citation styles a site can choose with site.yml's <c>citationStyle</c>: the one list the settings reader,
/// the documentation and the tests read.
/// </summary>
public static class CitationStyles
{
    /// <summary>The style of a site that names none.</summary>
    public static ICitationStyle Default { get; } = new VancouverStyle();

    /// <summary>Every style, the default first.</summary>
    public static IReadOnlyList<ICitationStyle> All { get; } = [Default, new ApaStyle()];

    /// <summary>The names site.yml may give, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>The style a site's settings name (an unknown name was reported when site.yml was read: the default then).</summary>
    public static ICitationStyle Of(SiteConfig config) => Find(config.CitationStyle) ?? Default;

    /// <summary>The style of that name, or null.</summary>
    public static ICitationStyle? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
