using System.Security.Cryptography;
using System.Text;
using Site.Core.Rendering;

namespace Site.Core.Tests.Rendering;

public sealed class PublishedAssetsTests
{
    [Fact]
    public void Should_name_stylesheets_and_scripts_by_the_first_ten_hex_digits_of_the_sha256_of_their_content()
    {
        // Given a theme with a stylesheet, a script in a folder and an image
        var css = Encoding.UTF8.GetBytes("body { color: black; }\n");
        var js = Encoding.UTF8.GetBytes("// script\n");
        var svg = Encoding.UTF8.GetBytes("<svg/>");

        // When its files are named for publishing
        var assets = PublishedAssets.Of([new ThemeAsset("site.css", css), new ThemeAsset("js/site.js", js), new ThemeAsset("logo.svg", svg)]);

        // Then the stylesheet and script carry their hash before the extension; the image, which
        // stylesheets name, keeps its name; each file keeps its bytes and its place
        var cssHash = Convert.ToHexStringLower(SHA256.HashData(css))[..10];
        var jsHash = Convert.ToHexStringLower(SHA256.HashData(js))[..10];
        assets.Files.Select(f => f.Url).ShouldBe([$"/theme/site.{cssHash}.css", $"/theme/js/site.{jsHash}.js", "/theme/logo.svg"]);
        assets.Files.Select(f => f.Content).ShouldBe([css, js, svg]);
        assets.UrlOf("site.css").ShouldBe($"/theme/site.{cssHash}.css");
        assets.UrlOf("js/site.js").ShouldBe($"/theme/js/site.{jsHash}.js");
        assets.UrlOf("logo.svg").ShouldBe("/theme/logo.svg");
    }

    [Fact]
    public void Should_give_the_same_content_the_same_name_and_changed_content_a_new_one()
    {
        // Given a stylesheet, the same bytes again, and the stylesheet with one character changed
        ThemeAsset Css(string text) => new("site.css", Encoding.UTF8.GetBytes(text));

        // When each is named
        var first = PublishedAssets.Of([Css("a { color: red; }")]).UrlOf("site.css");
        var again = PublishedAssets.Of([Css("a { color: red; }")]).UrlOf("site.css");
        var changed = PublishedAssets.Of([Css("a { color: rEd; }")]).UrlOf("site.css");

        // Then the name follows the content alone
        again.ShouldBe(first);
        changed.ShouldNotBe(first);
    }

    [Fact]
    public void Should_give_a_file_the_theme_lacks_its_plain_name()
    {
        // Given a theme without a script
        var assets = PublishedAssets.Of([new ThemeAsset("site.css", [1, 2, 3])]);

        // When a page asks for the script
        var url = assets.UrlOf("site.js");

        // Then it gets the plain name, under /theme/
        url.ShouldBe("/theme/site.js");
    }
}
