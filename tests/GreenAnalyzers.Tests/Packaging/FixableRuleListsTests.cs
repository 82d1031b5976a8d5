using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.Tests.Packaging;

/// <summary>Every `dotnet format analyzers --diagnostics …` the docs show lists exactly the rules that have a code fix.</summary>
public sealed class FixableRuleListsTests
{
    [TestCase("README.md")]
    [TestCase("docs/usage.md")]
    public void BulkFixCommandsListEveryFixableRule(string file)
    {
        var fixable = typeof(GreenAnalyzers.CodeFixes.SyntaxEditCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute), false))
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .Where(id => id.StartsWith("GA", StringComparison.Ordinal))
            .Distinct().Order().ToList();
        var text = File.ReadAllText(RepositoryPaths.Combine(file.Split('/'))).Replace("\\\n", " ", StringComparison.Ordinal);
        var commands = Regex.Matches(text, @"dotnet format analyzers[^\n`]*--diagnostics[^\n`]*").Select(m => m.Value).ToList();

        Assert.That(commands, Is.Not.Empty);
        foreach (var command in commands)
        {
            Assert.That(Regex.Matches(command, @"GA\d{4}").Select(m => m.Value).Order(), Is.EqualTo(fixable), command);
        }
    }
}
