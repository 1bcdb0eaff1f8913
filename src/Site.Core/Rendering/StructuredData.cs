using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Core.Content;
using Site.Core.Rendering.Models;

namespace Site.Core.Rendering;

/// <summary>
/// What a page is, as schema.org JSON-LD for search engines: the home page a <c>WebSite</c>; a substance
/// or mechanism a <c>MedicalWebPage</c> about a <c>Drug</c> (or a <c>MedicalEntity</c>), with its review
/// date and the works it cites; a reference page the work itself (a <c>ScholarlyArticle</c> for a journal
/// article); lists <c>CollectionPage</c>s; other pages <c>WebPage</c>s. Every page but the home page adds
/// its <c>BreadcrumbList</c>. URLs are absolute, so without a <c>baseUrl</c> they are left out.
/// </summary>
public static class StructuredData
{
    /// <summary>The vocabulary every document uses.</summary>
    public const string Context = "https://schema.org";

    // The JSON is written into a <script> element, which the HTML parser ends at the first "</script"
    // whatever the JSON means. This encoder writes '<', '>', '&' and quotes inside strings as \u003C
    // and so on, so no text from the content can end the element or open a comment in it; letters of
    // every script stay as they are.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    private static readonly ConditionalWeakTable<ReferenceEntry, CitedWorkJson> CitedWorks = new();

    /// <summary>The page's JSON-LD document, <c>{"@context": ..., "@graph": [page, breadcrumbs]}</c>, or null for a page that is not indexed.</summary>
    public static string? Of(PageModel page) => Written(page) is { } buffer ? Encoding.UTF8.GetString(buffer.WrittenSpan) : null;

