using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.Configuration;

/// <summary>Model ids and instance types in JSON configuration files (ConfigurationFileAnalyzer): located at the value,
/// Info by default, the same message and figures as in code, options reached as .NET users expect.</summary>
public sealed class ConfigurationFileTests
{
    private const string Opus46 = "anthropic.claude-opus-4-6-v1";
    private const string ClaudeV2 = "anthropic.claude-v2";
    private const string Code = "class C { }";

    // ---------------------------------------------------------------- shapes of JSON

    [Test]
    public Task EveryShapeOfJson() => VerifyAsync(
        ("/0/appsettings.json", $$"""
        // .NET configuration accepts comments and trailing commas
        {
          "Bedrock": {
            "ModelId": {|#0:"{{Opus46}}"|},
            /* a block comment */ "Fallbacks": [ {|#1:"us.{{Opus46}}"|}, "amazon.nova-micro-v1:0", ],
            "Profiles": { "Legacy": { "Arn": {|#2:"arn:aws:bedrock:us-east-1::foundation-model/{{ClaudeV2}}"|} } },
          },
          "SageMaker": { "Hosting": { "InstanceType": {|#3:"ml.g5.xlarge"|} }, "Training": { "InstanceType": {|#4:"ml.g5.xlarge"|} } },
          "Workers": { "InstanceType": {|#5:"m5.large"|} },
          "Old": {|#6:"ml.p3.2xlarge"|},
          "Retries": 3, "Enabled": true, "Nothing": null,
        }
        """),
        Expect("GA1001", 0), Expect("GA1001", 1), Expect("GA1002", 2), Expect("GA3001", 3), Expect("GA3002", 4), Expect("GA3003", 5), Expect("GA3004", 6));

    [Test]
    public Task BomAndCrlf() => VerifyAsync(
        ("/0/appsettings.Production.json", "\uFEFF{\r\n  \"Bedrock\": {\r\n    \"ModelId\": {|#0:\"" + Opus46 + "\"|}\r\n  }\r\n}\r\n"),
        Expect("GA1001", 0));

    [Test]
    public async Task LocatedAtTheValueWithLineAndColumn()
    {
        var diagnostics = await RunAsync(new[] { ("/app/appsettings.json", "{\r\n  \"Bedrock\": {\r\n    \"ModelId\": \"" + Opus46 + "\"\r\n  }\r\n}") });
        var span = diagnostics.Single().Location.GetLineSpan();
        Assert.Multiple(() =>
        {
            Assert.That(span.Path, Is.EqualTo("/app/appsettings.json"));
            Assert.That(span.StartLinePosition, Is.EqualTo(new LinePosition(2, 15)));
            Assert.That(span.EndLinePosition, Is.EqualTo(new LinePosition(2, 15 + Opus46.Length + 2)));
            Assert.That(diagnostics.Single().Properties["json_pointer"], Is.EqualTo("/Bedrock/ModelId"));
            Assert.That(diagnostics.Single().Properties["configuration_key"], Is.EqualTo("Bedrock:ModelId"));
        });
    }

    [Test]
    public async Task PointersEscapeAndIndexArrays()
    {
        var diagnostics = await RunAsync(new[] { ("appsettings.json", "{\"a/b~c\": [\"x\", {\"Model\": \"" + Opus46 + "\"}]}") });
        Assert.That(diagnostics.Single().Properties["json_pointer"], Is.EqualTo("/a~1b~0c/1/Model"));
        Assert.That(diagnostics.Single().Properties["configuration_key"], Is.EqualTo("a/b~c:1:Model"));
    }

    // ---------------------------------------------------------------- same message and figures as in code

