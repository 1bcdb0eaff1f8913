namespace Site.Preview.Tests;

public sealed class PreviewAuthorityTests
{
    [Theory]
    [InlineData("127.0.0.1:5080", 5080, true)]
    [InlineData("localhost:5080", 5080, true)]
    [InlineData("[::1]:5080", 5080, true)]
    [InlineData("LOCALHOST:5080", 5080, true)]
    [InlineData("127.0.0.1:5081", 5080, false)]
    [InlineData("127.0.0.1", 5080, false)]
    [InlineData("127.0.0.1:", 5080, false)]
    [InlineData("127.0.0.1:05080", 5080, false)]
    [InlineData(" 127.0.0.1:5080", 5080, false)]
    [InlineData("127.0.0.1", 80, true)]
    [InlineData("localhost", 80, true)]
    [InlineData("[::1]", 80, true)]
    [InlineData("127.0.0.1:80", 80, true)]
    [InlineData("evil.example", 80, false)]
    [InlineData("evil.example:5080", 5080, false)]
    [InlineData("", 5080, false)]
    [InlineData(null, 5080, false)]
    public void Should_take_a_host_as_its_own_only_with_one_of_its_names_and_its_port(string? host, int port, bool own)
    {
        // Given a Host header and the port the preview is bound to
        // When it is checked
        var result = PreviewAuthority.IsOwnHost(host, port);

        // Then only the preview's own names with its port pass (without the port only when it is HTTP's default)
        result.ShouldBe(own);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", 5080, true)]
    [InlineData("http://localhost:5080", 5080, true)]
    [InlineData("http://[::1]:5080", 5080, true)]
    [InlineData("HTTP://LocalHost:5080", 5080, true)]
    [InlineData("http://127.0.0.1", 80, true)]
    [InlineData("http://127.0.0.1", 5080, false)]
    [InlineData("https://127.0.0.1:5080", 5080, false)]
    [InlineData("http://127.0.0.1:5081", 5080, false)]
    [InlineData("http://127.0.0.1:5080/", 5080, false)]
    [InlineData("http://evil.example:5080", 5080, false)]
    [InlineData("127.0.0.1:5080", 5080, false)]
    [InlineData("null", 5080, false)]
    [InlineData("", 5080, false)]
    public void Should_take_an_origin_as_its_own_only_when_it_is_http_with_one_of_its_names_and_its_port(string origin, int port, bool own)
    {
        // Given an Origin header and the port the preview is bound to
        // When it is checked
        var result = PreviewAuthority.IsOwnOrigin(origin, port);

        // Then only the preview's own origins pass
        result.ShouldBe(own);
    }

    [Fact]
    public void Should_name_every_host_and_origin_it_serves()
    {
        // Given the preview on port 5080
        // When the hosts and origins it serves are described for a refusal
        // Then all three names are given, with the port
        PreviewAuthority.DescribeHosts(5080).ShouldBe("127.0.0.1:5080, localhost:5080 or [::1]:5080");
        PreviewAuthority.DescribeOrigins(5080).ShouldBe("http://127.0.0.1:5080, http://localhost:5080 or http://[::1]:5080");
    }
}
