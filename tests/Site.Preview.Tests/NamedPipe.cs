using System.Diagnostics;

namespace Site.Preview.Tests;

/// <summary>Named pipes (FIFOs) made with Debian's mkfifo: opening one to read blocks until something opens it to write.</summary>
internal static class NamedPipe
{
    /// <summary>Makes a named pipe at <paramref name="path"/>.</summary>
    public static void Create(string path) => Run("/usr/bin/mkfifo", path);

    /// <summary>
    /// Holds the pipe open to write for two seconds, so that every reader blocked opening it in that time gets an
    /// empty file and its thread back; gives up after three when nobody opens it. Only for a test that already failed.
    /// </summary>
    public static void ReleaseReaders(string path) => Run("/usr/bin/timeout", "3", "/bin/sh", "-c", "exec 3> \"$1\"; sleep 2", "sh", path);

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            process.Kill();
        }
    }
}
