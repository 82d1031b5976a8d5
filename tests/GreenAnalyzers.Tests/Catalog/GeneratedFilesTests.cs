using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CodeFixes;
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

    [Test]
    public void ConfigurationReferenceListsEveryOption()
    {
        var reference = File.ReadAllText(RepositoryPaths.Combine("docs", "configuration.md"));
        foreach (var key in GreenAnalyzers.Options.OptionKeys.All)
        {
            Assert.That(reference, Does.Contain("`green_analyzers." + key.Name + "`").IgnoreCase, key.Name);
        }
    }

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
