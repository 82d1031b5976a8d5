using GreenAnalyzers.Analyzers;
using GreenAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Configuration;

/// <summary>Code that reads a model id or an instance type from configuration (Microsoft.Extensions.Configuration: the
/// indexer, <c>GetValue</c>, sections, options classes bound to a section) is judged with the value the project's
/// configuration files hold, by the rules of the sink it reaches, at the sink, without a fix; GA1003 quotes its price.</summary>
public sealed class ConfigurationBindingTests
{
    private const string Opus46 = "anthropic.claude-opus-4-6-v1";
    private const string Settings = """{ "Bedrock": { "ModelId": "anthropic.claude-opus-4-6-v1", "Models": { "Chat": "anthropic.claude-v2" } }, "Jobs": { "InstanceType": "ml.g5.xlarge" } }""";

    private const string Usings = """
        using Amazon.BedrockRuntime.Model;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        """;

    private static readonly string Suffix = " (configuration 'Bedrock:ModelId' in appsettings.json)";

    // ---------------------------------------------------------------- reads with a key

    [Test]
    public Task EveryReadWithAKey() => ModelIdAsync(Usings + """
        class Service
        {
            readonly IConfiguration _config;
            Service(IConfiguration config) => _config = config;

            object[] Requests(IConfigurationRoot root, ConfigurationManager manager)
            {
                var section = _config.GetSection("Bedrock");
                return new object[]
                {
                    new ConverseRequest { ModelId = {|GA1001:_config["Bedrock:ModelId"]|} },
                    new ConverseRequest { ModelId = {|GA1001:root.GetValue<string>("Bedrock:ModelId")|} },
                    new ConverseRequest { ModelId = {|GA1001:manager.GetSection("Bedrock")["ModelId"]|} },
                    new ConverseRequest { ModelId = {|GA1001:section.GetValue<string>("ModelId", "amazon.nova-micro-v1:0")|} },
                    new ConverseRequest { ModelId = {|GA1001:_config.GetRequiredSection("Bedrock:ModelId").Value|} },
                    new ConverseRequest { ModelId = {|GA1001:_config["bedrock:modelid"]|} }, // keys ignore case, as in .NET
                    new ConverseRequest { ModelId = {|GA1002:_config.GetSection("Bedrock").GetSection("Models")["Chat"]|} },
                };
            }
        }
        """);

