using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using Site.Core.Text;

namespace Site.Cli;

/// <summary>
/// What a command line that does not parse is told: one line per problem, with a did-you-mean where a
/// command, option or value is close to one that exists, then where the usage of the command is.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Stops the parser reporting unmatched tokens itself: <see cref="Describe"/> reports them, each once, a misspelt option's value not as a second problem.</summary>
    public static void ReportUnmatchedTokensOurselves(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var subcommand in command.Subcommands)
        {
            ReportUnmatchedTokensOurselves(subcommand);
        }
    }

    /// <summary>The lines to print for <paramref name="parsed"/>, none when it parsed cleanly.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parsed)
    {
        var commandResult = parsed.CommandResult;
        var command = commandResult.Command;
        var path = CommandPath(commandResult);
        var lines = new List<string>();

        var unmatched = UnmatchedPositions(parsed);
        var tokens = parsed.Tokens;
        var unknownCommand = false;
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = tokens[unmatched[i]].Value;
            if (IsOption(token))
            {
                lines.Add(UnknownOption(token, path, commandResult));
                // "--outptu x": x is the misspelt option's value, not a problem of its own.
                if (i + 1 < unmatched.Count && unmatched[i + 1] == unmatched[i] + 1 && !IsOption(tokens[unmatched[i + 1]].Value))
                {
                    i++;
                }
            }
            else if (command.Subcommands.Count > 0)
            {
                lines.Add(UnknownCommand(token, path, command));
                // What follows a command that does not exist cannot be judged.
                unknownCommand = true;
                break;
            }
            else
            {
                lines.Add($"site: unexpected argument '{token}' for '{path}'.");
            }
        }

        foreach (var error in parsed.Errors)
        {
            if (error.SymbolResult is CommandResult { Command.Subcommands.Count: > 0 } missing)
            {
                // "Required command was not provided": said better above when a command was misspelt.
                if (!unknownCommand)
                {
                    var commands = string.Join(", ", missing.Command.Subcommands.Select(c => c.Name));
                    lines.Add(missing.Parent is null
                        ? $"site: no command given; the commands are {commands}."
                        : $"site: '{CommandName(CommandPath(missing))}' needs a command; the commands are {commands}.");
                }

                continue;
            }

            lines.Add(NotAllowed(error) ?? $"site: {error.Message}");
        }

        if (lines.Count > 0)
        {
            lines.Add($"Run '{path} --help' for usage.");
        }

        return lines;
    }

    private static string UnknownCommand(string token, string path, Command command)
    {
        var names = command.Subcommands.Select(c => c.Name).ToList();
        return DidYouMean.Find(token, names) is { } meant
            ? $"site: '{token}' is not a command; did you mean '{path} {meant}'?"
            : $"site: '{token}' is not a command; the commands are {string.Join(", ", names)}.";
    }

    private static string UnknownOption(string token, string path, CommandResult commandResult)
    {
        // "--fromat=json" stays one token when the option is unknown; the name is what was misspelt.
        var name = token.Split('=', 2)[0];
        // One-letter aliases are too near to everything to be worth suggesting.
        var names = OptionsOf(commandResult).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.Length > 2);
        var meant = name.Length > 2 ? DidYouMean.Find(name, names) : null;
        return meant is null
            ? $"site: '{CommandName(path)}' has no option '{name}'."
            : $"site: '{CommandName(path)}' has no option '{name}'; did you mean '{meant}'?";
    }

    // The options of the command and the recursive ones of the commands above it (--help).
    private static IEnumerable<Option> OptionsOf(CommandResult commandResult)
    {
        for (SymbolResult? result = commandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var command })
            {
                foreach (var option in command.Options.Where(o => ReferenceEquals(result, commandResult) || o.Recursive))
                {
                    yield return option;
                }
            }
        }
    }

    // A value outside an option's or an argument's fixed list (AcceptOnlyFromAmong): the list, and the closest.
    private static string? NotAllowed(ParseError error)
    {
        var (symbol, name, given) = error.SymbolResult switch
        {
            OptionResult option => ((Symbol)option.Option, option.Option.Name, option.Tokens),
            ArgumentResult argument => (argument.Argument, $"<{argument.Argument.Name}>", argument.Tokens),
            _ => (null!, "", (IReadOnlyList<Token>)[]),
        };
        if (symbol is null)
        {
            return null;
        }

        var allowed = symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        if (allowed.Count == 0 || given.FirstOrDefault(t => !allowed.Contains(t.Value, StringComparer.Ordinal)) is not { } wrong)
        {
            return null;
        }

        var list = allowed.Count == 1 ? allowed[0] : $"{string.Join(", ", allowed[..^1])} or {allowed[^1]}";
        var shown = symbol is Argument ? name : $"'{name}'";
        return DidYouMean.Find(wrong.Value, allowed) is { } meant
            ? $"site: {shown} takes {list}, not '{wrong.Value}'; did you mean '{meant}'?"
            : $"site: {shown} takes {list}, not '{wrong.Value}'.";
    }

    // Where in the tokens each unmatched one stands, so that a misspelt option's value is known by being next to it.
    private static List<int> UnmatchedPositions(ParseResult parsed)
    {
        var positions = new List<int>();
        var next = 0;
        for (var i = 0; i < parsed.Tokens.Count && next < parsed.UnmatchedTokens.Count; i++)
        {
            if (parsed.Tokens[i].Type == TokenType.Argument && parsed.Tokens[i].Value == parsed.UnmatchedTokens[next])
            {
                positions.Add(i);
                next++;
            }
        }

        return positions;
    }

    private static bool IsOption(string token) => token.Length > 1 && token[0] == '-';

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is CommandResult { Parent: not null } command)
            {
                names.Add(command.Command.Name);
            }
        }

        names.Add("site");
        names.Reverse();
        return string.Join(' ', names);
    }

    private static string CommandName(string path) => path == "site" ? "site" : path["site ".Length..];
}
