namespace Site.Preview.Tests;

/// <summary>Citations while editing: a mistyped key is shown where it is written; fixing it numbers the citation.</summary>
public sealed partial class PreviewServerTests
{
    private const string Reference = "---\ntype: report\ntitle: A study\nissued: 2018\nevidence: rct\n---\n\nWhat it found.\n";
    private const string MistypedCitation = "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n## Dosing\n\nIt helps [@jones-2081].\n";

    [Fact]
    public async Task Should_show_an_unknown_citation_with_its_position_until_the_key_is_fixed()
    {
        // Given a running preview with one reference
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("references/jones-2018.md", Reference));

        // When a citation with a mistyped key is saved
        site.Folder.Write("substances/ketamine.md", MistypedCitation);

        // Then the overlay points at the key
        var broken = await site.WaitForPageAsync("/substances/ketamine/", 200, p => PreviewSite.OverlayOf(p) is not null, "the overlay");
        ProblemsIn(broken).ShouldContain($"input/substances/ketamine.md:{LocationOf(MistypedCitation, "jones-2081")} error unknown-citation", site.Log);

        // When the key is corrected
        site.Folder.Write("substances/ketamine.md", MistypedCitation.Replace("jones-2081", "jones-2018"));

        // Then the citation is numbered and linked to the page's reference list, and the reference page quotes it
        var page = await site.WaitForPageAsync("/substances/ketamine/", 200, p => PreviewSite.OverlayOf(p) is null, "no overlay");
        var citation = page.QuerySelector("a.citation[data-cite='jones-2018']");
        citation.ShouldNotBeNull();
        citation.TextContent.ShouldBe("1");
        page.GetElementById("ref-jones-2018").ShouldNotBeNull();
        var (_, reference) = await site.GetPageAsync("/references/jones-2018/");
        reference.QuerySelector(".cited-by blockquote")!.TextContent.ShouldBe("It helps.");
        (await site.GetStatusAsync("/references.json")).ShouldBe(200);
        (await site.GetStatusAsync("/references.bib")).ShouldBe(200);
    }
}
