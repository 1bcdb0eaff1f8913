using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Site.Preview.Tests;

/// <summary>
/// A response to a request written byte for byte over a socket: HttpClient would normalise <c>..</c>
/// and encoded characters away before the server ever saw them, and would not send a forged Host.
/// </summary>
/// <param name="Status">The status code from the status line.</param>
/// <param name="Text">The whole response, headers and body, as received.</param>
internal sealed record RawHttpResponse(int Status, string Text)
{
    /// <summary>The body: what follows the blank line after the headers.</summary>
    public string Body => Text.Split("\r\n\r\n", 2) is [_, var body] ? body : string.Empty;

    /// <summary>Sends <c>GET target HTTP/1.1</c> exactly as given, with the Host a browser would send, and reads until the server closes the connection.</summary>
    public static Task<RawHttpResponse> GetAsync(Uri address, string target) =>
        SendAsync(address, $"GET {target} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n");

    /// <summary>Sends a request's head exactly as written (request line, Host or none, every header) and reads until the server closes the connection.</summary>
    public static async Task<RawHttpResponse> SendAsync(Uri address, string head)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, cancel.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head), cancel.Token);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancel.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());

        // "HTTP/1.1 404 Not Found": the code is the second word of the first line.
        var statusLine = text.Split("\r\n", 2)[0].Split(' ');
        statusLine.Length.ShouldBeGreaterThanOrEqualTo(2, $"no status line in the response to {head}: {text}");
        return new RawHttpResponse(int.Parse(statusLine[1], CultureInfo.InvariantCulture), text);
    }

    /// <summary>The value of a response header, or null when it was not sent.</summary>
    public string? Header(string name) =>
        Text.Split("\r\n\r\n", 2)[0].Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
}
