using AngleSharp.Html.Parser;
using Site.Core.PostProcessing;

namespace Site.Core.Tests.PostProcessing;

public sealed class HeadingAnchorsTests
{
    [Fact]
    public void Should_give_each_heading_an_id_from_its_text()
    {
        // Given headings without ids
        var document = new HtmlParser().ParseDocument("<h1>Ketamine</h1><h2>Dosing &amp; Safety</h2><h3>NMDA Receptor (GluN2B)</h3><h4>Step 2</h4>");

        // When anchors are applied
        HeadingAnchors.Apply(document);

        // Then each id is the heading's text in lower-case kebab
        document.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.Id).ShouldBe(["ketamine", "dosing-safety", "nmda-receptor-glun2b", "step-2"]);
    }

    [Fact]
    public void Should_number_repeated_headings_and_never_take_an_id_already_in_the_page()
    {
        // Given two headings with the same text, one whose id another element already has, and one with its own id
        var document = new HtmlParser().ParseDocument(
            "<main id=\"summary\"><h2>Dosing</h2><h2>Dosing</h2><h2>Summary</h2><h2 id=\"kept\">Kept as is</h2><h2>!!!</h2></main>");

        // When anchors are applied
        HeadingAnchors.Apply(document);

        // Then ids are unique in the page, an existing id is kept, and a heading without letters gets 'section'
        document.QuerySelectorAll("h2").Select(h => h.Id).ShouldBe(["dosing", "dosing-2", "summary-2", "kept", "section"]);
    }
}