    /// <summary>
    /// Writes the page's JSON-LD document (<see cref="Of"/>) to <paramref name="writer"/>, without a string of it: a dense page's
    /// document is a few kilobytes, and every page has one.
    /// </summary>
    /// <returns>False, having written nothing, for a page that is not indexed.</returns>
    public static bool WriteTo(PageModel page, TextWriter writer)
    {
        if (Written(page) is not { } buffer)
        {
            return false;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount));
        try
        {
            writer.Write(chars.AsSpan(0, Encoding.UTF8.GetChars(buffer.WrittenSpan, chars)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return true;
    }

    // The document as UTF-8 in this thread's buffer, reused page after page, or null for a page that is not indexed.
    private static ArrayBufferWriter<byte>? Written(PageModel page)
    {
        if (!page.Indexed)
        {
            return null;
        }

        var buffer = Buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteStartArray("@graph");
            if (page is ReferencePageModel reference)
            {
                WriteWork(json, reference.Entry, page.Site);
            }
            else
            {
                WritePage(json, page);
            }

            if (page.Breadcrumbs.Count > 0)
            {
                WriteBreadcrumbs(json, page);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer;
    }

    /// <summary>The schema.org type of a work of a CSL type: a journal article is a <c>ScholarlyArticle</c>.</summary>
    public static string WorkType(string? cslType) => cslType switch
    {
        "article-journal" or "article" or "paper-conference" => "ScholarlyArticle",
        "article-magazine" => "Article",
        "article-newspaper" => "NewsArticle",
        "chapter" => "Chapter",
        "book" => "Book",
        "report" => "Report",
        "thesis" => "Thesis",
        "webpage" => "WebPage",
        "post-weblog" => "BlogPosting",
        "dataset" => "Dataset",
        "legislation" => "Legislation",
        _ => "CreativeWork",
    };

    private static void WritePage(Utf8JsonWriter json, PageModel page)
    {
        json.WriteStartObject();
        json.WriteString("@type", page switch
        {
            HomePageModel => "WebSite",
            SubstancePageModel or MechanismPageModel or ConditionPageModel => "MedicalWebPage",
            ListPageModel or BibliographyPageModel => "CollectionPage",
            _ => "WebPage",
        });
        json.WriteString("name", page.Title);
        WriteText(json, "description", page.MetaDescription);
        WriteText(json, "url", page.CanonicalUrl);
        json.WriteString("inLanguage", page.Site.Language);
        if (page is not HomePageModel)
        {
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", page.Site.Title);
            WriteText(json, "url", page.Site.Address?.Root);
            json.WriteEndObject();
        }

        switch (page)
        {
            case SubstancePageModel substance:
                WriteDate(json, "lastReviewed", substance.Reviewed);
                WriteAbout(json, "Drug", substance.Title, substance.Aliases, substance.Class);
                break;
            case MechanismPageModel mechanism:
                WriteDate(json, "lastReviewed", mechanism.Reviewed);
                WriteAbout(json, "MedicalEntity", mechanism.Title, mechanism.Aliases, drugClass: null);
                break;
            case ConditionPageModel condition:
                WriteDate(json, "lastReviewed", condition.Reviewed);
                WriteAbout(json, "MedicalCondition", condition.Title, condition.Aliases, drugClass: null);
                break;
        }

        if (page.References.Count > 0)
        {
            json.WriteStartArray("citation");
            foreach (var cited in page.References)
            {
                WriteCitedWork(json, cited.Reference, page.Site);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // A work as its reference page describes it: what identifies it (title, authors, date, journal, DOI), under the id
    // the pages citing it name it by.
    private static void WriteWork(Utf8JsonWriter json, ReferenceEntry entry, SiteModel site)
    {
        var work = entry.Fields;
        json.WriteStartObject();
        WriteText(json, "@id", WorkId(entry, site));
        json.WriteString("@type", WorkType(work.Type));
        json.WriteString("name", work.Title);
        if (work.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in work.Authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", author.Given is null ? "Organization" : "Person");
                json.WriteString("name", author.Given is null ? author.Family : $"{author.Given} {author.Family}");
                if (author.Given is { } given)
                {
                    json.WriteString("familyName", author.Family);
                    json.WriteString("givenName", given);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteText(json, "datePublished", work.Issued?.ToString());
        if (work.ContainerTitle is { } container)
        {
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", work.Type == "chapter" ? "Book" : CslTypes.IsSerial(work.Type) ? "Periodical" : "CreativeWork");
            json.WriteString("name", container);
            json.WriteEndObject();
        }

        if (work.Publisher is { } publisher)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
        }

        WriteSameAs(json, work);
        WriteText(json, "url", site.Address?.Absolute(entry.Url));
        json.WriteEndObject();
    }

    // Where else the work is found: its DOI, its PubMed record, its own address.
    private static void WriteSameAs(Utf8JsonWriter json, ReferenceFrontMatter work)
    {
        var (doi, pubMed, url) = (work.DoiUrl, work.PubMedUrl, work.Url);
        if (doi is not null || pubMed is not null || url is not null)
        {
            json.WriteStartArray("sameAs");
            foreach (var elsewhere in (ReadOnlySpan<string?>)[doi, pubMed, url])
            {
                if (elsewhere is not null)
                {
                    json.WriteStringValue(elsewhere);
                }
            }

            json.WriteEndArray();
        }
    }

    // A work a page cites, by the id its reference page describes it under, with what a crawler shows without following
    // it: a page citing thirty works would otherwise carry every author of each (17 KB of its head, on a dense site).
    // The same entry reads the same on every page citing it (about 130 pages a work, on a dense site): its JSON is
    // written once for each entry and site address, and copied in after that.
    private static void WriteCitedWork(Utf8JsonWriter json, ReferenceEntry entry, SiteModel site)
    {
        var root = site.Address?.Root;
        if (!CitedWorks.TryGetValue(entry, out var cited) || cited.Root != root)
        {
            cited = new CitedWorkJson(root, CitedWorkUtf8(entry, site));
            CitedWorks.AddOrUpdate(entry, cited);
        }

        json.WriteRawValue(cited.Utf8, skipInputValidation: true);
    }

    private static byte[] CitedWorkUtf8(ReferenceEntry entry, SiteModel site)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteText(json, "@id", WorkId(entry, site));
            json.WriteString("@type", WorkType(entry.Fields.Type));
            json.WriteString("name", entry.Fields.Title);
            WriteSameAs(json, entry.Fields);
            WriteText(json, "url", site.Address?.Absolute(entry.Url));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // A cited work's JSON, under the site address it was written for.
    private sealed record CitedWorkJson(string? Root, byte[] Utf8);

    // The work, not its page: the reference page's URL with the fragment "work".
    private static string? WorkId(ReferenceEntry entry, SiteModel site) => site.Address?.Absolute(entry.Url) is { } url ? url + "#work" : null;

    private static void WriteBreadcrumbs(Utf8JsonWriter json, PageModel page)
    {
        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < page.Breadcrumbs.Count; i++)
        {
            var crumb = page.Breadcrumbs[i];
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", crumb.Title);
            WriteText(json, "item", page.Site.Address?.Absolute(crumb.Url));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // What a substance or mechanism page is about: the drug or the mechanism, by every name it goes by.
    private static void WriteAbout(Utf8JsonWriter json, string type, string name, IReadOnlyList<string> aliases, string? drugClass)
    {
        json.WriteStartObject("about");
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (aliases.Count > 0)
        {
            json.WriteStartArray("alternateName");
            foreach (var alias in aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
        }

        if (drugClass is not null)
        {
            json.WriteStartObject("drugClass");
            json.WriteString("@type", "DrugClass");
            json.WriteString("name", drugClass);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date) =>
        WriteText(json, name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
