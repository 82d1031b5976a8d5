using System.Collections.Immutable;
using GreenAnalyzers.Analyzers;
using GreenAnalyzers.Tests.Corpus;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RuleDescriptors = GreenAnalyzers.Descriptors.Rules;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>
/// <see cref="RuleHost"/>, the one analyzer the package ships: it reports what the rules report when each runs as an
/// analyzer of its own, does not start a rule whose diagnostics are all off, and keeps a failing rule from silencing
/// the others.
/// </summary>
public sealed class RuleHostTests
{
    [Test]
    public void TheHostSupportsEveryRuleDiagnosticOnce()
    {
        var host = new RuleHost();
        var ids = host.SupportedDiagnostics.Select(d => d.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.EquivalentTo(RuleHost.CreateRules().SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Distinct()));
            Assert.That(ids, Is.EquivalentTo(RuleDescriptors.All.Select(d => d.Id)));
        });
    }

    [Test]
    public void TheHostHostsEveryRule()
        => Assert.That(
            RuleHost.CreateRules().Select(r => r.GetType()),
            Is.EquivalentTo(typeof(RuleHost).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(GreenAnalyzer).IsAssignableFrom(t) && t != typeof(RuleHost))),
            "a rule the host does not list is shipped by nobody");

    [Test]
    public void OnlyTheHostIsLoadedByTheCompiler()
        => Assert.That(
            typeof(RuleHost).Assembly.GetTypes().Where(t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0),
            Is.EqualTo(new[] { typeof(RuleHost) }),
            "a rule with [DiagnosticAnalyzer] would run twice: on its own and in the host");

    public static IEnumerable<string> Projects() => CorpusTests.Apps().Append(Sample);

    private const string Sample = "samples/BedrockSupportDesk";

    /// <summary>The differential test: over every corpus app and the sample, the host reports exactly what the rules
    /// report as separate analyzers (id, place, message, properties).</summary>
    [TestCaseSource(nameof(Projects))]
    public async Task TheHostReportsWhatTheSeparateRulesReport(string project)
    {
        var (compilation, files) = project == Sample
            ? (CorpusTests.Compile("BedrockSupportDesk", CorpusTests.SampleSources()), CorpusTests.SampleFiles())
            : (CorpusTests.Compile(project, CorpusTests.Sources(project)), CorpusTests.Files(project));

        var hosted = await CorpusTests.AnalyzeAsync(compilation, files: files);
        var separate = await CorpusTests.AnalyzeAsync(compilation, files: files, analyzers: RuleHost.CreateRules().CastArray<DiagnosticAnalyzer>());
        Assert.Multiple(() =>
        {
            Assert.That(hosted.Exceptions.Concat(separate.Exceptions), Is.Empty);
            Assert.That(hosted.Diagnostics, Is.Not.Empty, "the control: the project has findings");
            Assert.That(Describe(hosted.Diagnostics), Is.EqualTo(Describe(separate.Diagnostics)));
        });
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} "
            + string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))
        .OrderBy(line => line, StringComparer.Ordinal)
        .ToList();

    /// <summary>Two rules whose findings sit away from their sink (a value written on one of two paths) in one member:
    /// both reach the member's single merged operation block action.</summary>
    [Test]
    public async Task FindingsAwayFromTheSinkAreReportedForEveryRule()
    {
        const string source = """
            using Amazon.BedrockRuntime.Model;
            using Amazon.SageMaker.Model;
            class C
            {
                (ConverseRequest, ProductionVariant) M(bool large)
                {
                    string model;
                    string instance;
                    if (large) { model = "anthropic.claude-v2"; instance = "ml.c6i.2xlarge"; }
                    else { model = "amazon.nova-micro-v1:0"; instance = "ml.c7g.large"; }
                    return (new ConverseRequest { ModelId = model }, new ProductionVariant { InstanceType = instance });
                }
            }
            """;
        var rules = ImmutableArray.Create<GreenAnalyzer>(new ModelIdAnalyzer(), new InstanceTypeAnalyzer());
        var hosted = await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(rules)), [source], concurrent: true);
        var separate = await AnalyzerRunner.RunAsync(rules.CastArray<DiagnosticAnalyzer>(), [source], concurrent: true);

        Assert.Multiple(() =>
        {
            Assert.That(hosted.CompilerErrors.Concat(separate.CompilerErrors), Is.Empty);
            Assert.That(hosted.AnalyzerExceptions, Is.Empty);
            var written = hosted.Diagnostics.Select(d => (d.Id, Text: d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))).ToList();
            Assert.That(written, Is.EquivalentTo(new[] { ("GA1002", "\"anthropic.claude-v2\""), ("GA3003", "\"ml.c6i.2xlarge\"") }));
            Assert.That(Describe(hosted.Diagnostics), Is.EqualTo(Describe(separate.Diagnostics)));
        });
    }

    /// <summary>
    /// The compiler reports a diagnostic an operation action places outside its operation as non-local (the IDE neither
    /// shows it live nor fixes it) only while the analyzer registers no operation block start and no symbol start action;
    /// registering either makes such diagnostics local (Roslyn's <c>AnalyzerDriver</c>). In one host, one rule registering
    /// either would change that for every rule, and <see cref="GreenAnalyzers.Diagnostics.SinkAction"/> is built on
    /// today's classification. Counted by the compiler, for every registration level, on the sample (every SDK present,
    /// so every rule registers all it can).
    /// </summary>
    [Test]
    public async Task NoRuleRegistersAnOperationBlockStartOrSymbolStartAction()
    {
        var compilation = CorpusTests.Compile("BedrockSupportDesk", CorpusTests.SampleSources());
        var files = CorpusTests.SampleFiles();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files.Texts, files), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzers = RuleHost.CreateRules().CastArray<DiagnosticAnalyzer>().Add(new RuleHost());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        var registering = new List<string>();
        var operationActions = 0;
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            operationActions += telemetry.OperationActionsCount;
            if (telemetry.OperationBlockStartActionsCount + telemetry.SymbolStartActionsCount > 0)
            {
                registering.Add($"{analyzer.GetType().Name}: {telemetry.OperationBlockStartActionsCount} operation block start, {telemetry.SymbolStartActionsCount} symbol start");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(operationActions, Is.GreaterThan(0), "the control: the rules registered their operation actions");
            Assert.That(
                registering,
                Is.Empty,
                "a rule registering an operation block start or symbol start action makes every hosted rule's findings away from "
                    + "the operation local (the compiler's classification is per analyzer); SinkAction relies on them being non-local");
        });
    }

    [Test]
    public async Task ARuleThatThrowsDoesNotSilenceTheOthers()
    {
        const string source = """
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest Direct() => new() { ModelId = "anthropic.claude-v2" };
                ConverseRequest Away(bool large)
                {
                    var model = "amazon.nova-micro-v1:0";
                    if (large) { model = "anthropic.claude-v2"; }
                    return new() { ModelId = model };
                }
            }
            """;
        var thrower = new Thrower();
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { thrower, new ModelIdAnalyzer() })), [source], concurrent: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(thrower.Calls, Is.GreaterThan(0), "the control: the failing rule ran");
            Assert.That(result.AnalyzerExceptions, Is.Not.Empty, "the failure is still reported (AD0001)");
            Assert.That(result.AnalyzerExceptions.Select(e => e.Message), Is.All.EqualTo(Thrower.Message));
            // The finding on the sink (operation action) and the one away from it (operation block action).
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1002", "GA1002" }));
        });
    }

    [Test]
    public async Task ARuleWhoseStartThrowsDoesNotStopTheOthers()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { new StartThrower(), new ModelIdAnalyzer() })),
            ["class C { Amazon.BedrockRuntime.Model.ConverseRequest M() => new() { ModelId = \"anthropic.claude-v2\" }; }"],
            concurrent: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions.Select(e => e.Message), Is.EqualTo(new[] { Thrower.Message }), "the failure is still reported (AD0001)");
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1002" }));
        });
    }

    // ---------------------------------------------------------------- rules switched off are not started

    [Test]
    public async Task ARuleSwitchedOffByNoWarnIsNotStarted()
    {
        var (off, on) = (new Probe(RuleDescriptors.UseSmallerModel), new Probe(RuleDescriptors.ReplaceLegacyModel));
        await RunAsync([off, on], specific: ("GA1001", ReportDiagnostic.Suppress));
        Assert.That((off.Starts, on.Starts), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task ARuleSwitchedOffInTheGlobalConfigIsNotStarted()
    {
        var (off, on) = (new Probe(RuleDescriptors.UseSmallerModel), new Probe(RuleDescriptors.ReplaceLegacyModel));
        await RunAsync([off, on], configs: [("/src/.globalconfig", "is_global = true\ndotnet_diagnostic.GA1001.severity = none\n")]);
        Assert.That((off.Starts, on.Starts), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task ARuleOnInOneFileIsStarted()
    {
        var (off, on) = (new Probe(RuleDescriptors.UseSmallerModel), new Probe(RuleDescriptors.ReplaceLegacyModel));
        await RunAsync(
            [off, on],
            specific: ("GA1001", ReportDiagnostic.Suppress),
            configs: [("/src/.globalconfig", "is_global = true\ndotnet_diagnostic.GA1001.severity = none\n"), ("/src/.editorconfig", "root = true\n[B.cs]\ndotnet_diagnostic.GA1001.severity = warning\n")]);
        Assert.That((off.Starts, on.Starts), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task ARuleWithOneDiagnosticStillOnIsStarted()
    {
        var (partly, control) = (new Probe(RuleDescriptors.UseSmallerModel, RuleDescriptors.ReplaceLegacyModel), new Probe(RuleDescriptors.BoundOutputLength));
        await RunAsync([partly, control], specific: ("GA1001", ReportDiagnostic.Suppress));
        Assert.That((partly.Starts, control.Starts), Is.EqualTo((1, 1)));
    }

    private const string Preset = "is_global = true\nglobal_level = -100\ndotnet_diagnostic.GA1001.severity = warning\n";
    private const string GlobalNone = "is_global = true\ndotnet_diagnostic.GA1001.severity = none\n";

    /// <summary>GA1001's settings for the compilation (<c>SpecificDiagnosticOptions</c>, a global config) and in files
    /// (an .editorconfig section), and whether the rule must start.</summary>
    public static IEnumerable<TestCaseData> Settings()
    {
        static TestCaseData Case(string name, ReportDiagnostic? specific, string? global, string? section, bool starts, string reportedIn)
            => new TestCaseData(specific, global, section, starts, reportedIn).SetName("GA1001 " + name);

        yield return Case("nowhere", null, null, null, starts: true, reportedIn: "A.cs B.cs");
        yield return Case("in NoWarn", ReportDiagnostic.Suppress, null, null, starts: false, reportedIn: "");
        yield return Case("none in the global config", null, GlobalNone, null, starts: false, reportedIn: "");
        yield return Case("warning in a preset, in NoWarn", ReportDiagnostic.Suppress, Preset, null, starts: false, reportedIn: "");
        yield return Case("warning in a preset, none in every file", null, Preset, "[*.cs]\ndotnet_diagnostic.GA1001.severity = none\n", starts: true, reportedIn: "");
        yield return Case("none in the global config, a warning as error", ReportDiagnostic.Error, GlobalNone, null, starts: true, reportedIn: "A.cs B.cs");
        yield return Case("none in the global config, warning in the rule set", ReportDiagnostic.Warn, GlobalNone, null, starts: true, reportedIn: "A.cs B.cs");
        yield return Case("warning in a preset, in NoWarn, warning in one file", ReportDiagnostic.Suppress, Preset, "[B.cs]\ndotnet_diagnostic.GA1001.severity = warning\n", starts: true, reportedIn: "");
        yield return Case("warning in the rule set, none in one file", ReportDiagnostic.Warn, null, "[B.cs]\ndotnet_diagnostic.GA1001.severity = none\n", starts: true, reportedIn: "A.cs B.cs");
        yield return Case("none in the global config, warning in one file", null, GlobalNone, "[B.cs]\ndotnet_diagnostic.GA1001.severity = warning\n", starts: true, reportedIn: "B.cs");
        yield return Case("warning in a preset, in NoWarn, none in every file", ReportDiagnostic.Suppress, Preset, "[*.cs]\ndotnet_diagnostic.GA1001.severity = none\n", starts: false, reportedIn: "");
    }

    /// <summary>The host starts a rule exactly when the compiler would start it as an analyzer of its own: a plain
    /// analyzer with the rule's diagnostic runs beside the host and shows the compiler's decision. The rule reports in
    /// every file, and the files the compiler keeps its diagnostic in show the precedence docs/configuration.md states
    /// (NoWarn / a rule set, then a file's own section, then the global config). The compiler starts an analyzer whose
    /// diagnostic NoWarn switches off but a file's section switches on, and then drops all it reports: the host does
    /// the same, not knowing whether an older compiler ranks the file's section first.</summary>
    [TestCaseSource(nameof(Settings))]
    public async Task ARuleStartsExactlyWhenTheCompilerWouldStartIt(ReportDiagnostic? specific, string? global, string? section, bool starts, string reportedIn)
    {
        var (rule, control) = (new Probe(RuleDescriptors.UseSmallerModel) { ReportsInEveryFile = true }, new Probe(RuleDescriptors.ReplaceLegacyModel));
        var alone = new CompilerProbe(RuleDescriptors.UseSmallerModel);
        var configs = new List<(string, string)>();
        if (global is not null)
        {
            configs.Add(("/src/.globalconfig", global));
        }

        if (section is not null)
        {
            configs.Add(("/src/.editorconfig", "root = true\n" + section));
        }

        var reported = await RunAsync([rule, control], specific is { } value ? ("GA1001", value) : null, [.. configs], alone);
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", reported.Select(d => Path.GetFileName(d.Location.SourceTree!.FilePath)).Order(StringComparer.Ordinal)), Is.EqualTo(reportedIn));
            Assert.That(alone.Starts, Is.EqualTo(starts ? 1 : 0), "the compiler's decision for an analyzer of its own");
            Assert.That(rule.Starts, Is.EqualTo(alone.Starts), "the host's decision");
            Assert.That(control.Starts, Is.EqualTo(1));
        });
    }

    /// <summary>Runs a host of <paramref name="rules"/> on a two-file project whose options come from real analyzer
    /// config files, as a build or the IDE computes them.</summary>
    private static async Task<ImmutableArray<Diagnostic>> RunAsync(GreenAnalyzer[] rules, (string Id, ReportDiagnostic Value)? specific = null, (string Path, string Text)[]? configs = null, DiagnosticAnalyzer? beside = null)
    {
        using var workspace = new AdhocWorkspace();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (specific is { } pair)
        {
            options = options.WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>(pair.Id, pair.Value)]);
        }

        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "P", "P", LanguageNames.CSharp, filePath: "/src/P.csproj",
                compilationOptions: options, metadataReferences: TestReferences.All))
            .AddDocument(DocumentId.CreateNewId(projectId), "A.cs", SourceText.From("class A { }"), filePath: "/src/A.cs")
            .AddDocument(DocumentId.CreateNewId(projectId), "B.cs", SourceText.From("class B { }"), filePath: "/src/B.cs");
        foreach (var (path, text) in configs ?? [])
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        var withAnalyzers = compilation.WithAnalyzers(
            beside is null ? [new RuleHost(rules)] : [new RuleHost(rules), beside],
            new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.That(diagnostics.Where(d => d.Id == "AD0001"), Is.Empty);
        return diagnostics;
    }

#pragma warning disable RS1001, RS1012 // test rules, run only inside a RuleHost; the probe's start action only counts
    /// <summary>A rule that reports the given diagnostics and counts the compilations it is started for; it reports its
    /// first diagnostic at the start of every file when <see cref="ReportsInEveryFile"/>.</summary>
    private sealed class Probe(params DiagnosticDescriptor[] descriptors) : GreenAnalyzer
    {
        private int _starts;

        public int Starts => _starts;

        public bool ReportsInEveryFile { get; init; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. descriptors];

        private protected override void Register(AnalysisContext context)
            => context.RegisterCompilationStartAction(start =>
            {
                Interlocked.Increment(ref _starts);
                if (ReportsInEveryFile)
                {
                    start.RegisterSyntaxTreeAction(tree => tree.ReportDiagnostic(Diagnostic.Create(
                        descriptors[0], Location.Create(tree.Tree, new TextSpan(0, 0)), "m", "x", "y", "z", "w", "v")));
                }
            });
    }

    /// <summary>An analyzer of its own (not hosted) that counts the compilations the compiler starts it for.</summary>
    private sealed class CompilerProbe(params DiagnosticDescriptor[] descriptors) : DiagnosticAnalyzer
    {
        private int _starts;

        public int Starts => _starts;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. descriptors];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(_ => Interlocked.Increment(ref _starts));
        }
    }

    /// <summary>A rule whose compilation start fails.</summary>
    private sealed class StartThrower : GreenAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RuleDescriptors.BoundOutputLength];

        private protected override void Register(AnalysisContext context)
            => context.RegisterCompilationStartAction(_ => throw new InvalidOperationException(Thrower.Message));
    }

    /// <summary>A rule that fails on every operation and operation block, before the rules registered after it.</summary>
    private sealed class Thrower : GreenAnalyzer
    {
        public const string Message = "a rule's bug";

        private int _calls;

        public int Calls => _calls;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RuleDescriptors.BoundOutputLength];

        private protected override void Register(AnalysisContext context)
        {
            context.RegisterOperationAction(Fail, Enum.GetValues<OperationKind>().Where(kind => kind != OperationKind.None).Distinct().ToImmutableArray());
            context.RegisterOperationBlockAction(Fail);
        }

        private void Fail<T>(T context)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException(Message);
        }
    }
}
