using Site.Cli;

#if !READY_TO_RUN
// Built as IL (dotnet run, the Site.Cli.any package), most of a small site's build is compiling the tool's own code
// (Markdig, YamlDotNet, the theme). Multicore JIT records which methods a run compiles and, on the next run, compiles
// them ahead on the other cores while the first one starts working. The profile lives outside the site; without a
// writable temporary folder the run simply goes without it. The ReadyToRun build has that code compiled already: there
// the profile cost more processor time (input/: 40 ms of 540) than it saved, and no wall time.
try
{
    var profiles = Path.Combine(Path.GetTempPath(), "site-jit");
    Directory.CreateDirectory(profiles);
    System.Runtime.ProfileOptimization.SetProfileRoot(profiles);
    System.Runtime.ProfileOptimization.StartProfile("site.jitprofile");
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
}
#endif

return SiteCommandLine.Run(args, CliConsole.FromSystem());
