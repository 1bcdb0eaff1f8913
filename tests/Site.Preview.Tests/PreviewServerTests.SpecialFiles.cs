using System.Diagnostics;
using System.Net;
using System.Text;

namespace Site.Preview.Tests;

/// <summary>
/// Assets are read from disk when asked for, and the disk may have changed since the build: a pipe would
/// hold each request (and its thread) forever, and a link could lead out of input/. Neither is ever opened.
/// </summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [MemberData(nameof(ReplacedAsset.All), MemberType = typeof(ReplacedAsset))]
    public async Task Should_answer_404_to_200_requests_at_once_for_a_served_asset_replaced_by_something_not_a_file_of_the_site_and_keep_serving(string replacement)
    {
        // Given a running preview that has served an image from input/assets
        await using var site = await PreviewSite.StartAsync(folder => folder.Write(ReplacedAsset.Path, ReplacedAsset.Svg));
        (await site.GetStatusAsync("/" + ReplacedAsset.Path)).ShouldBe(200);
        using var client = new HttpClient { BaseAddress = site.Server.Address, Timeout = TimeSpan.FromSeconds(3) };
        var answered = false;
        try
        {
            // When the image is replaced on disk, and 200 requests for it arrive at once
            ReplacedAsset.Apply(site.Folder, replacement);
            var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => AnswerOrTimeOutAsync(client, "/" + ReplacedAsset.Path)));
            answered = answers.All(a => a.Status > 0);

            // Then each is not found, none carries what lies outside the input, and the home page still answers promptly
            answers.Select(a => a.Status).Distinct().ShouldBe([404], site.Log);
            answers.ShouldAllBe(a => !a.Body.Contains(ReplacedAsset.Secret, StringComparison.Ordinal));
            var clock = Stopwatch.StartNew();
            (await AnswerOrTimeOutAsync(client, "/")).Status.ShouldBe(200);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        }
        finally
        {
            if (!answered)
            {
                ReplacedAsset.ReleasePipes(site.Folder);
            }
        }
    }

    [Fact]
    public async Task Should_serve_an_asset_that_is_a_link_to_a_file_inside_the_input()
    {
        // Given a site whose image in input/assets is a link to a file elsewhere in input/
        await using var site = await PreviewSite.StartAsync(folder =>
        {
            folder.Write("images/x.svg", ReplacedAsset.Svg);
            Directory.CreateDirectory(folder.PathOf("assets"));
            File.CreateSymbolicLink(folder.PathOf(ReplacedAsset.Path), "../images/x.svg");
        });

        // When the image is requested
        using var response = await site.Http.GetAsync("/" + ReplacedAsset.Path);

        // Then the file the link leads to is served
        response.StatusCode.ShouldBe(HttpStatusCode.OK, site.Log);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Encoding.UTF8.GetBytes(ReplacedAsset.Svg));
    }

    [Fact]
    public async Task Should_serve_the_assets_of_an_input_folder_that_is_itself_a_link()
    {
        // Given a site whose input/ is a link to the folder that holds the content
        await using var site = await PreviewSite.StartAsync(folder =>
        {
            folder.Write(ReplacedAsset.Path, ReplacedAsset.Svg);
            var content = Path.Combine(folder.Root, "content");
            Directory.Move(folder.InputDirectory, content);
            Directory.CreateSymbolicLink(folder.InputDirectory, content);
        });

        // When an image is requested
        using var response = await site.Http.GetAsync("/" + ReplacedAsset.Path);

        // Then it is served: the image lies inside the input, wherever the input really is
        response.StatusCode.ShouldBe(HttpStatusCode.OK, site.Log);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Encoding.UTF8.GetBytes(ReplacedAsset.Svg));
    }

    // The status and body, or status -1 when no answer came in time (the server is stuck).
    private static async Task<(int Status, string Body)> AnswerOrTimeOutAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (TaskCanceledException)
        {
            return (-1, string.Empty);
        }
    }
}
