namespace Site.Core.Building;

/// <summary>How long one named step of the build took.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);
