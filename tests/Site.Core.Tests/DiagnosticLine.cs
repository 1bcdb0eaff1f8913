using Site.Core.Diagnostics;

namespace Site.Core.Tests;

/// <summary>The form of a diagnostic in the fixtures' expected.txt: <c>path:line:column severity code</c>.</summary>
internal static class DiagnosticLine
{
    public static string Of(Diagnostic diagnostic) =>
        $"{diagnostic.Location.Path}:{diagnostic.Location.Line}:{diagnostic.Location.Column} {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}";
}
