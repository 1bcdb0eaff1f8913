namespace Site.Core.Rendering.Models;

/// <summary>A quoted passage and the anchor on its page where it is.</summary>
/// <param name="Anchor">The element id on the citing page ("cite-3").</param>
/// <param name="Text">The passage as plain text.</param>
public sealed record PassageLink(string Anchor, string Text);
