namespace Site.Core.Importing.Csl;

/// <summary>One member of a mapping: <c>"title": "..."</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
internal sealed record CslMember(string Name, CslNode Value);
