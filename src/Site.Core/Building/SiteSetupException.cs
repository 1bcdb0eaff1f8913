namespace Site.Core.Building;

/// <summary>
/// The build cannot start or finish for a reason outside the content: a missing input folder, an
/// unsafe output folder, a disk that refuses writes. The command line shows the message and exits 2.
/// </summary>
public sealed class SiteSetupException(string message, Exception? inner = null) : Exception(message, inner);
