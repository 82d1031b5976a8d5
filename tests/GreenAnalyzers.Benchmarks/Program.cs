using System.Globalization;
using BenchmarkDotNet.Running;
using GreenAnalyzers.Benchmarks;

// See docs/performance.md. Variants of the SDK-heavy files: findings (every rule fires in every file) or compliant.
//   -- --filter '*'                                          BenchmarkDotNet: every analyzer against a no-op analyzer
//   -- profile [n] [rounds] [--concurrent] [--compliant]      per-analyzer time (Roslyn telemetry), first run and steady state
//   -- allocations [n] [--compliant]                         bytes per analyzer beyond the no-op analyzer
//   -- generate <dir> <n> [findings|compliant]               n plain + n SDK files for build-benchmark.sh
//   -- editor <project dir> <file> [edits]                   edit → updated GA diagnostics in csharp-ls (editor-benchmark.sh)
var numbers = args.Skip(1).Where(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
    .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var variant = args.Contains("--compliant") || args.Contains("compliant") ? "compliant" : "findings";
switch (args.FirstOrDefault())
{
    case "generate":
        Directory.CreateDirectory(args[1]);
        for (var i = 0; i < int.Parse(args[2], CultureInfo.InvariantCulture); i++)
        {
            File.WriteAllText(Path.Combine(args[1], $"Plain{i}.cs"), Generated.PlainFile(i));
            File.WriteAllText(Path.Combine(args[1], $"Sdk{i}.cs"), Generated.SdkFile(i, variant));
        }

        break;
    case "editor":
        await EditorLatency.RunAsync(args[1], args[2], numbers.ElementAtOrDefault(0) is > 0 and var edits ? edits : 20,
            Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..")));
        break;
    case "allocations":
        Profile.Allocations(numbers.ElementAtOrDefault(0) is > 0 and var files ? files : 500, variant);
        break;
    case "profile":
        Profile.Run(
            numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 500,
            numbers.ElementAtOrDefault(1) is > 0 and var rounds ? rounds : 5,
            concurrent: args.Contains("--concurrent"),
            variant);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        break;
}
