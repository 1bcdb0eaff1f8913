using System.Runtime;
using Site.Cli;

// Most of a small site's build is compiling the tool's own code (Markdig, YamlDotNet, the Razor theme).
// Multicore JIT records which methods a run compiles and, on the next run, compiles them ahead on the
// other cores while the first one starts working. The profile lives outside the site; without a writable
// temporary folder the run simply goes without it.
try
{
    var profiles = Path.Combine(Path.GetTempPath(), "site-jit");
    Directory.CreateDirectory(profiles);
    ProfileOptimization.SetProfileRoot(profiles);
    ProfileOptimization.StartProfile("site.jitprofile");
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
}

return SiteCommandLine.Run(args, CliConsole.FromSystem());
