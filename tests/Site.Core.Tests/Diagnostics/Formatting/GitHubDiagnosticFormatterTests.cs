using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;
using Site.Core.Text;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Tests.Diagnostics.Formatting;

public sealed class GitHubDiagnosticFormatterTests
{
    [Fact]
    public void Should_write_one_workflow_command_per_diagnostic()
    {
        // Given three diagnostics
        // When they are written as GitHub workflow commands
        var lines = FormatterSamples.Write(new GitHubDiagnosticFormatter(), FormatterSamples.All).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then each is one line naming the severity, file, line, column and code, with the hint after an encoded newline
        lines.ShouldBe(
        [
            "::error file=input/substances/ketamine.md,line=3,col=1,title=unknown-field::unknown field 'sumary' in front matter%0Adid you mean 'summary'?",
            "::error file=input/substances/ketamine.md,line=6,col=7,title=broken-link::no page has the id 'nowhere'",
            "::warning file=input/substances/ketamine.md,line=6,col=21,title=raw-html::raw HTML is not passed through; readers will see it as text",
        ]);
    }

    [Fact]
    public void Should_escape_the_characters_that_end_a_property_or_a_command()
    {
        // Given a diagnostic in a file whose name has a comma and a colon, with a message holding a percent sign
        var source = new SourceText("input/a,b:c.md", "x\n");
        var diagnostic = Diagnostic.At(BrokenLinkAnalyzer.Descriptor, source, 0, 1, "100% broken\r\nreally");

        // When it is written as a GitHub workflow command
        var line = FormatterSamples.Write(new GitHubDiagnosticFormatter(), [diagnostic]);

        // Then the file property and the message are escaped and the command stays on one line
        line.ShouldBe("::error file=input/a%2Cb%3Ac.md,line=1,col=1,title=broken-link::100%25 broken%0D%0Areally\n");
    }
}
