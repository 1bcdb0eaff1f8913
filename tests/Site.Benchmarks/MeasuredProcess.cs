using System.Diagnostics;
using System.Globalization;

namespace Site.Benchmarks;

/// <summary>
/// Runs a command as a child process and measures it whole: wall time from start to exit, its
/// peak resident memory and the processor time it used. The peak and the processor time come from
/// <c>/usr/bin/time -f "%M %U %S"</c> (the kernel's counts) when that program is installed (Debian
/// package <c>time</c>); without it, the peak from polling the child's <see cref="Process.PeakWorkingSet64"/>
/// every few milliseconds, which can miss a peak in the last moments before exit, and no processor time.
/// On a machine busy with other work the processor time varies less than the wall time: the two compared
/// side by side tell a slower program from a busier moment.
/// </summary>
internal static class MeasuredProcess
{
    private const string TimeCommand = "/usr/bin/time";

    /// <summary>Whether peaks are exact (<c>/usr/bin/time</c>) rather than polled.</summary>
    public static bool ExactPeak { get; } = File.Exists(TimeCommand);

    /// <summary>How the peak is measured, for the notes under a table.</summary>
    public static string PeakMethod => ExactPeak
        ? "peak resident memory of the child from `/usr/bin/time -f %M`"
        : "peak working set of the child, polled every 5 ms (`/usr/bin/time` is not installed: apt-get install time), so it may read low";

    /// <summary>Runs <paramref name="command"/>; throws with its output when it exits non-zero.</summary>
    public static ProcessRun Run(
        string command, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = Start(command, arguments, workingDirectory, environment, timeout: null);
        return run.ExitCode == 0
            ? run
            : throw new InvalidOperationException(
                $"{command} {string.Join(' ', arguments)} exited with {run.ExitCode}:\n{Tail(run.Output)}\n{Tail(run.Error)}");
    }

    /// <summary>
    /// Runs <paramref name="command"/> whatever it exits with; after <paramref name="timeout"/> it is killed, with
    /// everything it started, and the run says so.
    /// </summary>
    /// <param name="environment">Variables set for the child on top of this process's own.</param>
    public static ProcessRun Start(
        string command, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan? timeout)
    {
        var peakFile = ExactPeak ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(peakFile is null ? command : TimeCommand)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (peakFile is not null)
        {
            foreach (var argument in (string[])["-f", "%M %U %S", "-o", peakFile, command])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        try
        {
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            long polled = 0;
            var timedOut = false;
            while (!process.WaitForExit(5))
            {
                if (peakFile is null)
                {
                    polled = Math.Max(polled, PeakOf(process));
                }

                if (timeout is { } limit && stopwatch.Elapsed > limit)
                {
                    // time and the dotnet process under it: the whole tree, or the child would run on.
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    timedOut = true;
                    break;
                }
            }

            stopwatch.Stop();
            // time writes "Command exited with non-zero status" or "Command terminated by signal" first when it does;
            // the counts are the last line, and a killed time writes none.
            var counts = (peakFile is null ? null : File.ReadAllLines(peakFile).LastOrDefault(line => line.Length > 0))?.Split(' ');
            var peak = peakFile is null
                ? polled
                : counts is [var kib, _, _] && long.TryParse(kib, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? 1024 * k : 0;
            var processor = counts is [_, var user, var system]
                && double.TryParse(user, NumberStyles.Float, CultureInfo.InvariantCulture, out var u)
                && double.TryParse(system, NumberStyles.Float, CultureInfo.InvariantCulture, out var sys)
                ? TimeSpan.FromSeconds(u + sys)
                : (TimeSpan?)null;
            return new ProcessRun(stopwatch.Elapsed, peak, process.ExitCode, timedOut, output.Result, error.Result) { Processor = processor };
        }
        finally
        {
            if (peakFile is not null)
            {
                File.Delete(peakFile);
            }
        }
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            // The child exited between the wait and the read.
            return 0;
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "..." + text[^2000..];
}
