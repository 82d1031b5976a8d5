using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleDescriptors = GreenAnalyzers.Descriptors.Rules;

namespace GreenAnalyzers.Tests.Catalog;

/// <summary>The rule catalog agrees with the analyzers, the fixes, the docs and the release-tracking files.</summary>
public sealed class RuleCatalogTests
{
    private static IEnumerable<DiagnosticDescriptor> Descriptors => RuleDescriptors.All;

    private static IEnumerable<Type> ConcreteTypes<T>() => typeof(T) == typeof(DiagnosticAnalyzer)
        ? typeof(RuleDescriptors).Assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract)
        : typeof(CodeFixes.ReplaceValueCodeFixProvider).Assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract);

    [TestCaseSource(nameof(Descriptors))]
    public void HelpLinkPointsToAnExistingPage(DiagnosticDescriptor descriptor)
    {
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo(RuleDescriptors.HelpLinkBase + descriptor.Id + ".md"));
        var page = RepositoryPaths.Combine("docs", "rules", descriptor.Id + ".md");
        Assert.That(File.Exists(page), Is.True, page);
        Assert.That(File.ReadLines(page).First(), Does.StartWith("# " + descriptor.Id + " "));
    }

    [TestCaseSource(nameof(Descriptors))]
    public void ReleaseTrackingAgrees(DiagnosticDescriptor descriptor)
    {
        var rows = ReleaseRows().Where(row => row.Id == descriptor.Id).ToList();
        Assert.That(rows, Has.Count.EqualTo(1), descriptor.Id + " must appear once in AnalyzerReleases.*.md");
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Category, Is.EqualTo(descriptor.Category));
            Assert.That(rows[0].Severity, Is.EqualTo(descriptor.DefaultSeverity.ToString()));
        });
    }

    [TestCaseSource(nameof(Descriptors))]
    public void RuleTableAgrees(DiagnosticDescriptor descriptor)
    {
        var table = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "README.md"));
        var expected = $"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.Title} | {descriptor.Category} | {descriptor.DefaultSeverity} |";
        Assert.That(table, Does.Contain(expected));
    }

    [Test]
    public void DescriptorsAreWellFormed()
    {
        Assert.That(Descriptors.Select(d => d.Id), Is.Unique);
        foreach (var descriptor in Descriptors)
        {
            Assert.Multiple(() =>
            {
                Assert.That(descriptor.Id, Does.Match(@"^GA[1-9]\d{3}$"));
                Assert.That(descriptor.IsEnabledByDefault, Is.True);
                Assert.That(descriptor.DefaultSeverity, Is.Not.EqualTo(DiagnosticSeverity.Error), "nothing is an error by default");
                Assert.That(descriptor.Description.ToString(CultureInfo.InvariantCulture), Is.Not.Empty);
            });
        }
    }

    [Test]
    public void AnalyzersReportOnlyCatalogDescriptors()
    {
        var analyzers = ConcreteTypes<DiagnosticAnalyzer>().Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToList();
        Assert.That(analyzers, Is.Not.Empty);
        // Distinct: several analyzers may report one rule (GA1003 for Converse requests and for chat clients; GA1001 in code
        // and in configuration files).
        Assert.That(analyzers.SelectMany(a => a.SupportedDiagnostics).Distinct(), Is.SubsetOf(Descriptors));
        Assert.That(Descriptors, Is.SubsetOf(analyzers.SelectMany(a => a.SupportedDiagnostics)), "a descriptor no analyzer reports");
    }

    [Test]
    public void FixesFixOnlyCatalogIds()
    {
        var fixable = ConcreteTypes<CodeFixProvider>().SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds);
        Assert.That(fixable, Is.SubsetOf(Descriptors.Select(d => d.Id)));
    }

    private sealed record ReleaseRow(string Id, string Category, string Severity);

    private static IEnumerable<ReleaseRow> ReleaseRows()
    {
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadLines(RepositoryPaths.Combine("src", "GreenAnalyzers", file)))
            {
                var match = Regex.Match(line, @"^(GA\d{4})\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|");
                if (match.Success)
                {
                    yield return new ReleaseRow(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
                }
            }
        }
    }
}
