namespace Site.Core.Editions;

/// <summary>An edition that cannot be read: the path is missing, not a claims.json, too large, or not the JSON it must be.</summary>
public sealed class EditionReadException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public EditionReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the failure behind it.</summary>
    public EditionReadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
