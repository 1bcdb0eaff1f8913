using System.Text;
using Site.Core.Diagnostics.Formatting;

namespace Site.Core.Diagnostics;

/// <summary>The README's diagnostics table, written from the rules: code, default severity, when it is raised.</summary>
public static class DiagnosticTable
{
    /// <summary>The markdown table of these rules, one row each in their order, each line ending in '\n'.</summary>
    public static string Markdown(IEnumerable<DiagnosticDescriptor> rules)
    {
        var table = new StringBuilder("| code | default | when |\n| --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            table.Append($"| `{rule.Code}` | {DiagnosticFormatters.SeverityName(rule.DefaultSeverity)} | {rule.When} |\n");
        }

        return table.ToString();
    }
}
