using BenchmarkDotNet.Running;
using GreenAnalyzers.Benchmarks;

// dotnet run -c Release --project tests/GreenAnalyzers.Benchmarks -- --filter '*'      BenchmarkDotNet, see docs/performance.md
// dotnet run -c Release --project tests/GreenAnalyzers.Benchmarks -- profile [n] [rounds] [--concurrent]  per-analyzer time, first run vs steady state
// dotnet run -c Release --project tests/GreenAnalyzers.Benchmarks -- allocations [n]  bytes per analyzer beyond the no-op analyzer
// dotnet run -c Release --project tests/GreenAnalyzers.Benchmarks -- generate <dir> <n>  writes n plain + n SDK files (build-benchmark.sh)
if (args.Length == 3 && args[0] == "generate")
{
    Directory.CreateDirectory(args[1]);
    for (var i = 0; i < int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        File.WriteAllText(Path.Combine(args[1], $"Plain{i}.cs"), Generated.PlainFile(i));
        File.WriteAllText(Path.Combine(args[1], $"Sdk{i}.cs"), Generated.SdkFile(i));
    }

    return;
}

if (args.Length >= 1 && args[0] == "allocations")
{
    Profile.Allocations(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}

if (args.Length >= 1 && args[0] == "profile")
{
    Profile.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5,
        concurrent: args.Contains("--concurrent"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
