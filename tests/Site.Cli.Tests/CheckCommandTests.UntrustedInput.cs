namespace Site.Cli.Tests;

/// <summary>
/// The real command over a repository an attacker wrote: links out of the input, YAML built to overflow the
/// loader's stack or to expand past memory, and settings that would have the site written where it cannot be.
/// Each ends in diagnostics and exit 1, never a crash, a stack trace or a published secret.
/// </summary>
public sealed partial class CheckCommandTests
{
    [Fact]
    public void Should_never_publish_a_file_an_asset_links_to_outside_the_input()
    {
        // Given a checkout whose .git/config holds a token, with assets linking to it and to /etc/passwd
        using var site = new SiteFolder();
        site.Write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n");
        Directory.CreateDirectory(site.PathOf("input/assets"));
        File.CreateSymbolicLink(site.PathOf("input/assets/style.css"), "../../.git/config");
        File.CreateSymbolicLink(site.PathOf("input/assets/passwd.txt"), "/etc/passwd");

        // When the real build runs
        var run = CliRun.AsProcess(site.Root, "build");

        // Then both links are unsafe-link errors naming their targets, the build fails and nothing is written
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/assets/passwd.txt:1:1: error unsafe-link: 'assets/passwd.txt' is a symbolic link to '/etc/passwd', which is outside the input folder");
        run.Out.ShouldContain("input/assets/style.css:1:1: error unsafe-link: 'assets/style.css' is a symbolic link to '../../.git/config'");
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
        run.All.ShouldNotContain("c2VjcmV0LXRva2Vu");
    }

    [Theory]
    [InlineData("input/about.md", "---\ntitle: About\ndescription: {0}\n---\n", "input/about.md:3:78: error invalid-front-matter")]
    [InlineData("input/site.yml", "title: Deep\ndescription: {0}\n", "input/site.yml:2:78: error invalid-front-matter")]
    public void Should_report_yaml_nested_50_000_deep_without_ending_the_process(string file, string template, string expected)
    {
        // Given 50,000 nested '[' in a field (the loader recurses once a level: deep enough to overflow its stack)
        using var site = new SiteFolder();
        site.Write(file, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, " " + new string('[', 50_000)));

        // When the real check runs
        var run = CliRun.AsProcess(site.Root, "check");

        // Then it is one diagnostic at the 65th bracket and exit 1: no crash (exit 134), no stack trace
        run.ExitCode.ShouldBe(1, run.All.Length > 2000 ? run.All[..2000] : run.All);
        run.Out.ShouldContain(expected);
        run.All.ShouldNotContain("   at ");
        run.All.ShouldNotContain("Stack overflow");
    }

    [Fact]
    public void Should_refuse_a_title_aliased_thousands_of_times_before_it_fills_memory()
    {
        // Given a 312 KB page: one title of 100,000 characters, anchored once and aliased 52,000 times (5 GB expanded)
        using var site = new SiteFolder();
        var aliases = string.Join(", ", Enumerable.Repeat("*t", 52_000));
        site.Write("input/substances/cocaine.md", $"---\ntitle: &t {new string('C', 100_000)}\naliases: [{aliases}]\n---\n\n::: editorial\nText.\n:::\n");

        // When the real build runs
        var run = CliRun.AsProcess(site.Root, "build");

        // Then the eleventh alias, past 1 MiB, is reported; nothing is written and the process ends normally
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/substances/cocaine.md:3:51: error invalid-front-matter: front matter cannot be read: its aliases, up to this '*t', stand for more than 1 MiB of text");
        run.All.ShouldNotContain("OutOfMemory");
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
    }

    [Fact]
    public void Should_fail_with_exit_1_for_a_page_named_index_html_even_with_invalid_identifier_turned_off()
    {
        // Given a page named index.html.md, whose URL would be the home page's own file, and the rule turned off
        using var site = new SiteFolder();
        site.Write("input/site.yml", "title: Test site\nseverity:\n  invalid-identifier: off\n");
        site.Write("input/index.html.md", "---\ntitle: Index\n---\n\n::: editorial\nText.\n:::\n");

        // When the real build runs
        var run = CliRun.AsProcess(site.Root, "build");

        // Then the file name is still an error with its fix, exit 1, not a misleading I/O failure
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/index.html.md:1:1: error invalid-identifier: the file name 'index.html.md' is not a valid id");
        run.All.ShouldNotContain("denied");
    }
}
