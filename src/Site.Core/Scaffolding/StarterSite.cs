using System.Text;
using Site.Core.Building;
using Site.Core.Loading;
using Site.Core.Text;

namespace Site.Core.Scaffolding;

/// <summary>
/// The site <c>site init</c> starts: a home page, an about page, and one substance, one mechanism and one reference
/// that cite each other, taken from this project's own content, so that the example is true and checks clean with
/// warnings as errors. Every page is linked from another (the home page lists them all), and no page carries
/// instructions for the editor: what is published is what a reader may read.
/// </summary>
public static class StarterSite
{
    /// <summary>The citation key of the starter's reference, for the steps printed after it is written.</summary>
    public const string ReferenceKey = "hilal-2023";

    /// <summary>The <c>.gitignore</c> written beside <c>input/</c> when the folder has none.</summary>
    public const string GitIgnorePath = ".gitignore";

    /// <summary>
    /// What the <c>.gitignore</c> holds: the built site is never committed, nor what <c>site build</c> keeps beside it
    /// (its lock file, and the temporary folders a killed build leaves).
    /// </summary>
    public const string GitIgnoreText = "output/\n.output.*\n";

    /// <summary>The content files, in the order they are written.</summary>
    public static IReadOnlyList<StarterFile> Files { get; } =
    [
        new("input/site.yml", """
            title: My evidence site
            description: What published research says, with every claim linked to the reference behind it.
            language: en

            """),
        new("input/index.md", """
            ---
            title: My evidence site
            description: What published research says about substances and how they act, with every claim linked to its reference.
            ---

            This site sets out what published research says, and links every statement on a substance or
            mechanism page to the reference behind it. Follow a citation number to see the reference, its
            evidence level and every statement that cites it.

            - [Ketamine](substances/ketamine.md), a substance, and the mechanism it acts through.
            - [NMDA receptor antagonism](mechanisms/nmda-receptor-antagonism.md), a mechanism, and the
              substances that act through it.
            - [The references](references/), grouped by the strength of their evidence, such as the
              [review of ketamine in alcohol addiction](references/hilal-2023.md) both pages cite.
            - The [evidence map](evidence/) shows which substance–mechanism links rest on which references.

            Read [about this site](about.md), and its medical disclaimer, before you rely on anything here.

            """),
        new("input/about.md", """
            ---
            title: About this site
            description: A starter site, made to be edited into your own, and its medical disclaimer.
            ---

            This is a starter site, made by `site init` to be edited into your own. Its pages show each kind
            of document: a substance, [ketamine](substances/ketamine.md); a mechanism,
            [NMDA receptor antagonism](mechanisms/nmda-receptor-antagonism.md); and a reference, a
            [review of ketamine in alcohol addiction](references/hilal-2023.md). Each statement they make is
            one the reference makes. Change them, replace them, or add your own.

            ## What a claim is

            On substance and mechanism pages, every paragraph, every item of a list and every row of a table
            is a claim, and each claim must cite at least one reference. A citation means that the reference
            says what the claim says. The site is not built while a claim cites nothing.

            ## Medical disclaimer

            This site is information, not medical advice. Do not start, stop or change any treatment, and do
            not take any substance described here, because of what you read on this site. Talk to a doctor or
            another qualified healthcare professional about your own situation.

            Back to the [home page](index.md).

            """),
        new("input/substances/ketamine.md", """
            ---
            title: Ketamine
            aliases: [Ketalar]
            class: Dissociative anaesthetic
            mechanisms: [nmda-receptor-antagonism]
            summary: A dissociative anaesthetic that blocks NMDA receptors, studied as a treatment for addiction.
            ---

            A review of clinical and preclinical studies examined what ketamine offers in alcohol addiction
            and how it may act [@hilal-2023].

            ## How it may work

            - Ketamine blocks NMDA receptors, one of the ways it is thought to help in alcohol addiction
              [@hilal-2023]. See [[nmda-receptor-antagonism]].

            ::: editorial
            Ketamine is not a treatment to try on your own: see the [medical disclaimer](../about.md).
            :::

            """),
        new("input/mechanisms/nmda-receptor-antagonism.md", """
            ---
            title: NMDA receptor antagonism
            aliases: [NMDA antagonism]
            summary: Blocking the N-methyl-D-aspartate (NMDA) receptor, a receptor for the neurotransmitter glutamate. Ketamine acts this way.
            ---

            Ketamine blocks NMDA receptors, and this is one of the ways it is thought to help people with
            alcohol addiction [@hilal-2023].

            """),
        new("input/references/hilal-2023.md", """
            ---
            type: article-journal
            title: "[Interest and mechanisms of action of ketamine in alcohol addiction- A review of clinical and preclinical studies]"
            author:
              - Hilal F
              - Jeanblanc J
              - Naassila M
            container-title: Biol Aujourdhui
            issued: 2023-01-01
            volume: "217"
            issue: "3-4"
            page: "161-182"
            evidence: narrative-review
            ---

            A review of clinical and preclinical studies of ketamine in alcohol addiction, published in French
            (its title is given in translation, in square brackets). This site cites it for one of the ways
            ketamine may help in alcohol addiction: by blocking NMDA receptors.

            Its title names it a review; it is not described as systematic, so it is classed as a narrative
            review.

            """),
    ];

