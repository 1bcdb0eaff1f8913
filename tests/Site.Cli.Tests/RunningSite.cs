using System.Diagnostics;
using System.Text;

namespace Site.Cli.Tests;

/// <summary>
/// The real <c>site</c> executable, started and still running: what it has written to standard error so far can be
/// read and waited for, as a user at a terminal watches it.
/// </summary>
public sealed class RunningSite : IDisposable
{
    private readonly Process _process;
    private readonly string _description;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly Task _reading;

    private RunningSite(string workingDirectory, string[] args)
    {
        _description = $"site {string.Join(' ', args)}";
        _process = CliRun.Start(workingDirectory, args);
        _reading = Task.WhenAll(Copy(_process.StandardOutput, _out), Copy(_process.StandardError, _error));
    }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Standard error as written so far.</summary>
    public string ErrorSoFar
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>site</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static RunningSite Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    /// <summary>Waits until standard error holds <paramref name="text"/>; false when the process exits first or the time is up.</summary>
    public bool WaitForError(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (ErrorSoFar.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.HasExited)
            {
                // Whatever it wrote before it exited is read to the end before the last look.
                _reading.Wait(TimeSpan.FromSeconds(10));
                return ErrorSoFar.Contains(text, StringComparison.Ordinal);
            }

            Thread.Sleep(5);
        }

        return false;
    }

    /// <summary>Waits (two minutes at most) for the process to exit and returns all it wrote.</summary>
    public CliRun Finish()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_description} did not finish");
        }

        _reading.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue($"{_description}: its output was not read to the end");
        lock (_out)
        {
            return new CliRun(_process.ExitCode, _out.ToString(), ErrorSoFar);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static async Task Copy(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }
}
