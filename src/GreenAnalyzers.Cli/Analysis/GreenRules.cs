using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using GreenAnalyzers.Analyzers;
using GreenAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>The GreenAnalyzers analyzers, their rules and their code fixes, found in the analyzer and code-fix
/// assemblies the tool is built with: a rule added to those assemblies is picked up without a change here.</summary>
internal sealed class GreenRules
{
    private GreenRules(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        Analyzers = analyzers;
        Fixers = fixers;
        Rules = analyzers.SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => RuleInfo.From(g.First()))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        FixableIds = fixers.SelectMany(f => f.FixableDiagnosticIds).Where(id => Rules.Any(r => r.Id == id)).ToImmutableSortedSet(StringComparer.Ordinal);
    }

    public static GreenRules Default { get; } = new(
        Create<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(ModelIdAnalyzer).Assembly, a => a.Languages.Contains(LanguageNames.CSharp)),
        Create<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(ReplaceValueCodeFixProvider).Assembly, a => a.Languages.Contains(LanguageNames.CSharp)));

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    public ImmutableArray<RuleInfo> Rules { get; }

    /// <summary>Rule ids some code fix provider can fix.</summary>
    public ImmutableSortedSet<string> FixableIds { get; }

    public RuleInfo? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>An analyzer that runs the rules that can report any of <paramref name="ids"/>, and only those: the
    /// shipped host (<see cref="RuleHost"/>) of just these rules.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersFor(IReadOnlySet<string> ids)
        => [new RuleHost(RuleHost.CreateRules().Where(rule => rule.SupportedDiagnostics.Any(d => ids.Contains(d.Id))))];

    public CodeFixProvider? FixerFor(string id) => Fixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(id));

    private static ImmutableArray<T> Create<T, TAttribute>(Assembly assembly, Func<TAttribute, bool> applies)
        where TAttribute : Attribute
        => assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is { } attribute && applies(attribute))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}

/// <summary>What reports say about a rule: from its descriptor.</summary>
internal sealed record RuleInfo(string Id, string Title, string Category, Severity DefaultSeverity, string HelpUri, string Description)
{
    public static RuleInfo From(DiagnosticDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title.ToString(CultureInfo.InvariantCulture),
        descriptor.Category,
        Severities.From(descriptor.DefaultSeverity) ?? Severity.Info,
        descriptor.HelpLinkUri,
        descriptor.Description.ToString(CultureInfo.InvariantCulture));
}
