using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// The editor, proven on the packed package. A real language server (csharp-ls, from the repository's tool manifest)
/// opens a project that references the package and reports GA diagnostics over LSP, and updates them after an edit.
/// csharp-ls offers only Roslyn's built-in fixes, so the GA code actions are proven the way an IDE runs them: the
/// code-fix providers loaded from the nupkg's own assemblies and applied through a Roslyn workspace.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class EditorEndToEndTests
{
    private const string PerIteration = """
        using Microsoft.ML.OnnxRuntime;

        foreach (var file in args)
        {
            using var session = new InferenceSession("models/classifier.onnx");
            Console.WriteLine(file + session.InputMetadata.Count);
        }
        """;

    private const string Hoisted = """
        using Microsoft.ML.OnnxRuntime;

        using var session = new InferenceSession("models/classifier.onnx");
        foreach (var file in args)
        {
            Console.WriteLine(file + session.InputMetadata.Count);
        }
        """;

    [Test]
    public async Task TheLanguageServerReportsGADiagnosticsAndUpdatesThemAfterAnEdit()
    {
        var packed = PackedPackages.Get;
        var restoreTools = DotnetCli.Run(RepositoryPaths.Root, null, "tool", "restore");
        Assert.That(restoreTools.ExitCode, Is.Zero, restoreTools.Output);

        var project = Directory.CreateDirectory(Path.Combine(packed.Work, "editor", "Editor")).FullName;
        File.WriteAllText(Path.Combine(project, "Editor.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GreenAnalyzers" Version="{packed.Version}" PrivateAssets="all" />
                <PackageReference Include="Microsoft.ML.OnnxRuntime.Managed" Version="1.31.1" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <configuration><packageSources><add key="greenanalyzers" value="{packed.Feed}" /></packageSources></configuration>
            """);
        var program = Path.Combine(project, "Program.cs");
        File.WriteAllText(program, PerIteration);
        var restore = DotnetCli.Run(project, packed.UserEnvironment, "restore", "-nodeReuse:false");
        Assert.That(restore.ExitCode, Is.Zero, restore.Output);

        var settings = new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };
        await using var server = LspClient.Start("dotnet", new[] { "tool", "run", "csharp-ls" }, RepositoryPaths.Root, packed.UserEnvironment, settings);
        var root = new Uri(project + Path.DirectorySeparatorChar).AbsoluteUri;
        var document = new Uri(program).AbsoluteUri;
        await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "Editor" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["didSave"] = true },
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        }, TimeSpan.FromSeconds(60));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = document, ["languageId"] = "csharp", ["version"] = 1, ["text"] = PerIteration },
        });

        var opened = await PullUntilAsync(server, document, codes => codes.Contains("GA4002"), TimeSpan.FromSeconds(120));
        Assert.That(opened, Has.Some.Matches<JsonNode>(d => (string?)d["code"] == "GA4002"
            && (int)d["range"]!["start"]!["line"]! == 4 && (int)d["range"]!["start"]!["character"]! == 24
            && ((string)d["message"]!).StartsWith("InferenceSession is created on every iteration of this loop", StringComparison.Ordinal)), server.Log);

        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = document, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Hoisted }),
        });
        var edited = await PullUntilAsync(server, document, codes => !codes.Contains("GA4002"), TimeSpan.FromSeconds(60));
        Assert.That(edited.Select(d => (string?)d["code"]), Has.None.EqualTo("GA4002"), "the edit removed the finding");
    }

    [Test]
    public async Task CodeActionsFromThePackageFixTheCode()
    {
        var folder = PackedPackages.AnalyzerFolder;
        var context = new PackageLoadContext(folder);
        var analyzers = Instantiate<DiagnosticAnalyzer>(context, "GreenAnalyzers.dll", typeof(DiagnosticAnalyzerAttribute));
        var fixers = Instantiate<CodeFixProvider>(context, "GreenAnalyzers.CodeFixes.dll", typeof(ExportCodeFixProviderAttribute));
        Assert.That(analyzers.Concat<object>(fixers).Select(o => Path.GetDirectoryName(o.GetType().Assembly.Location)), Is.All.EqualTo(folder),
            "every analyzer and fixer comes from the nupkg, not from the test's own references");

        // GA4002's fix (a structural edit) in top-level statements, and GA1001's (a value replaced where it is written).
        var program = await FixAsync(analyzers, fixers, PerIteration, "GA4002", OutputKind.ConsoleApplication);
        Assert.That(program.Text.ReplaceLineEndings("\n"), Is.EqualTo(Hoisted));
        Assert.That(program.Remaining, Has.None.EqualTo("GA4002"));

        var triage = await FixAsync(analyzers, fixers, """
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;

            static class Triage
            {
                // the model that labels tickets
                public static ConverseRequest Request(string ticket) => new ConverseRequest
                {
                    ModelId = "us.anthropic.claude-opus-4-7",
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = ticket }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 256 },
                };
            }
            """, "GA1001", OutputKind.DynamicallyLinkedLibrary);
        Assert.That(triage.Text, Does.Contain("ModelId = \"us.anthropic.claude-sonnet-5-5\",").And.Contain("// the model that labels tickets"));
        Assert.That(triage.Remaining, Has.None.EqualTo("GA1001"));
    }

    /// <summary>Analyzes <paramref name="source"/> with <paramref name="analyzers"/>, applies the first code action a fixer
    /// registers for the first <paramref name="id"/> diagnostic, and returns the new text, checked to compile, with the
    /// ids the analyzers still report.</summary>
    private static async Task<(string Text, List<string> Remaining)> FixAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers, string source, string id, OutputKind kind)
    {
        using var workspace = new AdhocWorkspace();
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Amazon.BedrockRuntime.Model.ConverseRequest).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonWebServiceRequest).Assembly.Location));
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "User", "User", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        var document = workspace.AddDocument(project.Id, "Program.cs", SourceText.From("global using System;\n" + source));

        var original = (await document.Project.GetCompilationAsync())!;
        Assert.That(original.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the code compiles before the fix");
        var diagnostics = await Diagnose(document.Project, analyzers);
        var target = diagnostics.First(d => d.Id == id);
        var actions = new List<CodeAction>();
        foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, target, (action, _) => actions.Add(action), CancellationToken.None));
        }

        Assert.That(actions, Is.Not.Empty, "a fix for " + id);
        foreach (var operation in await actions[0].GetOperationsAsync(CancellationToken.None))
        {
            operation.Apply(workspace, CancellationToken.None);
        }

        var fixedProject = workspace.CurrentSolution.GetProject(project.Id)!;
        var compilation = (await fixedProject.GetCompilationAsync())!;
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the fixed code compiles");
        var text = (await fixedProject.Documents.Single().GetTextAsync()).ToString();
        var remaining = (await Diagnose(fixedProject, analyzers)).Select(d => d.Id).ToList();
        return (text["global using System;\n".Length..], remaining);
    }

    private static async Task<ImmutableArray<Diagnostic>> Diagnose(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.That(exceptions, Is.Empty, "AD0001");
        return diagnostics;
    }

    private static ImmutableArray<T> Instantiate<T>(AssemblyLoadContext context, string file, Type attribute)
        => context.LoadFromAssemblyPath(Path.Combine(((PackageLoadContext)context).Folder, file)).GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttributes(attribute, inherit: false).Length > 0)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Asks for the document's diagnostics (LSP pull) until <paramref name="done"/> holds for their codes.</summary>
    private static async Task<List<JsonNode>> PullUntilAsync(LspClient server, string document, Func<List<string?>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var report = await server.RequestAsync("textDocument/diagnostic",
                new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = document } }, TimeSpan.FromSeconds(60));
            var items = report?["items"]?.AsArray().Where(i => i is not null).Select(i => i!).ToList() ?? new List<JsonNode>();
            if (done(items.Select(i => (string?)i["code"]).ToList()))
            {
                return items;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"diagnostics never reached the expected state in {timeout.TotalSeconds:0} s; last: {report?.ToJsonString()}\n{server.Log}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Loads the package's assemblies from its folder; Roslyn itself comes from the host, as in an IDE.</summary>
    private sealed class PackageLoadContext(string folder) : AssemblyLoadContext("GreenAnalyzers package", isCollectible: false)
    {
        public string Folder { get; } = folder;

        protected override Assembly? Load(AssemblyName name)
        {
            var candidate = Path.Combine(Folder, name.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
