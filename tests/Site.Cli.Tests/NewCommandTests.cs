namespace Site.Cli.Tests;

public sealed class NewCommandTests
{
    [Theory]
    [InlineData("substance", "Nitrous oxide", "input/substances/nitrous-oxide.md")]
    [InlineData("mechanism", "gaba-a-modulation", "input/mechanisms/gaba-a-modulation.md")]
    [InlineData("page", "Glossary", "input/glossary.md")]
    public void Should_create_a_document_that_checks_clean(string kind, string name, string expectedPath)
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a new document is created
        var run = CliRun.InProcess(site.Root, "new", kind, name);

        // Then the file is where its kind belongs, and the site still checks clean
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.Trim().ShouldBe(expectedPath);
        File.ReadAllText(site.PathOf(expectedPath)).ShouldStartWith("---\n");
        var check = CliRun.InProcess(site.Root, "check");
        check.ExitCode.ShouldBe(0, check.All);
    }

    [Fact]
    public void Should_create_a_reference_whose_empty_required_fields_are_pointed_out()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a new reference is created and the site is checked before it is filled in
        var run = CliRun.InProcess(site.Root, "new", "reference", "Smith 2020");
        var check = CliRun.InProcess(site.Root, "check");

        // Then each field a journal article needs is reported at its own empty line, and the unused reference is a warning
        run.ExitCode.ShouldBe(0, run.All);
        check.ExitCode.ShouldBe(1, check.All);
        check.Out.ShouldContain("input/references/smith-2020.md:4:1: error missing-field: reference 'smith-2020', of type 'article-journal', has no 'author'");
        check.Out.ShouldContain("input/references/smith-2020.md:5:1: error missing-field");
        check.Out.ShouldContain("input/references/smith-2020.md:6:1: error missing-field");
        check.Out.ShouldContain("input/references/smith-2020.md:3:8: warning unused-reference");
    }

    [Fact]
    public void Should_use_the_name_as_the_title()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a substance is created by title
        CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide").ExitCode.ShouldBe(0);

        // Then its front matter has that title
        File.ReadAllText(site.PathOf("input/substances/nitrous-oxide.md")).ShouldContain("title: \"Nitrous oxide\"");
    }

    [Fact]
    public void Should_refuse_an_id_that_is_taken()
    {
        // Given a site with a substance 'ketamine'
        using var site = new SiteFolder();
        var before = File.ReadAllText(site.PathOf("input/substances/ketamine.md"));

        // When a mechanism with the same id is created
        var run = CliRun.InProcess(site.Root, "new", "mechanism", "Ketamine");

        // Then it refuses, and the existing file is untouched
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already used by substances/ketamine.md");
        File.ReadAllText(site.PathOf("input/substances/ketamine.md")).ShouldBe(before);
        File.Exists(site.PathOf("input/mechanisms/ketamine.md")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_to_write_into_a_kind_folder_that_links_out_of_the_input()
    {
        // Given a checked-out site whose substances folder is a link to a folder outside it
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n" });
        Directory.CreateDirectory(site.PathOf("elsewhere"));
        Directory.CreateSymbolicLink(site.PathOf("input/substances"), site.PathOf("elsewhere"));

        // When a new substance is created
        var run = CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide");

        // Then nothing is written where the link leads, and the command says why with exit 2
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("'substances' is a link that leads outside the input folder");
        Directory.EnumerateFileSystemEntries(site.PathOf("elsewhere")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_write_through_a_link_left_where_the_new_file_would_go()
    {
        // Given a link to nowhere outside the input, named like the page to be created
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n" });
        Directory.CreateDirectory(site.PathOf("input/substances"));
        File.CreateSymbolicLink(site.PathOf("input/substances/nitrous-oxide.md"), site.PathOf("planted.txt"));

        // When a new substance of that name is created
        var run = CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide");

        // Then the command refuses with exit 2 and the link's target is never created
        run.ExitCode.ShouldBe(2, run.All);
        File.Exists(site.PathOf("planted.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Should_say_to_run_site_init_in_a_folder_with_no_input_folder()
    {
        // Given a folder that holds no site
        using var folder = new SiteFolder(new Dictionary<string, string>());
        Directory.Delete(folder.PathOf("input"));

        // When a new page is created there
        var run = CliRun.InProcess(folder.Root, "new", "substance", "Nitrous oxide");

        // Then it exits 2 (a usage problem), points to site init and to --input, and writes nothing
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldBe("site: no input folder 'input' here; run 'site init' to start a site here, or pass --input PATH to use another folder\n");
        Directory.EnumerateFileSystemEntries(folder.Root).ShouldBeEmpty();
    }
}
