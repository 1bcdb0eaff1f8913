using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>Reads <c>input/site.yml</c> into a <see cref="SiteConfig"/>, with defaults for what it leaves out.</summary>
internal static class SiteConfigReader
{
    private static readonly string[] Fields = ["title", "description", "baseUrl", "language", "claims", "reviewMaxAgeMonths", "severity"];
    private static readonly string[] Kinds = ["page", "pages", "substance", "substances", "mechanism", "mechanisms", "reference", "references"];
    private static readonly string[] Policies = ["paragraph", "sentence", "off"];
    private static readonly string[] Severities = ["error", "warning", "info", "off"];

    public static SiteConfig Read(SourceText source, DiagnosticBag diagnostics)
    {
        var fields = FrontMatterFields.Parse(source, 0, source.Text.Length, Fields, "site.yml", diagnostics);
        var defaults = SiteConfig.Default;
        var title = fields.Required("title", "site.yml", "Evidence on substances") ?? defaults.Title;

        var baseUrl = fields.Scalar("baseUrl");
        if (baseUrl is { } url && !(Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
        {
            fields.Report(DiagnosticDescriptors.InvalidFrontMatter, url, $"baseUrl must be an absolute http(s) URL, not '{url.Value}'", "write it like 'https://example.org/'");
            baseUrl = null;
        }

        var claims = new Dictionary<DocumentKind, ClaimPolicy>(SiteConfig.DefaultClaims);
        foreach (var (key, value) in fields.Map("claims"))
        {
            if (!Kinds.Contains(key.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("kind", key, Kinds);
            }
            else if (!Policies.Contains(value.Value, StringComparer.Ordinal))
            {
                fields.ReportChoice("claim policy", value, Policies);
            }
            else
            {
                claims[ParseKind(key.Value)] = Enum.Parse<ClaimPolicy>(value.Value, ignoreCase: true);
            }
        }

        var severity = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).ToArray();
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
            else
            {
                severity[key.Value] = Enum.Parse<DiagnosticSeverity>(value.Value, ignoreCase: true);
            }
        }

        return new SiteConfig(
            title,
            fields.String("description"),
            baseUrl?.Value,
            fields.String("language") ?? defaults.Language,
            claims,
            fields.Integer("reviewMaxAgeMonths", 1, 1200) ?? defaults.ReviewMaxAgeMonths,
            severity);
    }

    private static DocumentKind ParseKind(string name) => name.TrimEnd('s') switch
    {
        "substance" => DocumentKind.Substance,
        "mechanism" => DocumentKind.Mechanism,
        "reference" => DocumentKind.Reference,
        _ => DocumentKind.Page,
    };
}
