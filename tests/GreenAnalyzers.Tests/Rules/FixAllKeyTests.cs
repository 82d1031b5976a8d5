using System.Collections.Immutable;
using GreenAnalyzers.Analyzers;
using GreenAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>
/// <c>dotnet format analyzers</c> runs one Fix All per diagnostic id, but takes the equivalence key from the first
/// diagnostic it finds, which may be another rule of the same analyzer (or one without a fix: no key at all). Every
/// diagnostic of the requested id must still be fixed.
/// </summary>
public sealed class FixAllKeyTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        static class Models
        {
            public const string Big = "us.anthropic.claude-opus-4-7";
            public const string Old = "amazon.titan-text-express-v1";
        }
        class C
        {
            Task A(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = Models.Big });
            Task B(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = Models.Old });
        }
        """;

    [TestCase("GA1002", "GreenAnalyzers.ReplaceValue.GA1001", "amazon.nova-micro-v1:0")]
    [TestCase("GA1001", "GreenAnalyzers.ReplaceValue.GA1002", "us.anthropic.claude-sonnet-5-5")]
    [TestCase("GA1001", null, "us.anthropic.claude-sonnet-5-5")]
    public async Task ReplaceValueFixesTheRequestedIdWhateverTheKey(string id, string? key, string expected)
    {
        var text = await FixAllAsync(new ModelIdAnalyzer(), new ReplaceValueCodeFixProvider(), id, key);
        Assert.That(text, Does.Contain($"\"{expected}\""));
    }

    [TestCase("GA1003", "GreenAnalyzers.SyntaxEdit.GA1004")]
    [TestCase("GA1003", null)]
    public async Task SyntaxEditFixesTheRequestedIdWhateverTheKey(string id, string? key)
    {
        var text = await FixAllAsync(new ConverseRequestAnalyzer(), new SyntaxEditCodeFixProvider(), id, key);
        Assert.That(text.Split("InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 }").Length - 1, Is.EqualTo(2), text);
    }

    private static async Task<string> FixAllAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string id, string? key)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("P", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.All)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var document = project.AddDocument("C.cs", SourceText.From(Source));
        project = document.Project;

        var compilation = (await project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(ImmutableArray.Create(TestCatalog.OverlayText), new DictionaryOptionsProvider(("build_property.GreenAnalyzersAsOf", TestCatalog.AsOf)));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        Assert.That(diagnostics.Select(d => d.Id), Does.Contain(id));

        var context = new FixAllContext(document, fixer, FixAllScope.Solution, key!, new[] { id }, new Provider(diagnostics), CancellationToken.None);
        var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.That(action, Is.Not.Null);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
