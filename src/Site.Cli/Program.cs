using Site.Cli;

return SiteCommandLine.Run(args, CliConsole.FromSystem());
