namespace Site.Core.Linking;

/// <summary>How a link was written.</summary>
public enum LinkSyntax
{
    /// <summary><c>[[id]]</c>.</summary>
    Wiki,

    /// <summary><c>[text](path.md)</c> or <c>![alt](path.png)</c> with a relative path or a '#' anchor.</summary>
    Markdown,
}
