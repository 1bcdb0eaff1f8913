using System.Text;
using Site.Core.Building;
using Site.Core.Styles;
using Site.Theme;

namespace Site.Core.Tests.Styles;

public sealed class PreparedStyleTests : IDisposable
{
    private readonly TestSite _site = TestSite.Write(new Dictionary<string, string>
    {
        ["site.yml"] = "title: T\ncitationStyle: apa\n",
        ["index.md"] = "---\ntitle: Home\n---\n\nSee [[ketamine]] and [[methadone]].\n",
        ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nIt reduced use [@jones-2018].\n",
        ["substances/methadone.md"] = "---\ntitle: Methadone\n---\n\nIt is an agonist [@smith-2020].\n",
        ["references/jones-2018.md"] = "---\ntitle: A study\ntype: report\nauthor: [Jones JL, Mateus CF, Back SE]\nissued: 2018\n---\n",
        ["references/smith-2020.md"] = "---\ntitle: A trial\ntype: report\nauthor: [Smith A]\nissued: 2020\n---\n",
    });

    [Fact]
    public void Should_give_the_same_pages_incrementally_as_a_full_compile_when_a_new_work_gives_another_a_year_suffix()
    {
        // Given a compiled APA site where jones-2018 is "Jones et al., 2018"
        var compiler = new SiteCompiler(new LiquidTheme(), _site.InputDirectory, _site.Root, TestSite.Today);
        compiler.Compile().Site.PageAt("/substances/ketamine/")!.Html.ShouldContain("Jones et al., 2018</a>");

        // When a second "Jones et al., 2018" is added, cited from methadone's page only
        var changed = Write("references/jones-2018-b.md", "---\ntitle: B study\ntype: report\nauthor: [Jones JL, Smith A, Roe B]\nissued: 2018\n---\n");
        changed.UnionWith(Write("substances/methadone.md", "---\ntitle: Methadone\n---\n\nIt is an agonist [@smith-2020; @jones-2018-b].\n"));
        var incremental = compiler.Compile(changed);

        // Then ketamine's page, which did not change, shows 2018a, as its reference page does: the same as a full compile
        incremental.Site.PageAt("/substances/ketamine/")!.Html.ShouldContain("Jones et al., 2018a</a>");
        incremental.Site.PageAt("/references/jones-2018/")!.Html.ShouldContain("(2018a).");
        Pages(incremental).ShouldBe(Pages(new SiteCompiler(new LiquidTheme(), _site.InputDirectory, _site.Root, TestSite.Today).Compile()));
    }

    [Fact]
    public void Should_reuse_the_entry_of_an_unchanged_reference_and_format_a_changed_one_again()
    {
        // Given a style prepared for a compilation of the site, and the entries it made
        var compiler = new SiteCompiler(new LiquidTheme(), _site.InputDirectory, _site.Root, TestSite.Today);
        var first = compiler.Compile();
        var earlier = PreparedStyle.For(first.Graph);
        var (jones, smith) = (earlier.Entry(first.Graph.References["jones-2018"]), earlier.Entry(first.Graph.References["smith-2020"]));

        // When smith-2020 is edited and the style is prepared for the next compilation, after the first
        var second = compiler.Compile(Write("references/smith-2020.md", "---\ntitle: A larger trial\ntype: report\nauthor: [Smith A]\nissued: 2020\n---\n"));
        var next = PreparedStyle.For(second.Graph, earlier);

        // Then the unchanged reference's entry is the same object, and the changed one is formatted anew
        second.Graph.ById["jones-2018"].ShouldBeSameAs(first.Graph.ById["jones-2018"]);
        next.Entry(second.Graph.References["jones-2018"]).ShouldBeSameAs(jones);
        next.Entry(second.Graph.References["smith-2020"]).ShouldNotBeSameAs(smith);
        next.Entry(second.Graph.References["smith-2020"]).Entry.Text.ShouldContain("A larger trial");
    }

    [Fact]
    public void Should_format_an_unchanged_reference_again_when_its_year_suffix_changes()
    {
        // Given a style prepared for the site, and jones-2018's entry
        var compiler = new SiteCompiler(new LiquidTheme(), _site.InputDirectory, _site.Root, TestSite.Today);
        var first = compiler.Compile();
        var earlier = PreparedStyle.For(first.Graph);
        var entry = earlier.Entry(first.Graph.References["jones-2018"]);

        // When a second "Jones et al., 2018" arrives and the style is prepared again after the first
        var second = compiler.Compile(Write("references/jones-2018-b.md", "---\ntitle: B study\ntype: report\nauthor: [Jones JL, Smith A, Roe B]\nissued: 2018\n---\n"));
        var next = PreparedStyle.For(second.Graph, earlier);

        // Then the same document gets a new entry, with its suffix, and the style says whose suffix changed
        var again = next.Entry(second.Graph.References["jones-2018"]);
        again.ShouldNotBeSameAs(entry);
        again.Entry.Text.ShouldContain("(2018a).");
        entry.Entry.Text.ShouldContain("(2018).");
        next.SuffixesChangedSince(earlier).Order(StringComparer.Ordinal).ShouldBe(["jones-2018", "jones-2018-b"]);
    }

    [Fact]
    public void Should_format_every_entry_again_when_the_style_changes()
    {
        // Given a style prepared for the APA site, and an entry
        var compiler = new SiteCompiler(new LiquidTheme(), _site.InputDirectory, _site.Root, TestSite.Today);
        var first = compiler.Compile();
        var earlier = PreparedStyle.For(first.Graph);
        earlier.Entry(first.Graph.References["jones-2018"]).Entry.Style.ShouldBe("apa");

        // When site.yml switches to Vancouver
        var second = compiler.Compile(Write("site.yml", "title: T\ncitationStyle: vancouver\n"));
        var next = PreparedStyle.For(second.Graph, earlier);

        // Then the entry is Vancouver's, and so is every page
        next.Entry(second.Graph.References["jones-2018"]).Entry.Text.ShouldBe("Jones JL, Mateus CF, Back SE. A study. 2018.");
        second.Site.PageAt("/substances/ketamine/")!.Html.ShouldContain("<span class=\"vancouver\">");
        second.Site.PageAt("/substances/ketamine/")!.Html.ShouldNotContain("<span class=\"apa\">");
    }

    public void Dispose() => _site.Dispose();

    private HashSet<string> Write(string path, string text)
    {
        var full = Path.Combine(_site.InputDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return [path];
    }

    // Every page and every export, as served.
    private static List<string> Pages(SiteCompilation compilation) =>
    [
        .. compilation.Site.Pages.Select(p => p.Url + "\n" + p.Html),
        .. compilation.Exports.Select(e => e.Url + "\n" + Encoding.UTF8.GetString(e.Content)),
    ];
}
