using BenchmarkDotNet.Running;
using GreenAnalyzers.Benchmarks;

// dotnet run -c Release --project tests/GreenAnalyzers.Benchmarks -- --filter '*'      BenchmarkDotNet, see docs/performance.md
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

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
