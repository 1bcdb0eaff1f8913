using System.Text;
using System.Text.Json.Nodes;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// Reads a BibTeX name list (<c>author</c>, <c>editor</c>): names separated by <c>and</c>, each written
/// "Given von Family", "von Family, Given" or "von Family, Jr, Given"; a name in braces is an organisation's, kept
/// whole as a CSL literal. The "von" part (<c>van</c>, <c>de la</c>) is kept in the family name, where the NLM
/// (Vancouver) style and the site's two-part names have it, and a final <c>and others</c> is dropped: CSL has no
/// marker for a shortened list, a style adds "et al." from its own rules.
/// </summary>
internal static class BibTexNames
{
    /// <summary>The names as CSL name objects, or null when none is left; a name that cannot be read is reported.</summary>
    public static JsonArray? Read(BibTexField field, SourceText source, List<Diagnostic> diagnostics)
    {
        var names = new JsonArray();
        foreach (var tokens in SplitNames(field.Value))
        {
            if (tokens.Count == 1 && IsOthers(tokens[0]))
            {
                continue;
            }

            var parts = SplitParts(tokens);
            if (parts.Count > 3)
            {
                var written = string.Join(' ', tokens).Replace(" ,", ",", StringComparison.Ordinal);
                diagnostics.Add(Diagnostic.At(
                    DiagnosticDescriptors.InvalidBibliography, source, field.Offset, field.Length,
                    $"the name '{TexText.Decode(written)}' in '{field.Name}' has {parts.Count - 1} commas, more than 'Family, Jr, Given' has",
                    "separate names with ' and ', not with commas"));
                continue;
            }

            if (Name(tokens, parts) is { Count: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : names;
    }

    private static JsonObject? Name(List<string> tokens, List<List<string>> parts)
    {
        if (tokens.Count == 1 && IsGroup(tokens[0]))
        {
            return Text(tokens[0]) is { } literal ? new JsonObject { ["literal"] = literal } : null;
        }

        string? family;
        string? given;
        string? suffix = null;
        switch (parts.Count)
        {
            case 1:
                var words = parts[0];
                var von = words.FindIndex(0, Math.Max(words.Count - 1, 0), IsLowerCase);
                var familyStart = von >= 0 ? von : words.Count - 1;
                given = Text(string.Join(' ', words.Take(familyStart)));
                family = Text(string.Join(' ', words.Skip(familyStart)));
                break;
            case 2:
                family = Text(string.Join(' ', parts[0]));
                given = Text(string.Join(' ', parts[1]));
                break;
            default:
                family = Text(string.Join(' ', parts[0]));
                suffix = Text(string.Join(' ', parts[1]));
                given = Text(string.Join(' ', parts[2]));
                break;
        }

        var name = new JsonObject();
        if (family is not null)
        {
            name["family"] = family;
        }

        if (given is not null)
        {
            name["given"] = given;
        }

        if (suffix is not null)
        {
            name["suffix"] = suffix;
        }

        return name;
    }

    private static string? Text(string tex) => TexText.Decode(tex) is { Length: > 0 } text ? text : null;

    private static bool IsOthers(string token) => string.Equals(TexText.Decode(token), "others", StringComparison.OrdinalIgnoreCase);

    // The words of each name: the list split at 'and' outside braces, each name's words split at spaces and ties
    // outside braces, a comma outside braces a word of its own.
    private static List<List<string>> SplitNames(string value)
    {
        var names = new List<List<string>>();
        var name = new List<string>();
        var word = new StringBuilder();
        var depth = 0;

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var text = word.ToString();
            word.Clear();
            if (string.Equals(text, "and", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
                name = [];
            }
            else
            {
                name.Add(text);
            }
        }

        foreach (var c in value)
        {
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~'))
            {
                EndWord();
                continue;
            }

            if (depth == 0 && c == ',')
            {
                EndWord();
                name.Add(",");
                continue;
            }

            depth += c switch { '{' => 1, '}' when depth > 0 => -1, _ => 0 };
            word.Append(c);
        }

        EndWord();
        names.Add(name);
        return [.. names.Where(n => n.Count > 0)];
    }

    private static List<List<string>> SplitParts(List<string> tokens)
    {
        var parts = new List<List<string>> { new() };
        foreach (var token in tokens)
        {
            if (token == ",")
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(token);
            }
        }

        return parts;
    }

    // A word in braces ("{World Health Organization}") that is not a braced special character ("{\"O}").
    private static bool IsGroup(string token)
    {
        if (token.Length < 2 || token[0] != '{' || token[^1] != '}' || token[1] == '\\')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < token.Length; i++)
        {
            depth += token[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && i < token.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    // BibTeX's test for a "von" word: its first letter outside braces is lower case. A braced special character
    // ("{\"O}zt{\"u}rk") counts by its letter; a word wholly in braces has no case and is no "von".
    private static bool IsLowerCase(string word)
    {
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var end = word.IndexOf('}', i);
                    var letter = TexText.Decode(word[i..(end < 0 ? word.Length : end + 1)]).FirstOrDefault(char.IsLetter);
                    if (letter != default)
                    {
                        return char.IsLower(letter);
                    }
                }

                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(depth - 1, 0);
            }
            else if (depth == 0 && c == '\\')
            {
                // A command outside braces (\"Ozt\"urk): its name is no letter of the word.
                i++;
                while (i + 1 < word.Length && char.IsAsciiLetter(word[i + 1]) && char.IsAsciiLetter(word[i]))
                {
                    i++;
                }
            }
            else if (depth == 0 && char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }
}
