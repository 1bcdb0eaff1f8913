namespace Site.Core.Tests.Building;

/// <summary>A site's own theme folder: its assets win over the default theme's of the same path, and add to them.</summary>
public sealed partial class SiteBuilderTests
{
    [Fact]
    public void Should_publish_the_theme_folders_stylesheet_instead_of_the_default_and_its_new_assets_beside_it()
    {
        // Given a site whose theme folder (site.yml 'theme') has its own site.css and an image the default theme lacks
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\ntheme: look\n",
            ["index.md"] = "---\ntitle: Home\n---\nWelcome.\n",
            ["look/assets/site.css"] = "body { color: rebeccapurple; }\n",
            ["look/assets/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        }, output: true);

        // When the home page's stylesheet link is followed
        site.Result.Diagnostics.ShouldBeEmpty();
        var stylesheet = site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        // Then it is the site's own stylesheet, the new image is published too, and the folder's files are nowhere else
        File.ReadAllText(Path.Combine(site.Root, "output", stylesheet)).ShouldBe("body { color: rebeccapurple; }\n");
        site.FilesIn().ShouldContain(f => f.StartsWith("theme/logo.", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));
        site.FilesIn().ShouldNotContain(f => f.StartsWith("look/", StringComparison.Ordinal));
    }
}
