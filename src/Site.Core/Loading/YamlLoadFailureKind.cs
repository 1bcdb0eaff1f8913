namespace Site.Core.Loading;

/// <summary>Why YAML could not be loaded.</summary>
internal enum YamlLoadFailureKind
{
    /// <summary>A syntax error at a place the parser names.</summary>
    Syntax,

    /// <summary>Valid YAML, perhaps, past one of the limits <see cref="GuardedYamlParser"/> keeps.</summary>
    Limit,

    /// <summary>The parser gave up without naming a place: the structure breaks off after its last good event.</summary>
    BrokenOff,
}
