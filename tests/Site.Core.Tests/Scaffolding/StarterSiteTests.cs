using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Building;
using Site.Core.Scaffolding;
using Site.Theme;

namespace Site.Core.Tests.Scaffolding;

/// <summary>The site <c>site init</c> writes: true, clean, every page linked, and never written over anything.</summary>
public sealed class StarterSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-core-tests", Guid.NewGuid().ToString("N"));

    public StarterSiteTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Should_build_clean_with_warnings_as_errors()
    {
        // Given the starter site written into a new folder
        var site = Path.Combine(_root, "my-site");
        StarterSite.Create(site, _root);

        // When it is built with warnings as errors
        var result = Build(site);

        // Then there is no diagnostic of any severity, and every content file has its page
        result.Diagnostics.Select(d => $"{DiagnosticLine.Of(d)}: {d.Message}").ShouldBeEmpty();
        result.Written.ShouldBeTrue();
        foreach (var page in new[] { "index.html", "about/index.html", "substances/ketamine/index.html", "mechanisms/nmda-receptor-antagonism/index.html", "references/hilal-2023/index.html" })
        {
            File.Exists(Path.Combine(site, "output", page)).ShouldBeTrue(page);
        }
    }

    [Fact]
    public void Should_link_the_substance_and_the_mechanism_both_ways_and_quote_both_claims_on_the_reference_page()
    {
        // Given the starter site, built
        var site = Path.Combine(_root, "my-site");
        StarterSite.Create(site, _root);
        Build(site);

        // When its substance, mechanism and reference pages are read
        var substance = Page(site, "substances/ketamine");
        var mechanism = Page(site, "mechanisms/nmda-receptor-antagonism");
        var reference = Page(site, "references/hilal-2023");

        // Then each lists the other, both cite the reference, and the reference page quotes what each claims
        substance.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")).ShouldContain("../../mechanisms/nmda-receptor-antagonism/");
        mechanism.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")).ShouldContain("../../substances/ketamine/");
        substance.QuerySelectorAll($"a.citation[data-cite='{StarterSite.ReferenceKey}']").ShouldNotBeEmpty();
        mechanism.QuerySelectorAll($"a.citation[data-cite='{StarterSite.ReferenceKey}']").ShouldNotBeEmpty();
        var quoted = reference.QuerySelectorAll("section.cited-by .passages blockquote").Select(q => q.TextContent).ToList();
        quoted.ShouldContain("Ketamine blocks NMDA receptors, and this is one of the ways it is thought to help people with alcohol addiction.");
        quoted.ShouldContain(q => q.StartsWith("Ketamine blocks NMDA receptors, one of the ways it is thought to help in alcohol addiction.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_let_a_reader_reach_every_page_from_the_home_page()
    {
        // Given the starter site, built
        var site = Path.Combine(_root, "my-site");
        StarterSite.Create(site, _root);
        Build(site);

        // When every link is followed from the home page, page to page
        var reached = Crawl(Path.Combine(site, "output"));

        // Then every page of the site is reached, the about page and the reference among them
        var output = Path.Combine(site, "output");
        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Select(folder => folder == "." ? "/" : $"/{folder}/")
            .ToList();
        pages.ShouldContain("/about/");
        pages.ShouldContain("/references/hilal-2023/");
        pages.ShouldBeSubsetOf(reached);
    }

    [Fact]
    public void Should_write_every_file_and_a_gitignore_for_the_output_into_a_folder_that_does_not_exist()
    {
        // Given a path two folders deep that does not exist
        var site = Path.Combine(_root, "sites", "my-site");

        // When the starter site is written there
        var created = StarterSite.Create(site, _root);

        // Then the folders are made, every file is written as given, the .gitignore keeps out what a build writes,
        // and nothing else is left beside them
        created.Directory.ShouldBe(site);
        created.KeptGitIgnore.ShouldBeFalse();
        created.Written.ShouldBe([.. StarterSite.Files.Select(f => Path.Combine(site, f.Path)), Path.Combine(site, ".gitignore")]);
        foreach (var file in StarterSite.Files)
        {
            File.ReadAllText(Path.Combine(site, file.Path)).ShouldBe(file.Text);
        }

        File.ReadAllLines(Path.Combine(site, ".gitignore")).ShouldContain("output/");
        Directory.EnumerateFileSystemEntries(Path.Combine(_root, "sites")).ShouldBe([site]);
        Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".gitignore", "input"]);
    }

    [Fact]
    public void Should_write_into_an_existing_folder_with_an_empty_input_folder_and_keep_its_gitignore()
    {
        // Given a folder with other files, an empty input folder and a .gitignore of its own
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine\n");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "*.tmp\n");
        Directory.CreateDirectory(Path.Combine(_root, "input"));

        // When the starter site is written there
        var created = StarterSite.Create(".", _root);

        // Then the input folder is filled, the other files and the .gitignore are as they were, and no staging folder is left
        created.KeptGitIgnore.ShouldBeTrue();
        created.Written.ShouldBe([.. StarterSite.Files.Select(f => Path.Combine(_root, f.Path))]);
        File.Exists(Path.Combine(_root, "input", "site.yml")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(_root, ".gitignore")).ShouldBe("*.tmp\n");
        File.ReadAllText(Path.Combine(_root, "notes.txt")).ShouldBe("mine\n");
        Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".gitignore", "input", "notes.txt"]);
    }

    [Fact]
    public void Should_refuse_an_input_folder_that_is_not_empty_naming_what_is_there_and_write_nothing()
    {
        // Given a folder whose input/ holds one page
        Directory.CreateDirectory(Path.Combine(_root, "input"));
        File.WriteAllText(Path.Combine(_root, "input", "draft.md"), "---\ntitle: Draft\n---\n");
        var before = Snapshot(_root);

        // When the starter site is written there
        var refused = Should.Throw<SiteSetupException>(() => StarterSite.Create(_root, _root));

        // Then the message names the folder and what it holds, and not a byte has changed
        refused.Message.ShouldStartWith("'input' already holds 'draft.md'");
        Snapshot(_root).ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_a_folder_inside_a_site_input_folder()
    {
        // Given a site's input folder (it holds site.yml)
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: A site\n");
        var before = Snapshot(_root);

        // When the starter site is written into a folder inside it, and into the input folder itself
        var inside = Should.Throw<SiteSetupException>(() => StarterSite.Create("input/another-site", _root));
        var itself = Should.Throw<SiteSetupException>(() => StarterSite.Create(".", input));

        // Then both are refused, and nothing is written
        inside.Message.ShouldBe("'input/another-site' is inside a site's input folder ('input' holds site.yml); start the new site in a folder of its own, so nothing was written");
        itself.Message.ShouldStartWith("the working directory holds site.yml: it is a site's input folder");
        Snapshot(_root).ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_an_input_that_is_a_link_and_write_nothing_where_it_leads()
    {
        // Given a folder whose input is a link to an empty folder outside it
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(site);
        Directory.CreateSymbolicLink(Path.Combine(site, "input"), elsewhere);

        // When the starter site is written there
        var refused = Should.Throw<SiteSetupException>(() => StarterSite.Create(site, _root));

        // Then it is refused, naming the link, and nothing is written there or where it leads
        refused.Message.ShouldStartWith($"'site/input' is already there, as a symbolic link to '{elsewhere}'");
        Directory.EnumerateFileSystemEntries(elsewhere).ShouldBeEmpty();
        Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).ShouldBe(["input"]);
    }

    [Fact]
    public void Should_not_write_a_gitignore_through_a_link_left_in_its_place()
    {
        // Given a folder whose .gitignore is a link to a file outside it that does not exist
        var planted = Path.Combine(_root, "planted.txt");
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(site);
        File.CreateSymbolicLink(Path.Combine(site, ".gitignore"), planted);

        // When the starter site is written there
        var created = StarterSite.Create(site, _root);

        // Then the link is kept as it is, and nothing is written where it leads
        created.KeptGitIgnore.ShouldBeTrue();
        File.Exists(planted).ShouldBeFalse();
        File.Exists(Path.Combine(site, "input", "index.md")).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_file_where_the_folder_would_be()
    {
        // Given a file named like the new site's folder
        var file = Path.Combine(_root, "my-site");
        File.WriteAllText(file, "a file\n");

        // When the starter site is written there
        var refused = Should.Throw<SiteSetupException>(() => StarterSite.Create("my-site", _root));

        // Then it says what is there, and the file is as it was
        refused.Message.ShouldBe("'my-site' is a file, not a folder; nothing was written");
        File.ReadAllText(file).ShouldBe("a file\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory does not affect other tests: each has its own.
        }
    }

    private static BuildResult Build(string site) =>
        new SiteBuilder(new LiquidTheme()).Build(new BuildOptions("input", "output", site, WarningsAsErrors: true, Today: TestSite.Today));

    private static IDocument Page(string site, string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", url, "index.html")));

    private static HashSet<string> Crawl(string output)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            var file = Path.Combine(output, url.TrimStart('/'), "index.html");
            foreach (var link in new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                var target = new Uri(new Uri("https://site.invalid" + url), href).AbsolutePath;
                if (target.EndsWith('/') && File.Exists(Path.Combine(output, target.TrimStart('/'), "index.html")) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return reached;
    }

    private static IReadOnlyList<string> Snapshot(string folder) =>
    [
        .. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(entry => $"{Path.GetRelativePath(folder, entry)} {(File.Exists(entry) ? File.ReadAllText(entry) : "/")}")
            .Order(StringComparer.Ordinal),
    ];
}
