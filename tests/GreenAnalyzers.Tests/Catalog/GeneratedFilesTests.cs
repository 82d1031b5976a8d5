using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using GreenAnalyzers.Options;
using RuleDescriptors = GreenAnalyzers.Descriptors.Rules;

namespace GreenAnalyzers.Tests.Catalog;

/// <summary>
/// Files generated from the rule catalog: the severity presets shipped in the package and the rules tables of the docs.
/// A test fails when a descriptor changes and a file does not; run with GREENANALYZERS_UPDATE_GENERATED=1 to rewrite them.
/// </summary>
public sealed class GeneratedFilesTests
{
    /// <summary>The modes of &lt;GreenAnalyzersMode&gt; and the severity each gives a rule of a default severity.</summary>
    public static readonly (string Mode, Func<DiagnosticSeverity, string> Severity, string Meaning)[] Modes =
    {
        ("none", _ => "none", "every rule off"),
        ("recommended", d => d == DiagnosticSeverity.Warning ? "warning" : "suggestion", "the default severities: Warning where the advice holds for almost everyone, Info (IDE suggestion) where judgement is needed"),
        ("strict", d => d == DiagnosticSeverity.Warning ? "error" : "warning", "Warning rules fail the build, Info rules become warnings"),
        ("all-warnings", _ => "warning", "every rule a warning"),
        ("all-errors", _ => "error", "every rule an error"),
    };

    private static bool Update => Environment.GetEnvironmentVariable("GREENANALYZERS_UPDATE_GENERATED") == "1";

    public static IEnumerable<string> ModeNames() => Modes.Select(m => m.Mode);

    [TestCaseSource(nameof(ModeNames))]
    public void PresetMatchesTheCatalog(string mode)
    {
        var (_, severity, meaning) = Modes.Single(m => m.Mode == mode);
        var text = new StringBuilder()
            .Append("# GreenAnalyzers preset '").Append(mode).Append("': ").Append(meaning).Append(".\n")
            .Append("# Selected with <GreenAnalyzersMode>").Append(mode).Append("</GreenAnalyzersMode>. Generated from the rule catalog by GeneratedFilesTests; do not edit.\n")
            .Append("# global_level is negative so that a project's own .editorconfig or .globalconfig always wins.\n")
            .Append("is_global = true\nglobal_level = -100\n\n");
        foreach (var descriptor in RuleDescriptors.All.OrderBy(d => d.Id))
        {
            text.Append("# ").Append(descriptor.Id).Append(' ').Append(descriptor.Title).Append('\n');
            if (mode == "recommended")
            {
                // No explicit severity: an explicit one would also override the Info that GA3001/GA3003 report for EC2.
                text.Append("#   default: ").Append(descriptor.DefaultSeverity).Append('\n');
            }
            else
            {
                text.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = ").Append(severity(descriptor.DefaultSeverity)).Append('\n');
            }
        }

        Check(RepositoryPaths.Combine("src", "GreenAnalyzers.Package", "configuration", mode + ".globalconfig"), text.ToString());
    }

    [TestCase("docs/rules/README.md", "")]
    [TestCase("README.md", "docs/rules/")]
    public void RulesTableMatchesTheCatalog(string file, string linkPrefix)
    {
        var fixable = typeof(CodeFixes.ReplaceValueCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet();
        var table = new StringBuilder("| Id | Title | Category | Default severity | Code fix |\n|---|---|---|---|---|\n");
        foreach (var d in RuleDescriptors.All.OrderBy(d => d.Id))
        {
            table.Append(CultureInfo.InvariantCulture, $"| [{d.Id}]({linkPrefix}{d.Id}.md) | {d.Title} | {d.Category} | {d.DefaultSeverity} | {(fixable.Contains(d.Id) ? "Yes" : "No")} |\n");
        }

        var path = RepositoryPaths.Combine(file.Split('/'));
        var current = File.ReadAllText(path);
        const string Start = "<!-- rules:start (generated from the rule catalog by GeneratedFilesTests) -->\n";
        const string End = "<!-- rules:end -->";
        var from = current.IndexOf(Start, StringComparison.Ordinal);
        var to = current.IndexOf(End, StringComparison.Ordinal);
        Assert.That(from >= 0 && to > from, Is.True, file + " needs the rules:start/rules:end markers");
        Check(path, current[..(from + Start.Length)] + table + current[to..]);
    }

    public static IEnumerable<string> RuleIds() => RuleDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);

