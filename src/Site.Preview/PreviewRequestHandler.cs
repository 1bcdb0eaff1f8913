using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Site.Core.Linking;
using Site.Core.Loading;

namespace Site.Preview;

/// <summary>Answers every request: the reload channel, the preview's own files, and the site from memory.</summary>
/// <param name="snapshot">The site being served.</param>
/// <param name="hub">The pages listening for reloads.</param>
/// <param name="inputDirectory">The input folder: no file outside it is ever read.</param>
/// <param name="stopping">Ends the event streams when the server stops.</param>
/// <param name="firstBuild">Completes when the first build is served; null when it already is.</param>
internal sealed class PreviewRequestHandler(Func<PreviewSnapshot> snapshot, ReloadHub hub, string inputDirectory, CancellationToken stopping, Task? firstBuild = null)
{
    private static readonly byte[] ReloadScript = ClientFile("reload.js");
    private static readonly byte[] OverlayStyles = ClientFile("overlay.css");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        // Defence in depth: a browser never hands anything of the preview to a page of another origin.
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // Before anything else: a request addressed to any other name is a rebound foreign page (or a mistake).
        var port = context.Connection.LocalPort;
        if (!PreviewAuthority.IsOwnHost(request.Headers.Host.Count == 1 ? request.Headers.Host.ToString() : null, port))
        {
            await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, $"This is the site preview, which answers only to Host {PreviewAuthority.DescribeHosts(port)}. Open http://127.0.0.1:{port}/ instead.\n");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = RequestPath.Normalize(request.Path.Value);
        if (path is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // The preview's own resources, which only its own pages may use.
        Func<Task>? own = path switch
        {
            "/_site/events" => () => StreamEventsAsync(context),
            "/_site/reload.js" => () => SendAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", ReloadScript),
            "/_site/overlay.css" => () => SendAsync(context, StatusCodes.Status200OK, "text/css; charset=utf-8", OverlayStyles),
            _ => null,
        };
        if (own is not null)
        {
            if (ComesFromForeignPage(request, port))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, $"The preview's reload channel and overlay serve only pages of {PreviewAuthority.DescribeOrigins(port)}.\n");
                return;
            }

            await own();
            return;
        }

        if (firstBuild is { IsCompleted: false } && !await WaitForFirstBuildAsync(context))
        {
            return;
        }

        var current = snapshot();
        if ((current.Find(path) ?? (path.EndsWith("/index.html", StringComparison.Ordinal) ? current.Find(path[..^"index.html".Length]) : null)) is { } file)
        {
            await SendFileAsync(context, StatusCodes.Status200OK, file, current);
            return;
        }

        if (!path.EndsWith('/') && current.Files.ContainsKey(path + "/"))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            // The path was decoded; a header needs it encoded again (non-ASCII, spaces).
            response.Headers.Location = new PathString(path + "/").ToUriComponent() + request.QueryString;
            return;
        }

        // The 404 page links from the published site's folder ("/evidence/substances/"), which the preview serves at "/".
        if (current.SitePath != "/" && path.StartsWith(current.SitePath, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.Location = new PathString("/" + path[current.SitePath.Length..]).ToUriComponent() + request.QueryString;
            return;
        }

        if (current.Files.TryGetValue(SitePaths.NotFound, out var notFound))
        {
            await SendFileAsync(context, StatusCodes.Status404NotFound, notFound, current);
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
    }

    // The port is bound before the first build, so that a taken port is said at once: a page asked for meanwhile
    // waits for the build instead of being a 404 for a page that is about to exist.
    private async Task<bool> WaitForFirstBuildAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await firstBuild!.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            if (!context.RequestAborted.IsCancellationRequested)
            {
                await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("The preview stopped before the site was built.\n"));
            }

            return false;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers["X-Accel-Buffering"] = "no";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var (id, versions) = hub.Subscribe();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await WriteEventAsync(response, "hello", snapshot().Version, linked.Token);
            while (!linked.IsCancellationRequested)
            {
                // A comment every so often keeps idle connections from being closed by proxies.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
                wait.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    if (!await versions.WaitToReadAsync(wait.Token))
                    {
                        break;
                    }

                    while (versions.TryRead(out var version))
                    {
                        await WriteEventAsync(response, "reload", version, linked.Token);
                    }
                }
                catch (OperationCanceledException) when (!linked.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", linked.Token);
                    await response.Body.FlushAsync(linked.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke.
        }
        finally
        {
            hub.Unsubscribe(id);
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, long version, CancellationToken token)
    {
        await response.WriteAsync($"event: {name}\ndata: {version.ToString(CultureInfo.InvariantCulture)}\n\n", token);
        await response.Body.FlushAsync(token);
    }

    private async Task SendFileAsync(HttpContext context, int status, ServedFile file, PreviewSnapshot current)
    {
        byte[] body;
        if (file.Html is { } html)
        {
            body = Encoding.UTF8.GetBytes(PreviewPageInjector.Inject(Encoding.UTF8.GetString(html), current));
        }
        else if (file.Content is { } content)
        {
            body = content;
        }
        else if (file.Export is { } export)
        {
            body = export.Content;
        }
        else if (FileOfTheInput(file.DiskPath!) is { } real)
        {
            try
            {
                body = await File.ReadAllBytesAsync(real, context.RequestAborted);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Deleted or locked since the last build; the next build will know.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await SendAsync(context, status, file.ContentType, body);
    }

    // A request without Origin is a navigation or a same-origin request; one with another origin (or "null",
    // a sandboxed frame or a file) comes from a page that has no business with the preview.
    private static bool ComesFromForeignPage(HttpRequest request, int port) =>
        request.Headers.Origin.Count > 0 &&
        !(request.Headers.Origin.Count == 1 && PreviewAuthority.IsOwnOrigin(request.Headers.Origin.ToString(), port));

    // The disk may have changed since the build, and so may the input folder itself: the asset may now be a named
    // pipe (opening it blocks the request, and its thread, until something writes to it), a link that leads out of
    // the input, or nothing. Only a regular file whose real path lies inside the input's real path is read, by that
    // real path. Only a swap made in the instant between this check and the open would get past it.
    private string? FileOfTheInput(string diskPath) => FileSystemEntries.RegularFileInside(diskPath, inputDirectory);

    private static Task RefuseAsync(HttpContext context, int status, string reason) =>
        SendAsync(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(reason));

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static byte[] ClientFile(string name)
    {
        using var stream = typeof(PreviewRequestHandler).Assembly.GetManifestResourceStream("client/" + name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