    /// <summary>
    /// Writes the starter site into <paramref name="directory"/>, creating it when it does not exist: all of
    /// <see cref="Files"/>, and <see cref="GitIgnoreText"/> as <c>.gitignore</c> unless the folder has one. Nothing
    /// is ever overwritten, and the files are written all together or not at all: in a hidden folder beside their
    /// place first, which then takes that place with one rename.
    /// </summary>
    /// <param name="directory">The new site's folder, absolute or relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">Paths in messages are shown relative to this folder.</param>
    /// <exception cref="SiteSetupException">
    /// The folder's <c>input/</c> is not an empty folder, the folder is a file or lies inside a site's input folder, or
    /// the files could not be written (then nothing was).
    /// </exception>
    public static StarterSiteResult Create(string directory, string workingDirectory)
    {
        var given = Path.GetFullPath(directory, workingDirectory);
        string Show(string path) => RelativePath.Of(workingDirectory, path) switch
        {
            "." => "the working directory",
            var shown => $"'{shown}'",
        };

        // Written where the folder really is, so that every check below is of the place the files will be in.
        var target = FileSystemEntries.RealPath(given)
            ?? throw new SiteSetupException($"{Show(given)} is a symbolic link that leads nowhere (or a loop of links); nothing was written");
        RefuseInsideAnInput(target, given, Show);

        var exists = Directory.Exists(target);
        if (!exists && FileSystemEntries.KindOf(target) != FileKind.Missing)
        {
            throw new SiteSetupException($"{Show(given)} is {FileSystemEntries.Describe(FileSystemEntries.KindOf(target))}, not a folder; nothing was written");
        }

        var input = Path.Combine(target, InputFolder.Default);
        if (exists)
        {
            RefuseAnyInput(input, Path.Combine(given, InputFolder.Default), Show);
        }

        var gitIgnore = Path.Combine(target, GitIgnorePath);
        var keepGitIgnore = exists && FileSystemEntries.KindOf(gitIgnore) != FileKind.Missing;
        try
        {
            if (exists)
            {
                keepGitIgnore = !WriteBeside(target, input, gitIgnore, keepGitIgnore, Show(Path.Combine(given, InputFolder.Default)));
            }
            else
            {
                WriteNew(target, Show(given));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot write the new site: {e.Message}; nothing was written", e);
        }

        var written = Files.Select(file => Path.Combine(given, file.Path)).ToList();
        if (!keepGitIgnore)
        {
            written.Add(Path.Combine(given, GitIgnorePath));
        }

        return new StarterSiteResult(given, written, keepGitIgnore);
    }

    // A site inside another's input would be published as pages of that site; its own input/ and .gitignore would be
    // content there. A folder holding site.yml is an input folder, whatever its name.
    private static void RefuseInsideAnInput(string target, string given, Func<string, string> show)
    {
        for (var folder = target; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (FileSystemEntries.KindOf(Path.Combine(folder, LoadPhase.ConfigFileName)) == FileKind.Missing)
            {
                continue;
            }

            throw new SiteSetupException(folder == target
                ? $"{show(given)} holds {LoadPhase.ConfigFileName}: it is a site's input folder; start the new site in a folder of its own, so nothing was written"
                : $"{show(given)} is inside a site's input folder ({show(folder)} holds {LoadPhase.ConfigFileName}); start the new site in a folder of its own, so nothing was written");
        }
    }

    // Only a missing or empty input folder is written into; anything else there is the editor's.
    private static void RefuseAnyInput(string input, string shownInput, Func<string, string> show)
    {
        var kind = FileSystemEntries.KindOf(input);
        if (kind == FileKind.Missing)
        {
            return;
        }

        if (kind != FileKind.Directory)
        {
            var target = kind == FileKind.SymbolicLink ? $" to '{new FileInfo(input).LinkTarget}'" : "";
            throw new SiteSetupException(
                $"{show(shownInput)} is already there, as {FileSystemEntries.Describe(kind)}{target}; site init writes only into a new or empty input folder, so nothing was written");
        }

        var entries = Directory.EnumerateFileSystemEntries(input).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (entries.Count > 0)
        {
            var named = string.Join(", ", entries.Take(3).Select(name => $"'{name}'")) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : "");
            throw new SiteSetupException(
                $"{show(shownInput)} already holds {named}; site init never overwrites a site, so nothing was written (to work on that site, run 'site check' or 'site preview' where it is)");
        }
    }