    /// <summary>Each rule page ends with the parts that implement the rule, found from its id: the analyzers that report
    /// it, the fixes that fix it, the test files named after it, and the catalog tables its analyzers read.</summary>
    [TestCaseSource(nameof(RuleIds))]
    public void RulePageEndsWithItsImplementation(string id)
    {
        // The rules, not the host that runs them all.
        var analyzers = Analyzers.RuleHost.CreateRules()
            .Where(rule => rule.SupportedDiagnostics.Any(d => d.Id == id))
            .Select(rule => rule.GetType().Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var fixes = typeof(CodeFixes.ReplaceValueCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id))
            .Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.That(analyzers, Is.Not.Empty, id + " is reported by no analyzer");

        var analyzerFiles = analyzers.Select(name => SourceFile("src/GreenAnalyzers/Analyzers", name)).ToList();
        var tests = Directory.EnumerateFiles(RepositoryPaths.Combine("tests", "GreenAnalyzers.Tests"), id + "*.cs", SearchOption.AllDirectories)
            .Select(RepositoryRelative).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var analyzerSources = string.Concat(analyzerFiles.Select(f => File.ReadAllText(RepositoryPaths.Combine(f.Split('/')))));
        var data = CatalogTables
            .Where(table => analyzerSources.Contains(table.Reader, StringComparison.Ordinal))
            .SelectMany(table => table.Files)
            .Distinct()
            .Select(file => "src/GreenAnalyzers/Knowledge/Data/" + file)
            .ToList();

        var line = new StringBuilder("Analyzer: ").Append(Links(analyzerFiles))
            .Append(" · Fix: ").Append(fixes.Count == 0 ? "none" : Links(fixes.Select(name => SourceFile("src/GreenAnalyzers.CodeFixes", name))))
            .Append(" · Tests: ").Append(tests.Count == 0 ? "none" : Links(tests))
            .Append(" · Catalog data: ").Append(data.Count == 0 ? "none" : Links(data))
            .Append('\n');

        var path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        var from = current.IndexOf(ImplementationStart, StringComparison.Ordinal);
        var page = (from < 0 ? current.TrimEnd('\n') + "\n\n" : current[..from]) + ImplementationStart + line;
        Check(path, page);
    }

    private const string ImplementationStart = "## Implementation\n<!-- generated by GeneratedFilesTests from the rule catalog -->\n";

    /// <summary>Which catalog class an analyzer's source names, and the tables that class reads.</summary>
    private static readonly (string Reader, string[] Files)[] CatalogTables =
    {
        ("ModelCatalog", ["models.tsv", "sources.tsv", "embeddings.tsv"]),
        ("InstanceCatalog", ["instances.tsv", "instance_replacements.tsv", "instance_sources.tsv", "instance_validity.tsv"]),
    };

    private static string Links(IEnumerable<string> files)
        => string.Join(", ", files.Select(f => $"[`{Path.GetFileName(f)}`](../../{f})"));

    /// <summary>The file under <paramref name="folder"/> that declares the type (its name, or the first of a partial class).</summary>
    private static string SourceFile(string folder, string typeName)
    {
        var named = RepositoryPaths.Combine((folder + "/" + typeName + ".cs").Split('/'));
        if (File.Exists(named))
        {
            return RepositoryRelative(named);
        }

        var declaring = Directory.EnumerateFiles(RepositoryPaths.Combine(folder.Split('/')), "*.cs", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("class " + typeName, StringComparison.Ordinal));
        return RepositoryRelative(declaring);
    }

    private static string RepositoryRelative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    /// <summary>docs/configuration.md's options table is the option model (<see cref="GreenOptions"/>), row for row: every
    /// spelling GA9001 accepts, with its rules, one line of doc, accepted values and default.</summary>
    [Test]
    public void OptionsTableMatchesTheOptionModel()
    {
        var table = new StringBuilder("| key | rules | what it does | accepted values | default |\n|---|---|---|---|---|\n");
        void Row(string key, string rules, string doc, string accepted, string @default)
            => table.Append(CultureInfo.InvariantCulture, $"| `{key}` | {rules} | {Cell(doc)} | {Plain(accepted)} | {Plain(@default)} |\n");

        foreach (var option in GreenOptions.All)
        {
            if (option.HasGlobalKey)
            {
                Row(option.GlobalKey, string.Join(", ", option.RuleIds), option.Doc, option.Accepted, option.DefaultText);
            }

            foreach (var rule in option.HasRuleKeys ? option.RuleIds : [])
            {
                if (!option.HasGlobalKey)
                {
                    Row(option.RuleKey(rule)!, rule, option.Doc, option.Accepted, option.DefaultText);
                }
                else if (option.PerRule == PerRuleValue.Overrides)
                {
                    Row(option.RuleKey(rule)!, rule, "as above; wins over the global key", "as above", "the global key's value");
                }
                else
                {
                    Row(option.RuleKey(rule)!, rule, $"as above, for {rule} only; adds to the global list", "as above", "none");
                }
            }
        }

        var path = RepositoryPaths.Combine("docs", "configuration.md");
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        const string Start = "<!-- options:start (generated from the option model, src/GreenAnalyzers/Options/GreenOptions.cs, by GeneratedFilesTests) -->\n";
        const string End = "<!-- options:end -->";
        var from = current.IndexOf(Start, StringComparison.Ordinal);
        var to = current.IndexOf(End, StringComparison.Ordinal);
        Assert.That(from >= 0 && to > from, Is.True, "docs/configuration.md needs the options:start/options:end markers");
        Check(path, current[..(from + Start.Length)] + table + current[to..]);
    }

    /// <summary>A table cell: pipes escaped.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A cell of plain text (accepted values, defaults: what GA9001 says): pipes and angle brackets escaped.</summary>
    private static string Plain(string text) => Cell(text).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void Check(string path, string expected)
    {
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)", Is.EqualTo(expected),
            path + " is out of date: run the tests with GREENANALYZERS_UPDATE_GENERATED=1");
    }
}
