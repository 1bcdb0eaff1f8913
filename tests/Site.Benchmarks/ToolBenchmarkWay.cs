namespace Site.Benchmarks;

/// <summary>One way of running <c>site check</c> in <see cref="ToolBenchmark"/>, with a temporary folder (and so a multicore JIT profile) of its own.</summary>
/// <param name="name">How the table names it.</param>
/// <param name="command">The program started.</param>
/// <param name="arguments">Its arguments.</param>
/// <param name="scratch">Where its temporary folder goes.</param>
internal sealed class ToolBenchmarkWay(string name, string command, IReadOnlyList<string> arguments, string scratch)
{
    private readonly Dictionary<string, string> _environment = new()
    {
        ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(scratch, "tmp-" + Guid.NewGuid().ToString("N"))).FullName,
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public string Name { get; } = name;

    /// <summary>The timed runs so far.</summary>
    public List<RunSample> Samples { get; } = [];

    /// <summary>One run, whatever it exits with; killed after five minutes.</summary>
    public ProcessRun Measure() =>
        MeasuredProcess.Start(command, arguments, Directory.GetCurrentDirectory(), _environment, TimeSpan.FromMinutes(5));
}
