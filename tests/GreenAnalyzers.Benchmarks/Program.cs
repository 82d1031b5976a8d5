using System.Globalization;
using BenchmarkDotNet.Running;
using GreenAnalyzers.Benchmarks;

// See docs/performance.md. Variants of the SDK-heavy files: findings (every rule fires in every file) or compliant.
//   -- --filter '*'                                          BenchmarkDotNet: every analyzer against a no-op analyzer
// Shapes (issue 21): none | ordinary | sdk (default) | pathological, see Generated.Shape.
//   -- profile [n] [rounds] [--concurrent] [--compliant] [--shape S]    per-analyzer time (Roslyn telemetry), first run and steady state
//   -- allocations [n] [--compliant] [--shape S] [--each] [--with <dir>]...  bytes per kLOC beyond the no-op analyzer (GreenAnalyzers,
//                                                                       each of its analyzers with --each, each package folder given with --with)
//   -- packages [n] [--shape S] [--with <dir>]...                each package alone with every rule on, one analysis: its own time and
//                                                                       slowest analyzers (for a shape whose build does not finish)
//   -- generate <dir> <n> [findings|compliant]               n plain + n SDK files for editor-benchmark.sh
//   -- generate-shape <dir> <shape> <n> [findings|compliant] the files of one shape, for build-benchmark.sh
//   -- editor <project dir> <file> [edits]                   edit → updated GA diagnostics in csharp-ls (editor-benchmark.sh)
var numbers = args.Skip(1).Where(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
    .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var variant = args.Contains("--compliant") || args.Contains("compliant") ? "compliant" : "findings";
var shape = Option("--shape").FirstOrDefault() ?? "sdk";
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
    case "generate-shape":
        Directory.CreateDirectory(args[1]);
        foreach (var (name, text) in Generated.Shape(args[2], int.Parse(args[3], CultureInfo.InvariantCulture), variant).Files)
        {
            File.WriteAllText(Path.Combine(args[1], name), text);
        }

        break;
    case "editor":
        await EditorLatency.RunAsync(args[1], args[2], numbers.ElementAtOrDefault(0) is > 0 and var edits ? edits : 20,
            Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..")));
        break;
    case "allocations":
        Profile.Allocations(shape, numbers.ElementAtOrDefault(0) is > 0 and var files ? files : 500, variant, Option("--with").ToList(), args.Contains("--each"));
        break;
    case "packages":
        Profile.Packages(shape, numbers.ElementAtOrDefault(0) is > 0 and var packageFiles ? packageFiles : 1, variant, Option("--with").ToList());
        break;
    case "profile":
        Profile.Run(
            shape,
            numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 500,
            numbers.ElementAtOrDefault(1) is > 0 and var rounds ? rounds : 5,
            concurrent: args.Contains("--concurrent"),
            variant);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        break;
}

// The values following each occurrence of an option (--shape ordinary, --with <dir>).
IEnumerable<string> Option(string name) => args.Zip(args.Skip(1)).Where(p => p.First == name).Select(p => p.Second);
