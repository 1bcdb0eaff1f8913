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
                : new YamlLoadFailure((int)e.Start.Index, Describe(e), YamlLoadFailureKind.Syntax);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The parser can fail without a position of its own; its last good event is the best place to point at.
            var index = parser.Current is { } current ? (int)current.End.Index : 0;
            failure = new YamlLoadFailure(index, "the structure breaks off here", YamlLoadFailureKind.BrokenOff);
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message.TrimEnd('.');
        return message.Length == 0 ? "unexpected content" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