    [Test]
    public async Task MessageNamesTheKeyAndTheFileAndTheSinkSeverityHolds()
    {
        var test = Create<ModelIdAnalyzer>();
        test.TestCode = Usings + """
            class C { object M(IConfiguration config) => new ConverseRequest { ModelId = {|#0:config["Bedrock:ModelId"]|} }; }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA1001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("'anthropic.claude-opus-4-6-v1' is a frontier-tier model; 'anthropic.claude-sonnet-5-5' costs 2.5x less per token ($5.50/$27.50 → $2.20/$11.00 per 1M input/output tokens, "
                + "LiteLLM price list, 2026-07-24 / Anthropic pricing, 2026-10-07); Bedrock serves 'anthropic.claude-sonnet-5-5' only through inference profiles: "
                + "choose one of 'global.anthropic.claude-sonnet-5-5', 'us.anthropic.claude-sonnet-5-5', 'eu.anthropic.claude-sonnet-5-5'" + Suffix));
        await test.RunAsync();
    }

    // ---------------------------------------------------------------- options classes bound to a section

    [Test]
    public Task OptionsClassesBoundToASection() => ModelIdAsync(Usings + """
        class BedrockOptions
        {
            public string ModelId { get; set; } = "";
            public ModelNames Models { get; set; } = new();
        }

        class ModelNames { public string Chat { get; set; } = ""; }

        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration config)
                => services.Configure<BedrockOptions>(config.GetSection("Bedrock"));
        }

        class Chat
        {
            readonly BedrockOptions _options;
            Chat(IOptions<BedrockOptions> options) => _options = options.Value;

            object A(IOptions<BedrockOptions> options) => new ConverseRequest { ModelId = {|GA1001:options.Value.ModelId|} };
            object B() => new ConverseRequest { ModelId = {|GA1002:_options.Models.Chat|} };
            object C(IOptionsMonitor<BedrockOptions> monitor) => new ConverseRequest { ModelId = {|GA1001:monitor.CurrentValue.ModelId|} };
        }
        """);

    [TestCase("services.AddOptions<BedrockOptions>().Bind(config.GetSection(\"Bedrock\"));")]
    [TestCase("services.AddOptions<BedrockOptions>().BindConfiguration(\"Bedrock\");")]
    [TestCase("config.GetSection(\"Bedrock\").Bind(new BedrockOptions());")]
    [TestCase("config.Bind(\"Bedrock\", new BedrockOptions());")]
    [TestCase("_ = config.GetSection(\"Bedrock\").Get<BedrockOptions>();")]
    [TestCase("services.Configure<BedrockOptions>(\"named\", config.GetSection(\"Bedrock\"));")]
    public Task EveryWayToBind(string binding) => ModelIdAsync(Usings + $$"""
        class BedrockOptions { public string ModelId { get; set; } = ""; }

        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration config)
            {
                {{binding}}
            }
        }

        class Chat
        {
            object A(BedrockOptions options) => new ConverseRequest { ModelId = {|GA1001:options.ModelId|} };
        }
        """);

    // ---------------------------------------------------------------- the sink's api and the request's other rules

    [Test]
    public Task InstanceTypesAreJudgedForTheSinkTheyReach() => Verify<InstanceTypeAnalyzer>("""
        using Amazon.SageMaker.Model;
        using Microsoft.Extensions.Configuration;
        class Jobs
        {
            // In the file, "Jobs:InstanceType" alone would be read as hosting; the code sends it to a training job.
            object Train(IConfiguration config) => new ResourceConfig { InstanceType = {|GA3002:config["Jobs:InstanceType"]|}, InstanceCount = 1 };
            object Serve(IConfiguration config) => new ProductionVariant { InstanceType = {|GA3001:config["Jobs:InstanceType"]|} };
        }
        """);

    [Test]
    public async Task BoundOutputLengthQuotesThePriceOfTheConfiguredModel()
    {
        var test = Create<ConverseRequestAnalyzer>();
        test.TestCode = Usings + """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            class C { Task M(IAmazonBedrockRuntime client, IConfiguration config) => client.ConverseAsync({|#0:new ConverseRequest|} { ModelId = config["Bedrock:ModelId"] }); }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA1003", DiagnosticSeverity.Info).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("ConverseRequest sets no InferenceConfig.MaxTokens, so each reply may run to the model's output limit, at $27.50 per 1M output tokens "
                + "for 'anthropic.claude-opus-4-6-v1' (LiteLLM price list, 2026-07-24); bound it"));
        await test.RunAsync();
    }

    [Test]
    public Task EachFileThatHoldsTheKeyIsJudged()
    {
        var test = Create<ModelIdAnalyzer>();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Development.json", """{ "Bedrock": { "ModelId": "anthropic.claude-v2" } }"""));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Staging.json", """{ "Bedrock": { "ModelId": "anthropic.claude-opus-4-6-v1" } }""")); // same value: judged once
        test.TestCode = Usings + """
            class C { object M(IConfiguration config) => new ConverseRequest { ModelId = {|#0:config["Bedrock:ModelId"]|} }; }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA1001", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA1002", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        return test.RunAsync();
    }

    [Test]
    public Task AValueReadIntoASinkIsJudgedThereNotAgainInTheFile()
    {
        // The code sends Bedrock:ModelId to a ConverseRequest (judged there, by ModelIdAnalyzer); Bedrock:Models:Chat is read
        // nowhere, so the file's own, inferred finding stays; Jobs:InstanceType reaches a training job, where the file's
        // hosting reading (GA3001) would be wrong.
        var test = new Verifier<ConfigurationFileAnalyzer, ReplaceValueCodeFixProvider>.Test();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """
            { "Bedrock": { "ModelId": "anthropic.claude-opus-4-6-v1", "Models": { "Chat": {|#0:"anthropic.claude-v2"|} } }, "Jobs": { "InstanceType": "ml.g5.xlarge" } }
            """));
        test.TestCode = Usings + """
            using Amazon.SageMaker.Model;
            class C
            {
                object M(IConfiguration config) => new ConverseRequest { ModelId = config["Bedrock:ModelId"] };
                object T(IConfiguration config) => new ResourceConfig { InstanceType = config.GetSection("jobs")["instancetype"] };
            }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA1002", DiagnosticSeverity.Info).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- must not flag

    [Test]
    public Task UnknownReadsAreSilent() => ModelIdAsync(Usings + """
        class BedrockOptions { public string ModelId { get; set; } = ""; }
        class Twice { public string ModelId { get; set; } = ""; }
        class Unbound { public string ModelId { get; set; } = ""; }

        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration config)
            {
                services.Configure<Twice>(config.GetSection("Bedrock"));
                services.Configure<Twice>(config.GetSection("Other"));
            }
        }

        class C
        {
            object[] M(IConfiguration config, IConfigurationSection given, string key, Twice twice, Unbound unbound) => new object[]
            {
                new ConverseRequest { ModelId = config["Bedrock:Missing"] },
                new ConverseRequest { ModelId = config[key] },
                new ConverseRequest { ModelId = config.GetSection(key)["ModelId"] },
                new ConverseRequest { ModelId = given["ModelId"] },                  // a section of unknown origin
                new ConverseRequest { ModelId = config["Jobs:InstanceType"] },       // not a model id
                new ConverseRequest { ModelId = twice.ModelId },                     // bound to two sections
                new ConverseRequest { ModelId = unbound.ModelId },
                new ConverseRequest { ModelId = config.GetValue<string>("Bedrock") },
            };
        }
        """);

    [Test]
    public Task NothingIsReadWhenConfigurationFilesAreSwitchedOff()
    {
        var test = Create<ModelIdAnalyzer>();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ngreen_analyzers.configuration_files = false\n"));
        test.TestCode = Usings + """
            class C { object M(IConfiguration config) => new ConverseRequest { ModelId = config["Bedrock:ModelId"] }; }
            """;
        return test.RunAsync();
    }

    [Test]
    public async Task HalfTypedReadsNeverThrow()
    {
        var source = Usings + """
            class BedrockOptions { public string ModelId { get; set; } = ""; }
            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration config)
                {
                    services.Configure<BedrockOptions>(config.GetSection());
                    services.Configure<BedrockOptions>(config.GetSection("Bedrock")
                    config.Bind(, new BedrockOptions());
                }
            }
            class C
            {
                object[] M(IConfiguration config, BedrockOptions options) => new object[]
                {
                    new ConverseRequest { ModelId = config[] },
                    new ConverseRequest { ModelId = config.GetValue<string>() },
                    new ConverseRequest { ModelId = config.GetSection("Bedrock"). },
                    new ConverseRequest { ModelId = options. },
                    new ConverseRequest { ModelId = options.ModelId },
                };
            }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Test",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "/Test0.cs") }, TestReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new AnalyzerOptions(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new ConfigurationFileTests.InMemoryText("/0/appsettings.json", Settings)));
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new ModelIdAnalyzer(), new InstanceTypeAnalyzer(), new ConverseRequestAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, true, false))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), Is.True, "the code is half-typed");
            Assert.That(exceptions, Is.Empty);
            Assert.That(diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)), Is.Empty);
        });
    }

    private static Task ModelIdAsync(string source) => Verify<ModelIdAnalyzer>(source);

    private static Task Verify<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = Create<TAnalyzer>();
        test.TestCode = source;
        return test.RunAsync();
    }

    private static Verifier<TAnalyzer, ReplaceValueCodeFixProvider>.Test Create<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Verifier<TAnalyzer, ReplaceValueCodeFixProvider>.Test();
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", Settings));
        return test;
    }
}
