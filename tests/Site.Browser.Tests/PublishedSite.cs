using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Site.Core.Building;
using Site.Theme;

namespace Site.Browser.Tests;

/// <summary>
/// A small site written into a temporary folder, built by the real pipeline and theme into output/,
/// and served from there as plain static files on 127.0.0.1, as a web host would serve it: no
/// preview script, no overlay.
/// </summary>
public sealed class PublishedSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PhysicalFileProvider _output;

    private PublishedSite(string root, WebApplication app, PhysicalFileProvider output, Uri address)
    {
        Root = root;
        _app = app;
        _output = output;
        Address = address;
    }

    public string Root { get; }

    public Uri Address { get; }

    /// <summary>Writes <paramref name="files"/> (paths relative to input/), builds them and serves the output.</summary>
    /// <param name="files">The input files.</param>
    /// <param name="sitePath">
    /// The folder the site's baseUrl names ("/evidence/", percent-encoded), where a host would serve it and its
    /// 404 page links to; the site is served there as well as at the root, where tests open it.
    /// </param>
    /// <exception cref="InvalidOperationException">The build reported a problem: a test site must be clean.</exception>
    public static async Task<PublishedSite> StartAsync(IReadOnlyDictionary<string, string> files, string sitePath = "/")
    {
        var root = NewRoot();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, "input", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        return await BuildAndServeAsync(root, sitePath);
    }

    /// <summary>Writes <paramref name="files"/>, builds them with <paramref name="previousClaims"/> as the previous edition's claims.json, and serves the output.</summary>
    /// <exception cref="InvalidOperationException">The build reported a problem: a test site must be clean.</exception>
    public static async Task<PublishedSite> StartWithPreviousAsync(IReadOnlyDictionary<string, string> files, string previousClaims)
    {
        var root = NewRoot();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, "input", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        await File.WriteAllTextAsync(Path.Combine(root, "previous.json"), previousClaims);
        return await BuildAndServeAsync(root, "/", "previous.json");
    }

    /// <summary>Copies the site in <paramref name="input"/> (the repository's input/, say) byte for byte, builds it and serves the output.</summary>
    /// <exception cref="InvalidOperationException">The build reported a problem: a published site must be clean.</exception>
    public static async Task<PublishedSite> StartAsync(string input)
    {
        var root = NewRoot();
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var path = Path.Combine(root, "input", Path.GetRelativePath(input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file, path);
        }

        return await BuildAndServeAsync(root, "/");
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "site-browser-tests", Guid.NewGuid().ToString("N"));

    private static async Task<PublishedSite> BuildAndServeAsync(string root, string sitePath, string? previous = null)
    {
        var output = Path.Combine(root, "output");
        var result = new SiteBuilder(new LiquidTheme()).Build(new BuildOptions("input", "output", root, PreviousEdition: previous));
        if (result.Diagnostics.Count > 0 || !result.Written)
        {
            throw new InvalidOperationException("the test site did not build cleanly:\n" + string.Join('\n', result.Diagnostics));
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        if (sitePath != "/")
        {
            app.UsePathBase(PathString.FromUriComponent(sitePath.TrimEnd('/')));
        }

        var folder = new PhysicalFileProvider(output);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = folder });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = folder });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PublishedSite(root, app, folder, new Uri(address.TrimEnd('/') + "/"));
    }

    public string Url(string path) => new Uri(Address, path.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _output.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
