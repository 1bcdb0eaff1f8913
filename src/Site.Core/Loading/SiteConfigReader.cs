using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Languages;
using Site.Core.Styles;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>Reads <c>input/site.yml</c> into a <see cref="SiteConfig"/>, with defaults for what it leaves out.</summary>
internal static class SiteConfigReader
{
    private static readonly string[] Fields = ["title", "description", "baseUrl", "language", "claims", "reviewMaxAgeMonths", "severity", "retractions", "evidenceMaxAgeYears", "citationStyle", "theme", "strings"];
    private static readonly string[] Policies = ["paragraph", "sentence", "off"];
    private static readonly string[] Severities = ["error", "warning", "info", "off"];

    public static SiteConfig Read(SourceText source, DiagnosticBag diagnostics)
    {
        var fields = FrontMatterFields.Parse(source, 0, source.Text.Length, Fields, "site.yml", diagnostics);
        var defaults = SiteConfig.Default;
        var title = fields.Required("title", "site.yml", "Evidence on substances") ?? defaults.Title;

        var baseUrl = fields.Scalar("baseUrl");
        if (baseUrl is { } url && !IsSiteAddress(url.Value))
        {
            fields.Report(
                DiagnosticDescriptors.InvalidFrontMatter, url,
                $"baseUrl must be an absolute http or https URL with no spaces, query or fragment, not '{Printable(url.Value)}'",
                "write it like 'https://example.org/' or 'https://example.org/evidence/'");
            baseUrl = null;
        }

        var language = fields.Scalar("language");
        if (language is { } tag && !LanguageTag.IsWellFormed(tag.Value))
        {
            fields.Report(
                DiagnosticDescriptors.InvalidFrontMatter, tag,
                $"language must be a BCP 47 language tag, not '{Printable(tag.Value)}'",
                "write a tag like 'en', 'en-GB', 'de' or 'pt-BR'");
            language = null;
        }

        var strings = Strings(language, fields);

        var claims = new Dictionary<DocumentKind, ClaimPolicy>(SiteConfig.DefaultClaims);
        foreach (var (key, value) in fields.Map("claims"))
        {
            if (DocumentKinds.OfClaimsKey(key.Value) is not { } kind)
            {
                fields.ReportChoice("kind", key, DocumentKinds.ClaimsKeys);
            }
            else if (!Policies.Contains(value.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("claim policy", value, Policies);
            }
            else
            {
                claims[kind] = Enum.Parse<ClaimPolicy>(value.Value, ignoreCase: true);
            }
        }

        var severity = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var codes = DiagnosticRegistry.All.Select(d => d.Code).ToArray();
        foreach (var (key, value) in fields.Map("severity"))
        {
            if (!codes.Contains(key.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("diagnostic code", key, codes);
            }
            else if (!Severities.Contains(value.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("severity", value, Severities);
            }
            else if (DiagnosticRegistry.Find(key.Value) is { CanBeLowered: false } pinned && value.Value != "error")
            {
                fields.Report(
                    DiagnosticDescriptors.InvalidFrontMatter, value,
                    $"'{key.Value}' is always an error and cannot be set to '{value.Value}': {pinned.PinnedBecause}",
                    $"remove the line and fix each '{key.Value}' instead");
            }
            else
            {
                severity[key.Value] = Enum.Parse<DiagnosticSeverity>(value.Value, ignoreCase: true);
            }
        }

        PathSetting? PathOf(string field)
        {
            if (fields.Scalar(field) is not { } path)
            {
                return null;
            }

            var location = source.Locate(path.Offset, path.Length);
            return new PathSetting(path.Value.Trim(), location, source.GetLine(location.Line));
        }

        var style = fields.Choice("citationStyle", CitationStyles.Names, "citation style");

        return new SiteConfig(
            title,
            fields.String("description"),
            baseUrl?.Value,
            language?.Value ?? defaults.Language,
            claims,
            fields.Integer("reviewMaxAgeMonths", 1, 1200) ?? defaults.ReviewMaxAgeMonths,
            severity)
        {
            Retractions = PathOf("retractions"),
            Theme = PathOf("theme"),
            EvidenceMaxAgeYears = fields.Integer("evidenceMaxAgeYears", 1, 200),
            CitationStyle = style?.Value ?? defaults.CitationStyle,
            Strings = strings,
        };
    }

    // The language's strings file, else English with a warning; then site.yml's own labels, each key one the files have.
    private static SiteStrings Strings(Sourced<string>? language, FrontMatterFields fields)
    {
        var strings = SiteStrings.English;
        if (language is { } tag)
        {
            if (SiteStrings.For(tag.Value) is { } shipped)
            {
                strings = shipped;
            }
            else
            {
                fields.Report(
                    DiagnosticDescriptors.UnsupportedLanguage, tag,
                    $"the theme has no labels in '{Printable(tag.Value)}': the pages' labels and dates are English",
                    $"the shipped languages are {string.Join(", ", SiteStrings.Shipped)}; keep the tag to mark the content's language, or give each label under 'strings:'");
            }
        }

        var overrides = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in fields.Map("strings"))
        {
            if (!SiteStrings.Keys.Contains(key.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("label", key, SiteStrings.Keys);
            }
            else
            {
                overrides.Add(new(key.Value, value.Value));
            }
        }

        return overrides.Count == 0 ? strings : strings.With(overrides);
    }

    // Absolute http(s), a host, and nothing that could leave the URL where it is written (robots.txt, the sitemap,
    // the head of every page): no white space, control characters or characters that RFC 3986 leaves out of URLs
    // ('"', '<', '>' and the like), no user name, query or fragment.
    private static bool IsSiteAddress(string text) =>
        !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0 && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && !text.Contains('?') && !text.Contains('#');

    // A value quoted in a message stays on one line.
    private static string Printable(string value)
    {
        var oneLine = string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c));
        return oneLine.Length > 80 ? oneLine[..80] + "..." : oneLine;
    }
}
