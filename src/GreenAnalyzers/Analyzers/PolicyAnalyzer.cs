using GreenAnalyzers.Options;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA9001: every <c>green_analyzers.*</c> key in the compilation's .editorconfig / .globalconfig files is known and
/// readable. Reported once per offending key, without a location; the rules fall back to their defaults. It reads
/// options only, once per compilation, so it costs the same (next to nothing) with or without the SDKs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
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

            foreach (var problem in problems)
            {
                compilationContext.ReportDiagnostic(Diagnostic.Create(Rules.InvalidOption, Location.None, problem.Key, problem.Value.Value, problem.Value.Reason));
            }
        });
    }

    private static void Check(AnalyzerConfigOptions options, SortedDictionary<string, (string Value, string Reason)> problems)
    {
        foreach (var key in options.Keys)
        {
            if (!key.StartsWith(OptionReader.Prefix, StringComparison.OrdinalIgnoreCase) || problems.ContainsKey(key.ToLowerInvariant())
                || !options.TryGetValue(key, out var value))
            {
                continue;
            }

            var name = key.Substring(OptionReader.Prefix.Length);
            if (OptionKeys.Find(name) is not { } known)
            {
                var nearest = OptionKeys.Nearest(name);
                problems[key.ToLowerInvariant()] = (value, nearest is null
                    ? "unknown key (see docs/configuration.md for the keys GreenAnalyzers reads)"
                    : $"unknown key; did you mean '{OptionReader.Prefix}{nearest}'?");
            }
            else if (string.IsNullOrWhiteSpace(value) || !known.IsValid(value))
            {
                problems[key.ToLowerInvariant()] = (value, $"expected {known.Accepted}; the default ({known.Default}) applies");
            }
        }
    }
}
