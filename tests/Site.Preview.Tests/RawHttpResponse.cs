using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Site.Preview.Tests;

/// <summary>
/// A response to a request line written byte for byte over a socket: HttpClient would normalise
/// <c>..</c> and encoded characters away before the server ever saw them.
/// </summary>
/// <param name="Status">The status code from the status line.</param>
/// <param name="Text">The whole response, headers and body, as received.</param>
internal sealed record RawHttpResponse(int Status, string Text)
{
    /// <summary>Sends <c>GET target HTTP/1.1</c> exactly as given and reads until the server closes the connection.</summary>
    public static async Task<RawHttpResponse> GetAsync(Uri address, string target)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, cancel.Token);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancel.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());

        // "HTTP/1.1 404 Not Found": the code is the second word of the first line.
        var statusLine = text.Split("\r\n", 2)[0].Split(' ');
        statusLine.Length.ShouldBeGreaterThanOrEqualTo(2, $"no status line in the response to {target}: {text}");
        return new RawHttpResponse(int.Parse(statusLine[1], CultureInfo.InvariantCulture), text);
    }
}
