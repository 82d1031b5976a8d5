using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA9001: every <c>green_analyzers.*</c> key in the compilation's .editorconfig / .globalconfig files is known and
/// readable. Reported once per offending key, without a location; the rules fall back to their defaults. It reads
/// options only, once per compilation, so it costs the same (next to nothing) with or without the SDKs.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class PolicyAnalyzer : GreenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InvalidOption);

    private protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationAction(compilationContext =>
        {
            var provider = compilationContext.Options.AnalyzerConfigOptionsProvider;
            var problems = new SortedDictionary<string, (string Value, string Reason)>(StringComparer.Ordinal);
            Check(provider.GlobalOptions, problems);
            foreach (var tree in compilationContext.Compilation.SyntaxTrees)
            {
                Check(provider.GetOptions(tree), problems);
            }

            foreach (var file in compilationContext.Options.AdditionalFiles)
            {
                Check(provider.GetOptions(file), problems); // an .editorconfig section that matches only appsettings.json
            }

            if (provider.GlobalOptions.TryGetValue(ModelSelectionOptions.AsOfBuildProperty, out var asOf)
                && !string.IsNullOrWhiteSpace(asOf) && ModelSelectionOptions.ReadAsOf(asOf) is null)
            {
                problems["<GreenAnalyzersAsOf>"] = (asOf, "expected an ISO date yyyy-MM-dd; the catalog's date applies");
            }

            foreach (var problem in problems)
            {
                compilationContext.ReportDiagnostic(Diagnostic.Create(Rules.InvalidOption, Location.None, problem.Key, problem.Value.Value, problem.Value.Reason));
            }

            ReportOverlayProblems(compilationContext);
        });
    }

    /// <summary>The catalog overlay's rows that could not be applied, each at its place in the file.</summary>
    private static void ReportOverlayProblems(CompilationAnalysisContext context)
    {
        var overlay = CatalogOverlay.From(context.Options.AdditionalFiles, context.CancellationToken);
        foreach (var ignored in overlay.Ignored)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.InvalidOption, Location.Create(ignored.Path, default, default), ignored.Path, string.Empty,
                $"only one {CatalogOverlay.FileName} is read ({overlay.File!.Path}); this one is ignored"));
        }

        if (overlay.File is not { } file || overlay.Problems.IsEmpty)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        foreach (var problem in overlay.Problems)
        {
            var line = text is null || problem.Line > text.Lines.Count ? 0 : problem.Line - 1;
            var position = new LinePosition(line, problem.Column - 1);
            var start = text is null ? 0 : System.Math.Min(text.Lines[line].Start + problem.Column - 1, text.Length);
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.InvalidOption,
                Location.Create(file.Path, new TextSpan(start, 0), new LinePositionSpan(position, position)),
                CatalogOverlay.FileName + ": " + problem.Where,
                problem.Value,
                problem.Reason));
        }
    }

    private static void Check(AnalyzerConfigOptions options, SortedDictionary<string, (string Value, string Reason)> problems)
    {
        foreach (var key in options.Keys)
        {
            if (!key.StartsWith(GreenOption.Prefix, StringComparison.OrdinalIgnoreCase) || problems.ContainsKey(key.ToLowerInvariant())
                || !options.TryGetValue(key, out var value))
            {
                continue;
            }

            var name = key.Substring(GreenOption.Prefix.Length);
            if (GreenOptions.Find(name) is not { } known)
            {
                var nearest = GreenOptions.Nearest(name);
                problems[key.ToLowerInvariant()] = (value, nearest is null
                    ? "unknown key (see docs/configuration.md for the keys GreenAnalyzers reads)"
                    : $"unknown key; did you mean '{GreenOption.Prefix}{nearest}'?");
            }
            else if (!known.IsValid(value))
            {
                problems[key.ToLowerInvariant()] = (value, $"expected {known.Accepted}; the default ({known.DefaultText}) applies");
            }
        }
    }
}
