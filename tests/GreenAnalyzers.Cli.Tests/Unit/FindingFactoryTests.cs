using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class FindingFactoryTests
{
    [Test]
    public async Task ReportsKeepTheFiguresAndLeaveOutTheFixPlumbing()
    {
        var root = Path.Combine(Path.GetTempPath(), "green-finding-factory");
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp);
        var document = workspace.AddDocument(DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id), "A.cs", filePath: Path.Combine(root, "A.cs"),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From("class A { int MaxTokens = 4096; }"), VersionStamp.Default))));
        var tree = (await document.GetSyntaxTreeAsync())!;
        var descriptor = GreenRules.Default.Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == "GA1003");
        var properties = new Dictionary<string, string?>
        {
            ["max_tokens"] = "1024",
            ["price_source"] = "catalog",
            ["fix_title"] = "Set MaxTokens to 1024",
            ["edit.0.kind"] = "append",
            ["edit.0.member"] = "InferenceConfig",
            ["edit.0.value"] = "new:Amazon.BedrockRuntime.Model.InferenceConfiguration",
            ["edit.0.value.0.member"] = "MaxTokens",
            ["edit.0.value.0.value"] = "int:1024",
            ["edit.1.kind"] = "anchor",
        }.ToImmutableDictionary();
        var location = Location.Create(tree, new TextSpan(26, 4));
        var diagnostic = Diagnostic.Create(descriptor, location, [location], properties, "a", "b", "c", "d", "e", "f");

        var findings = await new FindingFactory(GreenRules.Default, new Target(root, null, []))
            .CreateAsync([new ProjectDiagnostics(document.Project, [diagnostic], [])], CancellationToken.None);

        Assert.That(findings.Single().Properties.Keys, Is.EqualTo(new[] { "max_tokens", "price_source" }));
    }
}
