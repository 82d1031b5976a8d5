using System.Globalization;
using BenchmarkDotNet.Running;
using GreenAnalyzers.Benchmarks;

// See docs/performance.md. Variants V of the SDK-heavy files (Generated.Variants): findings (the default: every rule fires
// in every file), typical (3 findings files in 17: the corpus's density of findings) or compliant (--compliant too).
//   -- --filter '*'                                          BenchmarkDotNet: every analyzer against a no-op analyzer
// Shapes (issue 21): none | ordinary | sdk (default) | pathological, see Generated.Shape.
//   -- profile [n] [rounds] [--concurrent] [V] [--shape S] [--rules]  GreenAnalyzers' time (Roslyn telemetry), first run and
//                                                                       steady state; per rule with --rules (each rule run as an analyzer)
//   -- allocations [n] [V] [--shape S] [--each] [--with <dir>]...  bytes per kLOC beyond the no-op analyzer (GreenAnalyzers,
//                                                                       each of its analyzers with --each, each package folder given with --with)
//   -- packages [n] [V] [--shape S] [--with <dir>]...            each package alone with every rule on, one analysis: its own time and
//                                                                       slowest analyzers (for a shape whose build does not finish)
//   -- generate <dir> <n> [V]                                n plain + n SDK files for editor-benchmark.sh
//   -- generate-shape <dir> <shape> <n> [V]                  the files of one shape, for build-benchmark.sh
//   -- editor <project dir> <file> [edits]                   edit → updated GA diagnostics in csharp-ls (editor-benchmark.sh)
var numbers = args.Skip(1).Where(IsNumber).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var shape = Option("--shape").FirstOrDefault() ?? "sdk";
// The variant is the one word after the mode's own arguments (a directory, a shape) that is neither a number nor an
// option or an option's value; an unknown one fails before any work, naming the accepted ones.
var modeArguments = args.FirstOrDefault() switch { "generate" => 2, "generate-shape" => 3, _ => 1 };
var words = args.Select((a, k) => (a, k)).Skip(modeArguments)
    .Where(w => !w.a.StartsWith("--", StringComparison.Ordinal) && !IsNumber(w.a) && args[w.k - 1] is not ("--shape" or "--with"))
    .Select(w => w.a).ToList();
var variant = args.Contains("--compliant") ? "compliant" : words.FirstOrDefault() ?? "findings";
if (args.FirstOrDefault() is "generate" or "generate-shape" or "profile" or "allocations" or "packages"
    && (words.Count > 1 || !Generated.Variants.Contains(variant)))
{
    Console.Error.WriteLine(words.Count > 1 ? $"One variant at a time, not {string.Join(" ", words)}; expected one of {string.Join(", ", Generated.Variants)}" : Generated.UnknownVariant(variant));
    return 2;
}

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
            // A final newline, as real files have it: `wc -l` then counts the lines Generated.Lines counts.
            File.WriteAllText(Path.Combine(args[1], name), text.EndsWith('\n') ? text : text + "\n");
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
            variant,
            separately: args.Contains("--rules"));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        break;
}

return 0;

// The values following each occurrence of an option (--shape ordinary, --with <dir>).
IEnumerable<string> Option(string name) => args.Zip(args.Skip(1)).Where(p => p.First == name).Select(p => p.Second);

static bool IsNumber(string argument) => int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
