namespace Site.Core.Scaffolding;

/// <summary>One file of the <see cref="StarterSite"/>.</summary>
/// <param name="Path">Where it goes, relative to the new site's folder, with '/' separators: <c>input/index.md</c>.</param>
/// <param name="Text">What it holds, with '\n' line endings.</param>
public sealed record StarterFile(string Path, string Text);
