namespace Site.Core.Importing.Csl;

/// <summary>What a single value is written as.</summary>
internal enum CslScalarKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A number, kept as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>, or in YAML nothing at all.</summary>
    Null,
}
