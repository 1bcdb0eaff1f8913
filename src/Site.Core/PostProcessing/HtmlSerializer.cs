using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;

namespace Site.Core.PostProcessing;

/// <summary>
/// Writes a parsed page back to HTML, byte for byte as AngleSharp's <c>ToHtml()</c> does, in time linear in
/// the page. AngleSharp finds each node's next sibling by scanning its parent's children, which makes a page
/// of many paragraphs side by side (a 10 MB page has a hundred thousand) take minutes.
/// </summary>
internal static class HtmlSerializer
{
    /// <summary>The HTML of a node and everything under it.</summary>
    public static string Serialize(INode root)
    {
        var formatter = HtmlMarkupFormatter.Instance;
        using var writer = new StringWriter();

        // Depth first, without recursion: an element is visited to open it and, after its children, to close it.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.TryPop(out var entry))
        {
            var (node, closing) = entry;
            if (closing)
            {
                var element = (IElement)node;
                writer.Write(formatter.CloseTag(element, element.Flags.HasFlag(NodeFlags.SelfClosing)));
                continue;
            }

            switch (node)
            {
                case IComment comment:
                    writer.Write(formatter.Comment(comment));
                    break;
                case IProcessingInstruction instruction:
                    writer.Write(formatter.Processing(instruction));
                    break;
                case ICharacterData text:
                    writer.Write(text.Parent?.Flags.HasFlag(NodeFlags.LiteralText) == true ? formatter.LiteralText(text) : formatter.Text(text));
                    break;
                case IDocumentType doctype:
                    writer.Write(formatter.Doctype(doctype));
                    break;
                case IElement element:
                    var selfClosing = element.Flags.HasFlag(NodeFlags.SelfClosing);
                    writer.Write(formatter.OpenTag(element, selfClosing));

                    // The parser drops a line break right after <pre> or <textarea>: one that belongs to the text is written twice.
                    if (!selfClosing && element.Flags.HasFlag(NodeFlags.LineTolerance) && element.FirstChild is IText { Data: ['\n', ..] })
                    {
                        writer.Write('\n');
                    }

                    if (element is IHtmlTemplateElement template)
                    {
                        writer.Write(Serialize(template.Content));
                    }

                    stack.Push((element, true));
                    break;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return writer.ToString();
    }
}
