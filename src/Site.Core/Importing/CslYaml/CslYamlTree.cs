using System.Text.RegularExpressions;
using Site.Core.Diagnostics;
using Site.Core.Importing.Csl;
using Site.Core.Loading;
using Site.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Importing.CslYaml;

/// <summary>
/// Reads a CSL-YAML file into positioned values: the items of its <c>references:</c> list (pandoc's form, in every
/// document of the file), or of a file that is itself such a list. YAML is loaded as the site loads front matter
/// (<see cref="YamlLoader"/>), within the same limits of nesting and aliases; a YAML error stops the file.
/// </summary>
internal static partial class CslYamlTree
{
    /// <summary>The file's items, in order, every problem added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<CslNode> Read(SourceText source, List<Diagnostic> diagnostics)
    {
        var first = source.Text.StartsWith('\uFEFF') ? 1 : 0;
        if (YamlLoader.Load(source.Text[first..], out var failure) is not { } stream)
        {
            var (message, hint) = failure!.Kind == YamlLoadFailureKind.Limit
                ? ($"the file cannot be read: {failure.Description}", "a bibliography needs plain items: write them out instead of nesting or repeating them")
                : ($"the file is not valid YAML: {failure.Description}", "check indentation, the ':' after each name, the '- ' before each item, and quote values that contain ': '");
            diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, source, first + failure.Index, 0, message, hint));
            return [];
        }

        var items = new List<CslNode>();
        foreach (var document in stream.Documents)
        {
            switch (document.RootNode)
            {
                case YamlSequenceNode list:
                    items.AddRange(list.Children.Select(item => Node(item, first)));
                    break;
                case YamlMappingNode map when Member(map, "references") is { } references:
                    if (references is YamlSequenceNode referenced)
                    {
                        items.AddRange(referenced.Children.Select(item => Node(item, first)));
                    }
                    else if (!IsEmpty(references))
                    {
                        Report(diagnostics, source, first, references, "'references' must be a list of items", "write each item under 'references:' as '- id: ...'");
                    }

                    break;
                case var root when IsEmpty(root):
                    break;
                case var root:
                    Report(diagnostics, source, first, root, "a CSL-YAML file is a 'references:' list of items, or a list of items itself", "start the file with 'references:' and write each item as '- id: ...'");
                    break;
            }
        }

        return items;
    }

    private static CslNode Node(YamlNode node, int first) => node switch
    {
        YamlMappingNode map => new CslMap(
            [.. map.Children.Select(member => new CslMember(((YamlScalarNode)member.Key).Value ?? string.Empty, Node(member.Value, first)))],
            first + (int)map.Start.Index),
        YamlSequenceNode list => new CslList([.. list.Children.Select(item => Node(item, first))], first + (int)list.Start.Index),
        YamlScalarNode scalar => new CslScalar(scalar.Value, KindOf(scalar), first + (int)scalar.Start.Index, LengthOf(scalar)),
        _ => new CslScalar(null, CslScalarKind.Null, first + (int)node.Start.Index, 0),
    };

    // A plain scalar is YAML's null, a boolean or a number by its form; a quoted one is always text.
    private static CslScalarKind KindOf(YamlScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return CslScalarKind.String;
        }

        return scalar.Value switch
        {
            null or "" or "~" or "null" or "Null" or "NULL" => CslScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => CslScalarKind.Boolean,
            var value when Number().IsMatch(value) => CslScalarKind.Number,
            _ => CslScalarKind.String,
        };
    }

    private static int LengthOf(YamlNode node) =>
        node.End.Line == node.Start.Line ? (int)(node.End.Index - node.Start.Index) : 0;

    private static YamlNode? Member(YamlMappingNode map, string name) =>
        map.Children.FirstOrDefault(member => member.Key is YamlScalarNode { Value: var key } && key == name).Value;

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null" };

    private static void Report(List<Diagnostic> diagnostics, SourceText source, int first, YamlNode node, string message, string hint) =>
        diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, source, first + (int)node.Start.Index, LengthOf(node), message, hint));

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
