using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Site.Core.Building;

namespace Site.Core.Importing.Online;

/// <summary>
/// The one HTTP client of site add: names the tool in <c>User-Agent</c>, follows redirects, gives each request
/// <see cref="AddOptions.Timeout"/>, and asks again, at most <see cref="Attempts"/> times in all, when a server is
/// busy (429) or failing (5xx), after the pause its <c>Retry-After</c> asks for or else after a doubling delay. Every
/// other failure is a <see cref="SiteSetupException"/> naming the identifier.
/// </summary>
internal sealed class OnlineHttp : IDisposable
{
    /// <summary>How many times one request is tried before a busy or failing server is given up on.</summary>
    public const int Attempts = 3;

    /// <summary>A server asking for a longer pause than this is not waited for: the editor is better told to come back later.</summary>
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    // A bibliographic record is a few kilobytes; anything far larger is not one, and is not held in memory.
    private const int LargestAnswer = 8 * 1024 * 1024;

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _retryDelay;

    public OnlineHttp(TimeSpan timeout, TimeSpan retryDelay)
    {
        _timeout = timeout;
        _retryDelay = retryDelay;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            AutomaticDecompression = DecompressionMethods.All,
        };

        // The time-out is per request, below; the client's own would also cut the pauses between retries.
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = LargestAnswer };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>The tool's name and version, as servers see it.</summary>
    public static string UserAgent { get; } =
        $"site/{typeof(OnlineHttp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} (evidence site generator; site add)";

    /// <summary>GETs <paramref name="address"/>, asking for <paramref name="accept"/>; waits its turn with <paramref name="spacing"/> if given.</summary>
    public async Task<OnlineAnswer> GetAsync(Uri address, string accept, OnlineIdentifier identifier, RequestSpacing? spacing = null)
    {
        var host = address.Authority;
        for (var attempt = 1; ; attempt++)
        {
            if (spacing is not null)
            {
                await spacing.WaitTurnAsync();
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Accept.ParseAdd(accept);
            using var deadline = new CancellationTokenSource(_timeout);
            HttpResponseMessage response;
            try
            {
                // The whole answer is read within the time: a server that sends its headers and then stalls times out too.
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new SiteSetupException(
                    $"{identifier.Display}: no answer from {host} within {Seconds(_timeout)}; nothing was written. Check the connection and try again, or pass a longer --timeout");
            }
            catch (HttpRequestException e)
            {
                throw new SiteSetupException($"{identifier.Display}: the request to {host} failed ({e.Message}); nothing was written");
            }
            finally
            {
                spacing?.Finished();
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status == 429 || status >= 500)
                {
                    var pause = Pause(response.Headers.RetryAfter, DateTimeOffset.UtcNow) ?? _retryDelay * Math.Pow(2, attempt - 1);
                    if (pause > LongestPause)
                    {
                        throw new SiteSetupException(
                            $"{identifier.Display}: {host} answered {Describe(response)} and asks to wait {Seconds(pause)}; nothing was written. Try again later");
                    }

                    if (attempt == Attempts)
                    {
                        throw new SiteSetupException(
                            $"{identifier.Display}: {host} answered {Describe(response)} {Attempts} times; nothing was written. Try again later");
                    }

                    await Task.Delay(pause);
                    continue;
                }

                var body = await response.Content.ReadAsStringAsync();
                return new OnlineAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response.RequestMessage?.RequestUri ?? address);
            }
        }
    }

    /// <summary>The pause a <c>Retry-After</c> asks for (seconds, or a date), or null when there is none.</summary>
    public static TimeSpan? Pause(RetryConditionHeaderValue? retryAfter, DateTimeOffset now) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>"404 Not Found".</summary>
    public static string Describe(HttpResponseMessage response) => Describe(response.StatusCode, response.ReasonPhrase);

    /// <summary>"404 Not Found", with the status's standard name when the server gave none.</summary>
    public static string Describe(HttpStatusCode status, string? reason = null)
    {
        var name = !string.IsNullOrWhiteSpace(reason) ? reason
            : Enum.IsDefined(status) ? string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()))
            : null;
        return name is null ? ((int)status).ToString(CultureInfo.InvariantCulture) : $"{(int)status} {name}";
    }

    /// <summary>"10 s", "0.5 s".</summary>
    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public void Dispose() => _client.Dispose();
}
