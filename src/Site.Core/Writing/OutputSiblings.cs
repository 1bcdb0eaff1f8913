using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Core.Building;

namespace Site.Core.Writing;

/// <summary>
/// The folders a write keeps beside the output, and what to do with those a killed build leaves; and the
/// name of the lock file beside it (see <see cref="OutputLock"/>).
/// The new site is written to <c>.NAME.tmp-XXXXXXXX</c>, then swapped in with two renames: the
/// output is moved aside to <c>.NAME.old-XXXXXXXX</c> and the new site takes its place; the folder
/// aside is deleted last, its marker first, so a marked folder aside is always a whole site. When NAME is
/// too long for that to make a valid name, the siblings stand for it by a stable shortened stem: as much of its start
/// as fits, a '~' and eight hexadecimal digits of the whole name's SHA-256.
/// </summary>
public static class OutputSiblings
{
    private const string Temporary = "tmp";
    private const string Previous = "old";
    private const string Lock = "lock";
    private const int SuffixLength = 8;
    private const int HashLength = 8;

    // The longest name a file system allows (ext4, XFS, APFS, NTFS: 255 bytes or UTF-16 units, and a name's UTF-8
    // bytes are never fewer than its UTF-16 units), less what the longest sibling adds to the stem: ".", ".tmp-XXXXXXXX".
    private const int StemBytes = 255 - 1 - 5 - SuffixLength;

    /// <summary>A fresh pair of sibling names for one write to <paramref name="output"/> (absolute).</summary>
    /// <returns>The folder to write the new site to, and the one to move the previous output to.</returns>
    public static (string Temporary, string Previous) Create(string output)
    {
        var (parent, stem) = Split(output);
        // Random hexadecimal, as a GUID's first digits would be, without formatting one (a start-up's 5 ms of compiling).
        var suffix = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(SuffixLength / 2));
        return (Path.Combine(parent, $".{stem}.{Temporary}-{suffix}"), Path.Combine(parent, $".{stem}.{Previous}-{suffix}"));
    }

    /// <summary>
    /// The lock file of <paramref name="output"/> (absolute): <c>.NAME.lock</c> beside it. It is a file, so
    /// <see cref="Recover"/>, which looks only at folders of the siblings' names, never touches it.
    /// </summary>
    public static string LockFileOf(string output)
    {
        var (parent, stem) = Split(output);
        return Path.Combine(parent, $".{stem}.{Lock}");
    }

    /// <summary>
    /// Puts right what killed builds left beside the output <paramref name="held"/> is held on: when the
    /// output is missing because a build died between its two renames, the previous output is moved back
    /// from aside; every other folder of these names is deleted. Folders of other names are never touched.
    /// Only with the lock held is that safe: a build that is still running holds it, so every folder found
    /// is a dead build's.
    /// </summary>
    public static void Recover(OutputLock held)
    {
        var output = held.Output;
        var (parent, stem) = Split(output);
        List<string> leftovers;
        try
        {
            leftovers = Directory.Exists(parent)
                ? [.. Directory.EnumerateDirectories(parent).Where(folder => IsSibling(Path.GetFileName(folder), stem)).Order(StringComparer.Ordinal)]
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing is lost by leaving them: the write itself will say if the folder is unusable.
            return;
        }

        if (!Directory.Exists(output))
        {
            // The newest marked folder aside is the output the killed build was replacing.
            var whole = leftovers
                .Where(folder => IsSibling(Path.GetFileName(folder), stem, Previous) && File.Exists(Path.Combine(folder, OutputFolder.MarkerFileName)))
                .OrderByDescending(folder => File.GetLastWriteTimeUtc(Path.Combine(folder, OutputFolder.MarkerFileName)))
                .FirstOrDefault();
            if (whole is not null)
            {
                // Kept aside, whatever happens, until it is back in place.
                leftovers.Remove(whole);
                try
                {
                    Directory.Move(whole, output);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left where it is for the next build to try again.
                }
            }
        }

        foreach (var folder in leftovers)
        {
            DeleteQuietly(folder);
        }
    }

    /// <summary>Deletes a previous output moved aside: the marker first, so a folder killed half-way is never taken for a whole site.</summary>
    public static void DeletePrevious(string previous)
    {
        try
        {
            File.Delete(Path.Combine(previous, OutputFolder.MarkerFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        DeleteQuietly(previous);
    }

    /// <summary>Deletes a folder if it can; one left behind is removed by the next build's <see cref="Recover"/>.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Harmless where it is: the next build removes it.
        }
    }

    // What the siblings call an output: its name, or, when a sibling's name would then be too long, as much of its start
    // as fits in whole characters and a hash of the whole, so that long names that start alike keep apart.
    private static string StemOf(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= StemBytes)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
        var start = new StringBuilder();
        var bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > StemBytes - 1 - HashLength)
            {
                break;
            }

            start.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        return $"{start}~{hash}";
    }

    private static bool IsSibling(string folderName, string stem) =>
        IsSibling(folderName, stem, Temporary) || IsSibling(folderName, stem, Previous);

    // Exactly ".STEM.KIND-" and eight hexadecimal digits, as Create makes them.
    private static bool IsSibling(string folderName, string stem, string kind)
    {
        var prefix = $".{stem}.{kind}-";
        return folderName.Length == prefix.Length + SuffixLength
            && folderName.StartsWith(prefix, StringComparison.Ordinal)
            && uint.TryParse(folderName.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);
    }

    private static (string Parent, string Stem) Split(string output)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(output);
        var parent = Path.GetDirectoryName(trimmed)
            ?? throw new SiteSetupException($"cannot write to the root folder '{output}'");
        return (parent, StemOf(Path.GetFileName(trimmed)));
    }
}
