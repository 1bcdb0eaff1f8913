namespace Site.Preview.Tests;

/// <summary>One event read from <c>/_site/events</c>: its name and its data (a site version).</summary>
internal sealed record ServerSentEvent(string Name, string Data)
{
    /// <summary>The data as a version number.</summary>
    public long Version => long.Parse(Data, System.Globalization.CultureInfo.InvariantCulture);
}
