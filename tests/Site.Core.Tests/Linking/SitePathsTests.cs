using Site.Core.Linking;

namespace Site.Core.Tests.Linking;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("/", "/substances/ketamine/", "substances/ketamine/")]
    [InlineData("/substances/ketamine/", "/", "../../")]
    [InlineData("/substances/ketamine/", "/substances/ketamine/", "./")]
    [InlineData("/", "/", "./")]
    [InlineData("/substances/ketamine/", "/theme/site.css", "../../theme/site.css")]
    [InlineData("/", "/theme/site.css", "theme/site.css")]
    [InlineData("/substances/ketamine/", "/substances/methadone/", "../methadone/")]
    [InlineData("/substances/ketamine/", "/substances/", "../")]
    [InlineData("/substances/", "/substances/ketamine/", "ketamine/")]
    [InlineData("/substances/ketamine/", "/mechanisms/nmda-receptor-antagonism/", "../../mechanisms/nmda-receptor-antagonism/")]
    [InlineData("/404.html", "/", "./")]
    [InlineData("/404.html", "/substances/", "substances/")]
    [InlineData("/about/", "/assets/diagram.svg", "../assets/diagram.svg")]
    [InlineData("/guides/dosing/", "/guides/", "../")]
    public void Should_link_relatively_between_pretty_urls(string from, string to, string expected)
    {
        // Given two site URLs
        // When the link from one to the other is made
        var relative = SitePaths.Relative(from, to);

        // Then it is relative and resolves to the target from the page
        relative.ShouldBe(expected);
        new Uri(new Uri(new Uri("https://site.test/base/"), from.TrimStart('/')), relative).AbsolutePath.ShouldBe("/base" + to);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/substances/ketamine/", "substances/ketamine/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/theme/site.css", "theme/site.css")]
    public void Should_write_a_url_to_its_index_file(string url, string path)
    {
        // Given a site URL
        // When its output file is asked for
        // Then a folder URL is its index.html and a file URL is itself
        SitePaths.OutputPathOf(url).ShouldBe(path);
    }

    [Theory]
    [InlineData("substances/ketamine.md", "ketamine")]
    [InlineData("about.md", "about")]
    [InlineData("index.md", "index")]
    [InlineData("guides/index.md", "guides")]
    [InlineData("guides/dosing/index.md", "dosing")]
    [InlineData("substances/index.md", "index")]
    public void Should_take_the_id_from_the_file_stem_or_the_folder_of_a_nested_index(string path, string id)
    {
        // Given a path under input/
        // When its id is asked for
        // Then it is the file stem, or for a page's nested index.md its folder
        SitePaths.IdOf(path).ShouldBe(id);
    }
}
