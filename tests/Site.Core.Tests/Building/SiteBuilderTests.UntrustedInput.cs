using Site.Core.Diagnostics;

namespace Site.Core.Tests.Building;

/// <summary>
/// A repository's files are untrusted (the build runs on contributors' pull requests): nothing whose real path is
/// outside the input folder is read or published, only regular files are read, and no setting in site.yml can make
/// the build drop pages or write where it cannot.
/// </summary>
public sealed partial class SiteBuilderTests
{
    private const string AboutPage = "---\ntitle: About\n---\n\n::: editorial\nText.\n:::\n";

    private static readonly string HomePage = TestSite.HomeLinking("about");

    [Fact]
    public void Should_refuse_an_asset_linked_to_a_file_outside_the_input_and_publish_nothing_of_it()
    {
        // Given a checkout whose .git/config holds a token, and an asset that links to it, and one to /etc/passwd
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage });
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        File.WriteAllText(Path.Combine(site.Root, ".git", "config"), "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "assets"));
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "assets", "style.css"), "../../.git/config");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "assets", "passwd.txt"), "/etc/passwd");

        // When it is built
        var result = site.Build(output: true);

        // Then each link is an unsafe-link error at its own path, naming its target, and nothing is written
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/assets/passwd.txt:1:1 error unsafe-link",
            "input/assets/style.css:1:1 error unsafe-link",
        ]);
        result.Diagnostics[0].Message.ShouldBe("'assets/passwd.txt' is a symbolic link to '/etc/passwd', which is outside the input folder; it is neither read nor published");
        result.Diagnostics[1].Message.ShouldContain("'../../.git/config'");
        result.Written.ShouldBeFalse();
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_page_linked_from_outside_the_input()
    {
        // Given a substance page that is a link to a markdown file outside the input folder
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage });
        var outside = Path.Combine(site.Root, "elsewhere", "secret.md");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, "---\ntitle: Secret\n---\n\n::: editorial\nUnpublished draft.\n:::\n");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "substances"));
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "substances", "secret.md"), outside);

        // When it is checked, and the same site is checked with the severity of the rule turned off
        var result = site.Build();
        site.WriteText("site.yml", "title: Test\nseverity:\n  unsafe-link: off\n");
        var turnedOff = site.Build();

        // Then the link is refused and the page is not part of the site; turning the rule off is refused too
        DiagnosticLine.Of(result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/substances/secret.md:1:1 error unsafe-link");
        result.PageCount.ShouldBe(8);
        turnedOff.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/site.yml:3:16 error invalid-front-matter",
            "input/substances/secret.md:1:1 error unsafe-link",
        ]);
    }

    [Fact]
    public void Should_refuse_a_folder_linked_from_outside_the_input_and_read_none_of_its_files()
    {
        // Given an assets folder that is a link to a folder outside the input, holding a file
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage });
        var outside = Path.Combine(site.Root, "home");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "id_rsa"), "PRIVATE KEY");
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "assets"), outside);

        // When it is built
        var result = site.Build(output: true);

        // Then the folder link is refused at its own path
        DiagnosticLine.Of(result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/assets:1:1 error unsafe-link");
        result.Written.ShouldBeFalse();
    }

    [Fact]
    public void Should_read_site_yml_through_a_link_only_when_it_leads_inside_the_input()
    {
        // Given a site.yml that links to settings outside the input folder
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage });
        var outside = Path.Combine(site.Root, "settings.yml");
        File.WriteAllText(outside, "title: Outside\n");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "site.yml"), outside);

        // When it is checked
        var result = site.Build();

        // Then the link is refused and the settings are not read
        DiagnosticLine.Of(result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/site.yml:1:1 error unsafe-link");
    }

    [Fact]
    public void Should_follow_links_to_files_inside_the_input_and_not_enter_linked_folders()
    {
        // Given an asset linked to another asset, a page linked to a file in another folder of the input, and a
        // folder linked to a folder of the input
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about", "history", "past"),
            ["about.md"] = AboutPage,
            ["drafts/history.md"] = "---\ntitle: History\n---\n\n::: editorial\nThe history.\n:::\n",
            ["assets/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        });
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "assets", "logo-copy.svg"), "logo.svg");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "past.md"), "drafts/history.md");
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "assets", "again"), Path.Combine(site.InputDirectory, "drafts"));

        // When it is built
        var result = site.Build(output: true);

        // Then the linked files are published under the links' names, and the linked folder is not entered
        result.Diagnostics.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(site.OutputDirectory, "assets", "logo-copy.svg")).ShouldBe("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.Page("/past/").ShouldHave("main h1").TextContent.ShouldBe("History");
        Directory.Exists(Path.Combine(site.OutputDirectory, "assets", "again")).ShouldBeFalse();
    }

    [Fact]
    public void Should_build_an_input_folder_that_is_itself_a_link()
    {
        // Given an input folder that is a link to the real content folder elsewhere
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage, ["assets/a.txt"] = "A" });
        var real = Path.Combine(site.Root, "content");
        Directory.Move(site.InputDirectory, real);
        Directory.CreateSymbolicLink(site.InputDirectory, real);

        // When it is built
        var result = site.Build(output: true);

        // Then everything in it is inside it: the site builds as it would from the folder itself
        result.Diagnostics.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(site.OutputDirectory, "assets", "a.txt")).ShouldBe("A");
    }

    [Fact]
    public void Should_report_a_page_whose_extension_is_not_lower_case()
    {
        // Given pages saved as .MD and .Md, and a file in assets named .MD (assets are copied whatever their names)
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["index.md"] = HomePage,
            ["about.md"] = AboutPage,
            ["substances/Ketamine.MD"] = AboutPage,
            ["notes.Md"] = AboutPage,
            ["assets/readme.MD"] = "text",
        });

        // When it is checked
        var result = site.Build();

        // Then each page file is reported with the name to give it
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/notes.Md:1:1 error invalid-identifier",
            "input/substances/Ketamine.MD:1:1 error invalid-identifier",
        ]);
        result.Diagnostics[1].Message.ShouldBe("'Ketamine.MD' is not read: pages are files whose names end in '.md', in lower case");
        result.Diagnostics[1].Hint.ShouldBe("rename it to 'Ketamine.md'");
    }

    [Theory]
    [InlineData("duplicate-id", "off")]
    [InlineData("duplicate-id", "warning")]
    [InlineData("reserved-url", "info")]
    public void Should_refuse_to_lower_a_rule_that_keeps_pages_from_being_dropped(string code, string severity)
    {
        // Given two documents with one id, a page on a reserved URL, and site.yml lowering the rule
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\nseverity:\n  {code}: {severity}\n",
            ["index.md"] = HomePage,
            ["about.md"] = AboutPage,
            ["drafts/about.md"] = AboutPage,
            ["references.md"] = AboutPage,
        }, output: true);

        // When it is built
        var result = site.Result;

        // Then the attempt is reported at the value, both rules stay errors, and nothing is written
        result.Diagnostics.Where(d => d.Code == "invalid-front-matter").Select(DiagnosticLine.Of)
            .ShouldBe([$"input/site.yml:3:{code.Length + 5} error invalid-front-matter"]);
        result.Diagnostics.Single(d => d.Code == "invalid-front-matter").Message.ShouldStartWith($"'{code}' is always an error and cannot be set to '{severity}': ");
        result.Diagnostics.ShouldContain(d => d.Code == "duplicate-id" && d.Severity == DiagnosticSeverity.Error);
        result.Diagnostics.ShouldContain(d => d.Code == "reserved-url" && d.Severity == DiagnosticSeverity.Error);
        result.Written.ShouldBeFalse();
    }

    [Fact]
    public void Should_keep_a_file_name_that_is_no_id_an_error_when_invalid_identifier_is_turned_off()
    {
        // Given a page named index.html.md (its URL would be the home page's file) and invalid-identifier turned
        // off
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nseverity:\n  invalid-identifier: off\n",
            ["index.html.md"] = AboutPage,
            ["index.md"] = TestSite.HomeLinking("about", "index.html"),
            ["about.md"] = AboutPage,
        }, output: true);

        // When it is built
        var result = site.Result;

        // Then the file name is still an error (the build stops with exit 1, not an I/O failure), and nothing is written
        DiagnosticLine.Of(result.Diagnostics.ShouldHaveSingleItem()).ShouldBe("input/index.html.md:1:1 error invalid-identifier");
        result.Written.ShouldBeFalse();
    }

    [Theory]
    [InlineData("language: en\\\" onload=\\\"x", "4:11", "language must be a BCP 47 language tag")]
    [InlineData("language: english please", "4:11", "language must be a BCP 47 language tag")]
    [InlineData("language: e", "4:11", "language must be a BCP 47 language tag")]
    [InlineData("baseUrl: \"https://example.org/\\nSitemap: https://evil.example/x.xml\"", "4:10", "baseUrl must be an absolute http or https URL")]
    [InlineData("baseUrl: \"https://example.org/\\\"><script>x</script>\"", "4:10", "baseUrl must be an absolute http or https URL")]
    [InlineData("baseUrl: https://example.org/?page=1", "4:10", "baseUrl must be an absolute http or https URL")]
    [InlineData("baseUrl: https://user:secret@example.org/", "4:10", "baseUrl must be an absolute http or https URL")]
    [InlineData("baseUrl: ftp://example.org/", "4:10", "baseUrl must be an absolute http or https URL")]
    public void Should_refuse_a_language_or_base_url_not_in_its_form(string line, string position, string message)
    {
        // Given site.yml with a malformed language tag or address
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\ndescription: A site.\nreviewMaxAgeMonths: 24\n{line}\n",
            ["index.md"] = HomePage,
            ["about.md"] = AboutPage,
        }, output: true);

        // When it is built
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the value is reported where it is written, on one line, and nothing reaches robots.txt or a page
        DiagnosticLine.Of(diagnostic).ShouldBe($"input/site.yml:{position} error invalid-front-matter");
        diagnostic.Message.ShouldStartWith(message);
        diagnostic.Message.ShouldNotContain("\n");
        site.Result.Written.ShouldBeFalse();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("de")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1996")]
    [InlineData("x-private")]
    public void Should_accept_a_well_formed_language_tag(string tag)
    {
        // Given site.yml with a language tag of the right form
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = $"title: Test\nlanguage: {tag}\n",
            ["index.md"] = HomePage,
            ["about.md"] = AboutPage,
        }, output: true);

        // When it is built
        // Then the pages carry it; a language the theme has no labels for is only a warning
        site.Result.Diagnostics.ShouldAllBe(d => d.Code == "unsupported-language");
        site.Page("/about/").ShouldHave("html").GetAttribute("lang").ShouldBe(tag);
    }

    [Fact]
    public async Task Should_refuse_to_read_a_page_larger_than_32_mebibytes()
    {
        // Given a page one byte over 32 MiB beside a valid one
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = HomePage, ["about.md"] = AboutPage });
        using (var large = File.Create(Path.Combine(site.InputDirectory, "large.md")))
        {
            large.SetLength((32L * 1024 * 1024) + 1);
        }

        // When it is checked
        var result = await site.BuildWithin(SmallInputLimit);

        // Then it is reported unread, with its size and the limit
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/large.md:1:1 error unreadable-file");
        diagnostic.Message.ShouldBe("cannot read the file: it is 33,554,433 bytes, more than the 32 MiB a page or site.yml may be");
    }
}
