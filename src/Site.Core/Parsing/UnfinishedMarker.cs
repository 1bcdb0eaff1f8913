using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Parsing;

/// <summary>
/// The one marker of text still to be written, as <c>site new</c> leaves it: a <c>::: unfinished</c> block in the
/// body (the scaffold's instructions), and the YAML tag <c>!unfinished</c> before a front matter value (a title
/// still to be given, a placeholder showing the form of a field). Both are recognised here and nowhere else; a page
/// that carries either is an <c>unfinished-page</c> error, so neither ever reaches readers.
/// </summary>
public static class UnfinishedMarker
{
    /// <summary>The container name of the body's marker.</summary>
    public const string ContainerName = "unfinished";

    /// <summary>The YAML tag of the front matter's marker, as written.</summary>
    public const string Tag = "!unfinished";

    /// <summary>Whether a block is an <c>::: unfinished</c> container.</summary>
    public static bool IsBlock(Block block) =>
        block is CustomContainer { Info: { } info } && string.Equals(info, ContainerName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a YAML value carries the <c>!unfinished</c> tag.</summary>
    public static bool IsValue(YamlNode node) => !node.Tag.IsEmpty && string.Equals(node.Tag.Value, Tag, StringComparison.Ordinal);
}