    [TestCase(Opus46, "Amazon.BedrockRuntime.Model.ConverseRequest { ModelId", "a Bedrock model id")]
    [TestCase("eu." + ClaudeV2, "Amazon.BedrockRuntime.Model.ConverseRequest { ModelId", "a Bedrock model id")]
    [TestCase("amazon.titan-image-generator-v2:0", "Amazon.BedrockRuntime.Model.InvokeModelRequest { ModelId", "a Bedrock model id")]
    [TestCase("ml.g5.xlarge", "Amazon.SageMaker.Model.ProductionVariant { InstanceType", "a SageMaker endpoint instance type")]
    [TestCase("ml.c5.xlarge", "Amazon.SageMaker.Model.ProductionVariant { InstanceType", "a SageMaker endpoint instance type")]
    [TestCase("ml.p3.2xlarge", "Amazon.SageMaker.Model.ProductionVariant { InstanceType", "a SageMaker endpoint instance type")]
    [TestCase("m5.large", "Amazon.EC2.Model.RunInstancesRequest { InstanceType", "an EC2 instance type")]
    public async Task SameMessageAndFiguresAsInCode(string value, string sink, string use)
    {
        var codeAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelIdAnalyzer(), new InstanceTypeAnalyzer());
        var code = await AnalyzerRunner.RunAsync(codeAnalyzers, new[] { $"class C {{ object M() => new {sink} = \"{value}\" }}; }}" }, concurrent: false);
        var json = await RunAsync(new[] { ("appsettings.json", $"{{\"Service\": {{\"Value\": \"{value}\"}}}}") });

