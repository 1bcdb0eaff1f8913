using Site.Theme;

namespace Site.Core.Tests.Theme;

/// <summary>docs/templates.md says what each template receives, as the code gives it.</summary>
public sealed class TemplateModelDocsTests
{
    [Fact]
    public void Should_be_the_document_docs_templates_md_holds()
    {
        // Given the document in the repository
        var shown = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "templates.md")).ReplaceLineEndings("\n");

        // When it is written again from the models a template can read
        var expected = TemplateModelDocs.Markdown();

        // Then it is the same
        shown.ShouldBe(expected, "docs/templates.md differs from the models; write it again with `dotnet run --project tests/Site.Benchmarks -- template-models > docs/templates.md`");
    }

    [Fact]
    public void Should_name_every_member_a_template_can_read_and_describe_the_pages_models()
    {
        // Given the document as written from the code
        var document = TemplateModelDocs.Markdown();

        // Then the substance page's model is there, its members under the names templates use, with what they are
        document.ShouldContain("| `templates/pages/SubstancePage.liquid` | [SubstancePageModel](#substancepagemodel) |");
        document.ShouldContain("| `body_html` | text | The body as HTML");
        document.ShouldContain("| `class` | text or nil | Its pharmacological class, or null. |");
        document.ShouldContain("| `mechanisms` | list of [PageLink](#pagelink) |");
        document.ShouldNotContain("ReferenceFrontMatter");
    }
}
