namespace Site.Core.Loading;

/// <summary>Where the front matter and body of a file are.</summary>
/// <param name="HasFrontMatter">The file opens with a '---' line.</param>
/// <param name="IsClosed">A closing '---' (or '...') line was found.</param>
/// <param name="YamlOffset">Where the YAML starts (after the opening line).</param>
/// <param name="YamlLength">How long the YAML is.</param>
/// <param name="BodyOffset">Where the markdown body starts.</param>
public readonly record struct FrontMatterSplit(bool HasFrontMatter, bool IsClosed, int YamlOffset, int YamlLength, int BodyOffset);
