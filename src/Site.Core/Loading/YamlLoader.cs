using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Core.Loading;

/// <summary>
/// Loads YAML text through <see cref="GuardedYamlParser"/>, so that every YAML the site reads (front matter, site.yml,
/// CSL-YAML bibliographies) keeps the same limits, and fails the same way: with a place and a description, never an
/// exception.
/// </summary>
internal static class YamlLoader
{
    /// <summary>The loaded stream, or null with the reason in <paramref name="failure"/>.</summary>
    public static YamlStream? Load(string yaml, out YamlLoadFailure? failure)
    {
        var parser = new GuardedYamlParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            failure = null;
            return stream;
        }
        catch (YamlException e)
        {
            // Past a limit the YAML may well be valid; it is too large for the loader all the same.
            failure = e is YamlLimitException
                ? new YamlLoadFailure((int)e.Start.Index, e.Message, YamlLoadFailureKind.Limit)
                : Unclosed(yaml, parser, e.Message)
                    ?? new YamlLoadFailure(TabIndent(yaml, e) ?? (int)e.Start.Index, Describe(e), YamlLoadFailureKind.Syntax);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The parser can fail without a position of its own; its last good event is the best place to point at.
            var index = parser.Current is { } current ? (int)current.End.Index : 0;
            failure = Unclosed(yaml, parser, null)
                ?? new YamlLoadFailure(index, "the structure breaks off here", YamlLoadFailureKind.BrokenOff);
            return null;
        }
    }

    // An unclosed '[' or '{' runs on to the end of the front matter, where the parser gives up: the bracket is the mistake.
    private static YamlLoadFailure? Unclosed(string yaml, GuardedYamlParser parser, string? message)
    {
        if (message is not null && !message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) && !message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A mapping inside a list ("[a: b]") is a flow collection without a bracket of its own.
        foreach (var start in parser.OpenFlowCollections)
        {
            var index = (int)start.Index;
            if (index < yaml.Length && yaml[index] is '[' or '{')
            {
                var close = yaml[index] == '[' ? ']' : '}';
                return new YamlLoadFailure(index, $"the '{yaml[index]}' here is never closed with '{close}'", YamlLoadFailureKind.BrokenOff);
            }
        }

        return null;
    }

    // YamlDotNet reports a tab in an indentation at the start of the mapping it is in; the tab is the mistake.
    private static int? TabIndent(string yaml, YamlException e)
    {
        if (!e.Message.Contains(" tab ", StringComparison.Ordinal))
        {
            return null;
        }

        var lineStart = (int)e.Start.Index - ((int)e.Start.Column - 1);
        for (var i = Math.Max(0, lineStart); i < yaml.Length; i++)
        {
            if (yaml[i] == '\t' && yaml.AsSpan(lineStart, i - lineStart).IsWhiteSpace())
            {
                return i;
            }

            if (yaml[i] == '\n')
            {
                lineStart = i + 1;
            }
        }

        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message.TrimEnd('.');
        return message.Length == 0 ? "unexpected content" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
