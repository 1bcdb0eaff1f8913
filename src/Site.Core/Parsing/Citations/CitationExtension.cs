using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>Adds Pandoc citations, <c>[@key]</c> and <c>@key</c>.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the standard link parser, which would otherwise take "[@a]" as bracketed text.
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new InTextCitationParser());
            pipeline.DocumentProcessed += AltTextAsWritten;
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            var citations = new HtmlCitationRenderer();
            html.ObjectRenderers.Add(citations);
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlCitedTextRenderer(citations));
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new HtmlCitedLineBreakRenderer(citations));
        }
    }

    // An image's alt text is plain text: a citation in it is the text written, cites nothing and has no number to link back to.
    private static void AltTextAsWritten(MarkdownDocument document)
    {
        // Only a document with a citation can have one in alt text: the others are not walked again.
        if (document.GetData(CitationBrackets.Parsed) is null)
        {
            return;
        }

        List<CitationGroup>? inAlt = null;
        foreach (var image in document.Descendants<LinkInline>())
        {
            if (image.IsImage)
            {
                foreach (var group in image.Descendants<CitationGroup>())
                {
                    (inAlt ??= []).Add(group);
                }
            }
        }

        foreach (var group in inAlt ?? [])
        {
            group.ReplaceBy(new LiteralInline(group.Written) { Span = group.Span, Line = group.Line, Column = group.Column });
        }
    }
}