    // The folder is new: the whole of it is written as a hidden sibling, then renamed into place.
    private static void WriteNew(string target, string shown)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        // Named apart from the folder's own name, which may be as long as a name can be.
        var staging = Path.Combine(parent, $".site-init-{Guid.NewGuid():N}");
        try
        {
            WriteFiles(staging);
            WriteFile(Path.Combine(staging, GitIgnorePath), GitIgnoreText);
            MoveInto(staging, target, shown);
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    // The folder exists: the input folder is written as a hidden sibling of its place and renamed into it, the
    // .gitignore likewise beside its own. True when the .gitignore was written.
    private static bool WriteBeside(string target, string input, string gitIgnore, bool keepGitIgnore, string shownInput)
    {
        var staging = Path.Combine(target, $".{InputFolder.Default}.init-{Guid.NewGuid():N}");
        var stagedGitIgnore = keepGitIgnore ? null : Path.Combine(target, $"{GitIgnorePath}.init-{Guid.NewGuid():N}");
        try
        {
            WriteFiles(staging, prefix: InputFolder.Default + "/");
            if (stagedGitIgnore is not null)
            {
                WriteFile(stagedGitIgnore, GitIgnoreText);
            }

            // An empty input folder gives way; one that was filled meanwhile refuses to be deleted, and so is kept.
            var emptied = Directory.Exists(input);
            if (emptied)
            {
                Directory.Delete(input);
            }

            try
            {
                MoveInto(staging, input, shownInput);
            }
            catch when (emptied)
            {
                Directory.CreateDirectory(input);
                throw;
            }

            if (stagedGitIgnore is null)
            {
                return false;
            }

            try
            {
                File.Move(stagedGitIgnore, gitIgnore, overwrite: false);
                return true;
            }
            catch (IOException) when (FileSystemEntries.KindOf(gitIgnore) != FileKind.Missing)
            {
                // One made meanwhile is kept: a .gitignore is written only where there was none, and the site is written.
                return false;
            }
        }
        finally
        {
            DeleteQuietly(staging);
            if (stagedGitIgnore is not null)
            {
                DeleteQuietly(stagedGitIgnore);
            }
        }
    }

    // Files whose path starts with prefix are written under folder without it (the staged input folder), the others
    // under folder as they are.
    private static void WriteFiles(string folder, string prefix = "")
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Files)
        {
            var relative = file.Path.StartsWith(prefix, StringComparison.Ordinal) ? file.Path[prefix.Length..] : file.Path;
            WriteFile(Path.Combine(folder, relative), file.Text);
        }
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
    }

    private static void MoveInto(string staging, string destination, string shown)
    {
        try
        {
            Directory.Move(staging, destination);
        }
        catch (IOException) when (FileSystemEntries.KindOf(destination) != FileKind.Missing)
        {
            throw new SiteSetupException($"{shown} was made by something else while the site was being written; nothing was written");
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover is hidden (its name starts with a dot) and is not content.
        }
    }
}
