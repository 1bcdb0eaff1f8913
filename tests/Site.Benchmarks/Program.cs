using Site.Benchmarks;

return await BenchmarkCommand.RunAsync(args);
