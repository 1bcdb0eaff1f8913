using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

/// <summary>
/// The repository's own input/, the site's first edition, built as an editor and CI build it: it
/// must check clean with warnings as errors, cite every reference, and let a reader reach every
/// substance and mechanism from the home page.
/// </summary>
public sealed class RealInputTests : IDisposable
{
    // The substances and mechanisms the first edition covers.
    private static readonly string[] Substances = ["alcohol", "buprenorphine", "cannabis", "cocaine", "ketamine", "methadone", "nicotine", "opioids"];

    private static readonly string[] Mechanisms =
    [
        "dopaminergic-reward-pathway", "memory-reconsolidation", "neuroplasticity", "nmda-receptor-antagonism",
        "opioid-receptor-agonism", "rapid-antidepressant-effect",
    ];

    // Every reference of the two source articles, the one they share merged into one.
    private static readonly string[] References =
    [
        "frimpong-2023", "gent-2023", "gubser-2023", "hilal-2023", "horowitz-2023", "jones-2018",
        "ketamine-addiction-review-2018", "ketamine-cocaine-motivation-2014", "ketamine-mindfulness-cocaine-2019",
        "ketamine-psychoactive-effects-2014", "lalanne-2016", "rowland-2010", "samhsa-2016",
    ];

    private static readonly string Input = Path.Combine(RepositoryRoot.Path, "input");

    private readonly SiteFolder _scratch = new(new Dictionary<string, string>());

    [Fact]
    public void Should_check_clean_with_warnings_as_errors()
    {
        // Given the repository's own input/
        // When it is checked as CI checks it
        var run = CliRun.InProcess(_scratch.Root, "check", "--input", Input, "--warnings-as-errors", "--format", "json");

        // Then it succeeds with no diagnostic of any severity
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.Trim().ShouldBe("[]");
    }

    [Fact]
    public void Should_build_a_page_for_every_markdown_file_and_each_substance_mechanism_and_reference_of_the_first_edition()
    {
        // Given the repository's own input/
        // When it is built into a scratch folder
        var site = Build();

        // Then every markdown file has its page, and the first edition's documents are all among them
        foreach (var document in Directory.EnumerateFiles(Input, "*.md", SearchOption.AllDirectories))
        {
            var stem = Path.GetRelativePath(Input, document).Replace('\\', '/')[..^3];
            File.Exists(Path.Combine(site, stem == "index" ? "index.html" : stem + "/index.html")).ShouldBeTrue(stem);
        }

        Pages(site, "substances").ShouldBe(Substances);
        Pages(site, "mechanisms").ShouldBe(Mechanisms);
        Pages(site, "references").ShouldBe(References);
    }

    [Fact]
    public void Should_list_at_least_one_citing_claim_on_every_reference_page()
    {
        // Given the built first edition
        var site = Build();

        // When each reference page's "Cited by" is read
        foreach (var key in References)
        {
            var page = Parse(Path.Combine(site, "references", key, "index.html"));
            var passages = page.QuerySelectorAll("section.cited-by .passages li a");

            // Then it quotes at least one claim, each linked to its anchor on a substance or mechanism page
            passages.ShouldNotBeEmpty(key);
            foreach (var passage in passages)
            {
                passage.GetAttribute("href")!.ShouldMatch(@"^\.\./\.\./(substances|mechanisms)/[a-z0-9-]+/#claim-\d+$", key);
                passage.TextContent.Trim().ShouldNotBeEmpty(key);
            }
        }
    }

    [Fact]
    public void Should_let_a_reader_reach_every_substance_and_mechanism_from_the_home_page_by_following_links()
    {
        // Given the built first edition
        var site = Build();

        // When every link is followed from the home page, page to page
        var reached = Crawl(site);

        // Then every substance and mechanism page is reached, and so is every reference
        foreach (var url in Substances.Select(s => $"/substances/{s}/").Concat(Mechanisms.Select(m => $"/mechanisms/{m}/")).Concat(References.Select(r => $"/references/{r}/")))
        {
            reached.ShouldContain(url);
        }
    }

    [Fact]
    public void Should_link_each_substance_to_its_mechanisms_and_each_mechanism_back_to_its_substances()
    {
        // Given the built first edition
        var site = Build();

        // When the mechanisms section of each substance page is read
        foreach (var substance in Substances)
        {
            var page = Parse(Path.Combine(site, "substances", substance, "index.html"));
            var mechanisms = page.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList();

            // Then each lists at least one mechanism, and each of those mechanism pages links back to it
            mechanisms.ShouldNotBeEmpty(substance);
            foreach (var mechanism in mechanisms)
            {
                var back = Parse(Path.Combine(site, "mechanisms", mechanism, "index.html"));
                back.QuerySelectorAll($"section.related a[href='../../substances/{substance}/']").ShouldNotBeEmpty($"{mechanism} -> {substance}");
            }
        }
    }

    public void Dispose() => _scratch.Dispose();

    private string Build()
    {
        var run = CliRun.InProcess(_scratch.Root, "build", "--input", Input, "--output", "site", "--warnings-as-errors");
        run.ExitCode.ShouldBe(0, run.All);
        return _scratch.PathOf("site");
    }

    private static string[] Pages(string site, string folder) =>
        [.. Directory.GetDirectories(Path.Combine(site, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    // Breadth-first over the site's own pages, following every relative link from the home page.
    private static HashSet<string> Crawl(string site)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            var file = Path.Combine(site, url.TrimStart('/'), "index.html");
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (var link in Parse(file).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                var target = new Uri(new Uri("https://site.invalid" + url), href).AbsolutePath;
                if (target.EndsWith('/') && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return reached;
    }
}