        var inCode = code.Diagnostics.Single();
        var inJson = json.Single();
        Assert.Multiple(() =>
        {
            Assert.That(inJson.Id, Is.EqualTo(inCode.Id));
            Assert.That(inJson.Severity, Is.EqualTo(DiagnosticSeverity.Info), "the use is inferred");
            Assert.That(inJson.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(inCode.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + $" (configuration 'Service:Value', read as {use}: the use is inferred)"));
            var expected = inCode.Properties.RemoveRange(inCode.Properties.Keys.Where(GreenAnalyzers.Diagnostics.PropertyKeys.IsFixPlumbing))
                .SetItem("json_pointer", "/Service/Value").SetItem("configuration_key", "Service:Value");
            Assert.That(inJson.Properties, Is.EquivalentTo(expected));
            Assert.That(inJson.AdditionalLocations, Is.Empty, "no fix in a configuration file");
        });
    }

    // ---------------------------------------------------------------- workload from the key path

    [TestCase("Training", "ml.g5.xlarge", "GA3002")]
    [TestCase("FineTrainer", "ml.g5.xlarge", "GA3002")]
    [TestCase("Retraining", "ml.p4d.24xlarge", "GA3002")]
    [TestCase("Inference", "ml.g5.xlarge", "GA3001")]
    [TestCase("Processing", "ml.g5.xlarge", "", Description = "SageMaker processing: the catalog has no verified move for it")]
    [TestCase("Fleet", "g5.xlarge", "GA3001", Description = "A bare type is EC2")]
    [TestCase("Accelerator", "ml.eia2.medium", "GA3004", Description = "Elastic Inference")]
    [TestCase("Training", "g5.xlarge", "GA3001", Description = "A bare type is EC2 whatever the key: SageMaker training takes ml. types")]
    public async Task WorkloadFromTheKeyPath(string section, string value, string rule)
    {
        var diagnostics = await RunAsync(new[] { ("appsettings.json", $"{{\"{section}\": {{\"Instance\": \"{value}\"}}}}") });
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(rule.Length == 0 ? Array.Empty<string>() : new[] { rule }));
        Assert.That(diagnostics.Select(d => d.Properties["instance_api"]), Is.All.EqualTo(section switch
        {
            "Processing" => "processing",
            _ when rule == "GA3002" => "training",
            _ when value.StartsWith("ml.", StringComparison.Ordinal) => "endpoint",
            _ => "ec2",
        }));
    }

    [Test]
    public async Task Ec2GpuIsJudgedOnlyInCodeThatRunsInference()
    {
        // As in code: an EC2 GPU is taken to serve a model only where the project uses an inference SDK.
        var file = ("appsettings.json", "{\"Fleet\": {\"InstanceType\": \"g5.xlarge\"}}");
        var withInference = await RunAsync(new[] { file });
        var without = await RunAsync(new[] { file }, references: TestReferences.WithoutInferenceSdks);
        Assert.That(withInference.Select(d => d.Id), Is.EqualTo(new[] { "GA3001" }));
        Assert.That(without, Is.Empty);
    }

    // ---------------------------------------------------------------- must not flag

    [TestCase("{\"" + Opus46 + "\": \"value\"}", TestName = "A model id as a key")]
    [TestCase("{\"ml.g5.xlarge\": 1}", TestName = "An instance type as a key")]
    [TestCase("{\"Model\": \"anthropic.claude-unknown-9\"}", TestName = "An unknown model id")]
    [TestCase("{\"Model\": \"amazon.nova-micro-v1:0\"}", TestName = "A small current model")]
    [TestCase("{\"Type\": \"ml.inf2.xlarge\"}", TestName = "Already Inferentia2")]
    [TestCase("{\"Type\": \"ml.g9.xlarge\"}", TestName = "A future instance type")]
    [TestCase("{\"Type\": \" ml.g5.xlarge\"}", TestName = "A padded value")]
    [TestCase("{\"Url\": \"https://example.com/anthropic.claude-opus-4-6-v1\"}", TestName = "An id inside a longer string")]
    [TestCase("{\"Count\": 5, \"Ratio\": 1.5e3, \"On\": true}", TestName = "Numbers and literals")]
    [TestCase("{\"Arn\": \"arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc\"}", TestName = "A provisioned-model ARN")]
    [TestCase("// " + Opus46 + "\n{\"a\": 1 /* ml.g5.xlarge */}", TestName = "Ids in comments")]
    [TestCase("{\"Model\": \"" + Opus46 + "\"", TestName = "Invalid JSON: unterminated")]
    [TestCase("{'Model': '" + Opus46 + "'}", TestName = "Invalid JSON: single quotes")]
    [TestCase("", TestName = "Empty file")]
    public async Task MustNotFlag(string json)
        => Assert.That(await RunAsync(new[] { ("appsettings.json", json) }), Is.Empty);

    [TestCase("models.json", TestName = "A JSON file that is not named as configuration")]
    [TestCase("appsettings.txt", TestName = "Not JSON")]
    [TestCase("notes.md", TestName = "Markdown")]
    [TestCase("settings/appsettings.yaml", TestName = "YAML")]
    public async Task OtherAdditionalFilesAreNotRead(string path)
        => Assert.That(await RunAsync(new[] { (path, "{\"Model\": \"" + Opus46 + "\"}") }), Is.Empty);

    [Test]
    public Task ATeamNamedFileIsRead()
    {
        // The package's GreenAnalyzersConfigurationFile item sets this compiler-visible metadata.
        var test = Create(("/0/config/models.json", "{\"Model\": {|#0:\"" + Opus46 + "\"|}}"));
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[config/models.json]\nbuild_metadata.AdditionalFiles.GreenAnalyzersConfigurationFile = true\n"));
        test.ExpectedDiagnostics.Add(Expect("GA1001", 0));
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- options and severities

    [Test]
    public Task GlobalConfigSeverityReachesJsonFindings()
    {
        var test = Create(("/0/appsettings.json", "{\"Model\": {|#0:\"" + Opus46 + "\"|}, \"Type\": {|#1:\"ml.g5.xlarge\"|}}"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.GA1001.severity = error\ndotnet_diagnostic.GA3001.severity = none\n"));
        test.ExpectedDiagnostics.Add(Expect("GA1001", 0, DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Test]
    public Task EditorConfigSeverityDoesNotReachJsonFindings()
    {
        // The compiler applies section severities to syntax trees only; docs/configuration.md says to use a .globalconfig.
        var test = Create(("/0/appsettings.json", "{\"Model\": {|#0:\"" + Opus46 + "\"|}}"));
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.GA1001.severity = none\n"));
        test.ExpectedDiagnostics.Add(Expect("GA1001", 0));
        return test.RunAsync();
    }

    [Test]
    public Task GlobalConfigOptionsReachJsonFindings() => VerifyWithConfigAsync(
        "is_global = true\ngreen_analyzers.allowed_models = " + Opus46 + "\n",
        "{\"Model\": \"" + Opus46 + "\", \"Old\": {|#0:\"" + ClaudeV2 + "\"|}}",
        Expect("GA1002", 0));

    [Test]
    public Task EditorConfigSectionMatchingTheJsonPathApplies() => VerifyWithConfigAsync(
        "root = true\n[*.json]\ngreen_analyzers.GA1001.max_model_tier = frontier\n",
        "{\"Model\": \"" + Opus46 + "\"}");

    [Test]
    public Task EditorConfigSectionForCodeDoesNotApply() => VerifyWithConfigAsync(
        "root = true\n[*.cs]\ngreen_analyzers.GA1001.max_model_tier = frontier\ngreen_analyzers.configuration_files = false\n",
        "{\"Model\": {|#0:\"" + Opus46 + "\"|}}",
        Expect("GA1001", 0));

    [Test]
    public Task TheSwitchTurnsConfigurationFilesOff() => VerifyWithConfigAsync(
        "is_global = true\ngreen_analyzers.configuration_files = false\n",
        "{\"Model\": \"" + Opus46 + "\"}");

    [Test]
    public Task TheSwitchCanBeScopedToOneFile()
    {
        var test = Create(("/0/appsettings.json", "{\"Model\": {|#0:\"" + Opus46 + "\"|}}"));
        test.TestState.AdditionalFiles.Add(("/0/legacy/appsettings.json", "{\"Model\": \"" + Opus46 + "\"}"));
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[legacy/appsettings.json]\ngreen_analyzers.configuration_files = false\n"));
        test.ExpectedDiagnostics.Add(Expect("GA1001", 0));
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- bad input

    [Test]
    public async Task LargeFilesAreSkippedQuickly()
    {
        var builder = new StringBuilder("{\"Models\": [");
        while (builder.Length < 50 * 1024 * 1024)
        {
            builder.Append("\"" + Opus46 + "\",");
        }

        builder.Append("]}");
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await RunAsync(new[] { ("appsettings.json", builder.ToString()) });
        Assert.That(diagnostics, Is.Empty, "beyond the reader's 4 Mi characters a file is not read");
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task AFileJustUnderTheLimitIsReadOnce()
    {
        var builder = new StringBuilder("{\"Models\": [");
        var count = 0;
        while (builder.Length < 3_900_000)
        {
            builder.Append("\"amazon.nova-micro-v1:0\", 1, {\"k\": [true, null]},\n");
            count++;
        }

        builder.Append("\"" + Opus46 + "\"]}");
        var diagnostics = await RunAsync(new[] { ("appsettings.json", builder.ToString()) });
        Assert.That(diagnostics.Single().Properties["json_pointer"], Is.EqualTo("/Models/" + (count * 3)));
    }

    [Test]
    public async Task ADeeplyNestedFileNeverThrows()
    {
        var deep = new string('[', 100_000) + "\"" + Opus46 + "\"" + new string(']', 100_000);
        Assert.That(await RunAsync(new[] { ("appsettings.json", deep) }), Is.Empty);
    }

    // ---------------------------------------------------------------- helpers

    private static DiagnosticResult Expect(string id, int location, DiagnosticSeverity severity = DiagnosticSeverity.Info)
        => new DiagnosticResult(id, severity).WithLocation(location);

    private static Task VerifyAsync((string Path, string Content) file, params DiagnosticResult[] expected)
    {
        var test = Create(file);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyWithConfigAsync(string config, string json, params DiagnosticResult[] expected)
    {
        var test = Create(("/0/appsettings.json", json));
        test.TestState.AnalyzerConfigFiles.Add((config.StartsWith("is_global", StringComparison.Ordinal) ? "/.globalconfig" : "/0/.editorconfig", config));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Verifier<ConfigurationFileAnalyzer, CodeFixes.ReplaceValueCodeFixProvider>.Test Create((string Path, string Content) file)
    {
        var test = new Verifier<ConfigurationFileAnalyzer, CodeFixes.ReplaceValueCodeFixProvider>.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        return test;
    }

    /// <summary>Runs the analyzer on real file contents, collecting analyzer exceptions as failures.</summary>
    internal static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<(string Path, string Content)> files, IEnumerable<MetadataReference>? references = null, params (string Key, string Value)[] options)
    {
        var compilation = CSharpCompilation.Create("Test", new[] { CSharpSyntaxTree.ParseText(Code, path: "/Test0.cs") },
            references ?? TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions(
            files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Content)).ToImmutableArray(), new DictionaryOptionsProvider(options));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ConfigurationFileAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.That(exceptions, Is.Empty);
        return diagnostics;
    }

    internal sealed class InMemoryText(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
