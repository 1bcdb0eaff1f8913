using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;
using Site.Core.Building;
using Site.Core.Rendering;
using Site.Preview;
using Site.Theme;

namespace Site.Cli.Commands;

/// <summary><c>site preview</c>: serve the site on 127.0.0.1, rebuild on every change, reload open pages.</summary>
internal static class PreviewCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => InputFolder.Default };
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            // Validators run on a value that did not convert too ("--port abc"), which the parser reports itself.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        var open = new Option<bool>("--open") { Description = "Open the site in a browser." };
        var retractions = new Option<string?>("--retractions") { Description = "A Retraction Watch CSV file, anywhere; it wins over site.yml's 'retractions', which must lie inside the input folder." };
        var themeOption = new Option<string?>("--theme") { Description = "The site's own theme folder, anywhere: its templates and assets win over the default theme's of the same path, and over site.yml's 'theme'." };
        var command = new Command("preview", "Serve the site locally, rebuild it as you edit, and reload open pages.") { input, port, open, retractions, themeOption };

        command.SetAction(async (result, token) =>
        {
            var inputFolder = InputFolder.RequireExisting(result.GetValue(input)!, console.WorkingDirectory);

            // Run from the repository, preview shows the theme's sources as they are edited.
            var themeSources = Path.Combine(console.WorkingDirectory, "theme");
            var themeAssets = Path.Combine(themeSources, ThemeFolderFiles.AssetsFolder);
            var theme = Directory.Exists(themeAssets) ? LiquidTheme.FromDirectory(themeSources) : new LiquidTheme();
            var options = new PreviewOptions(
                inputFolder, console.WorkingDirectory, result.GetValue(port), Directory.Exists(themeAssets) ? themeSources : null,
                result.GetValue(retractions) is { } data ? Path.GetFullPath(data, console.WorkingDirectory) : null,
                result.GetValue(themeOption) is { } folder ? Path.GetFullPath(folder, console.WorkingDirectory) : null);
            await using var server = await ListenAsync(options, theme, console, token);
            // Said before the first build is done: a page asked for meanwhile waits for it.
            await console.Error.WriteLineAsync($"Serving {server.Address} (press Ctrl+C to stop).");
            if (result.GetValue(open))
            {
                TryOpen(server.Address);
            }

            // Ctrl+C in a terminal, or a polite kill from a script: stop serving and exit 0.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                await console.Error.WriteLineAsync("Stopped.");
            }

            return ExitCodes.Success;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    private static async Task<PreviewServer> ListenAsync(PreviewOptions options, LiquidTheme theme, CliConsole console, CancellationToken token)
    {
        try
        {
            return await PreviewServer.ListenAsync(options, theme, console.Error, console.UseColor, token);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new SiteSetupException($"port {options.Port} on 127.0.0.1 is in use (another preview?); stop what uses it, or pass --port 0 to pick a free port", e);
        }
    }

    private static void TryOpen(Uri address)
    {
        try
        {
            using var _ = Process.Start(new ProcessStartInfo("xdg-open", address.ToString()) { UseShellExecute = false });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser launcher on this machine: the address is printed above.
        }
    }
}
