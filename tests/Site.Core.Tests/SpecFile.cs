namespace Site.Core.Tests;

/// <summary>
/// Reads a spec data file in Markdig's style: '## ' titles, then examples fenced by 32 backticks and
/// "example", the input and the expected output separated by a line holding a single '.'.
/// </summary>
internal static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    /// <summary>The examples of a file under the test output folder: (title, input, expected), lines joined with '\n'.</summary>
    public static TheoryData<string, string, string> Read(string relativePath)
    {
        var data = new TheoryData<string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, relativePath));
        string? title = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                title = lines[i][3..];
            }
            else if (lines[i] == Fence + " example")
            {
                var input = new List<string>();
                for (i++; lines[i] != "."; i++)
                {
                    input.Add(lines[i]);
                }

                var expected = new List<string>();
                for (i++; lines[i] != Fence; i++)
                {
                    expected.Add(lines[i]);
                }

                data.Add(title!, string.Join('\n', input), string.Join('\n', expected));
            }
        }

        return data;
    }
}
