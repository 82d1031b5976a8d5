using System.Collections.Concurrent;
using System.Collections.Immutable;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RuleDescriptors = GreenAnalyzers.Descriptors.Rules;

namespace GreenAnalyzers.Tests.Rules;

/// <summary><see cref="KeyedAction"/>: hosted, the host calls a keyed action for the creations of its types and the
/// assignments to its properties only; a rule run alone filters the same operations itself; a keyed action that fails
/// silences no other rule.</summary>
public sealed class KeyedActionTests
{
    private const string Source = """
        using Amazon.BedrockRuntime.Model;
        class Own { public string? ModelId { get; set; } public string? Field; }
        class C
        {
            private string? ModelId;
            void M(Own own)
            {
                var request = new ConverseRequest { ModelId = "a", InferenceConfig = new InferenceConfiguration { MaxTokens = 5 } };
                request.ModelId = "b";
                var message = new Message();
                var plain = new object();
                own.ModelId = "c";
                own.Field = "d";
                ModelId = "e";
                var stream = new ConverseStreamRequest { ModelId = "f" };
                System.Func<ConverseRequest> make = () => new ConverseRequest();
            }
        }
        """;

    [Test]
    public async Task TheHostCallsAKeyedActionForItsKeysOnlyAsTheRuleAloneFiltersThem()
    {
        var hosted = new Recorder();
        var alone = new Recorder();
        var hostedResult = await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { hosted })), [Source], concurrent: false);
        var aloneResult = await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(alone), [Source], concurrent: false);

        var expected = new[]
        {
            "creation new ConverseRequest { ModelId = \"a\", InferenceConfig = new InferenceConfiguration { MaxTokens = 5 } }",
            "creation new ConverseRequest()",
            "assignment ModelId = \"a\"",
            "assignment request.ModelId = \"b\"",
            "assignment own.ModelId = \"c\"",
            "assignment ModelId = \"f\"",
        };
        Assert.Multiple(() =>
        {
            Assert.That(hostedResult.CompilerErrors, Is.Empty);
            Assert.That(hostedResult.AnalyzerExceptions, Is.Empty);
            Assert.That(aloneResult.AnalyzerExceptions, Is.Empty);
            Assert.That(hosted.Seen.Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)), "hosted");
            Assert.That(alone.Seen.Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)), "alone");
        });
    }

    [Test]
    public async Task TheCreationsOfAGenericTypeComeUnderItsDefinition()
    {
        const string source = "using System.Collections.Generic; class C { object M() => (new List<int>(), new List<string> { \"a\" }, new Dictionary<int, int>()); }";
        var hosted = new Recorder("System.Collections.Generic.List`1");
        var alone = new Recorder("System.Collections.Generic.List`1");
        await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { hosted })), [source], concurrent: false);
        await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(alone), [source], concurrent: false);
        var expected = new[] { "creation new List<int>()", "creation new List<string> { \"a\" }" };
        Assert.Multiple(() =>
        {
            Assert.That(hosted.Seen.Order(StringComparer.Ordinal), Is.EqualTo(expected), "hosted");
            Assert.That(alone.Seen.Order(StringComparer.Ordinal), Is.EqualTo(expected), "alone");
        });
    }

    /// <summary>A registration is called once per operation even when two of its keys name one type; two registrations
    /// are two calls: hosted as alone.</summary>
    [Test]
    public async Task EachRegistrationIsCalledOncePerOperationHostedAsAlone()
    {
        const string source = "class C { object M() => new Amazon.BedrockRuntime.Model.ConverseRequest(); }";
        var hosted = new Twice();
        var alone = new Twice();
        await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { hosted })), [source], concurrent: false);
        await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(alone), [source], concurrent: false);
        Assert.Multiple(() =>
        {
            Assert.That(hosted.Calls, Is.EqualTo(2), "hosted");
            Assert.That(alone.Calls, Is.EqualTo(2), "alone");
        });
    }

    [Test]
    public async Task AKeyedActionThatThrowsDoesNotSilenceTheOthers()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new RuleHost(new GreenAnalyzer[] { new Thrower(), new ModelIdAnalyzer() })),
            ["class C { Amazon.BedrockRuntime.Model.ConverseRequest M() => new() { ModelId = \"anthropic.claude-v2\" }; }"],
            concurrent: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions.Select(e => e.Message), Is.Not.Empty.And.All.EqualTo(Thrower.Message), "the failure is still reported (AD0001)");
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1002" }), "the model rule, keyed on the same assignment, still ran");
        });
    }

#pragma warning disable RS1001 // test rules, run inside a RuleHost or alone
    /// <summary>Records the operations its keyed actions are called for: creations of the type named (ConverseRequest
    /// unless told), assignments to properties named ModelId.</summary>
    private sealed class Recorder(string createdType = "Amazon.BedrockRuntime.Model.ConverseRequest") : GreenAnalyzer
    {
        public ConcurrentBag<string> Seen { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RuleDescriptors.BoundOutputLength];

        private protected override void Register(AnalysisContext context)
            => context.RegisterCompilationStartAction(start =>
            {
                var created = start.Compilation.GetTypeByMetadataName(createdType)!;
                KeyedAction.RegisterCreation(start, [created], operation => Seen.Add("creation " + operation.Operation.Syntax));
                KeyedAction.RegisterPropertyAssignment(start, ["ModelId"], operation => Seen.Add("assignment " + operation.Operation.Syntax));
            });
    }

    /// <summary>Registers one action twice, the first time with the same type twice.</summary>
    private sealed class Twice : GreenAnalyzer
    {
        private int _calls;

        public int Calls => _calls;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RuleDescriptors.BoundOutputLength];

        private protected override void Register(AnalysisContext context)
            => context.RegisterCompilationStartAction(start =>
            {
                var request = start.Compilation.GetTypeByMetadataName("Amazon.BedrockRuntime.Model.ConverseRequest")!;
                Action<OperationAnalysisContext> count = _ => Interlocked.Increment(ref _calls);
                KeyedAction.RegisterCreation(start, [request, request], count);
                KeyedAction.RegisterCreation(start, [request], count);
            });
    }

    /// <summary>A rule whose keyed actions fail, on the assignments and creations the model rule judges.</summary>
    private sealed class Thrower : GreenAnalyzer
    {
        public const string Message = "a keyed rule's bug";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RuleDescriptors.BoundOutputLength];

        private protected override void Register(AnalysisContext context)
            => context.RegisterCompilationStartAction(start =>
            {
                var request = start.Compilation.GetTypeByMetadataName("Amazon.BedrockRuntime.Model.ConverseRequest")!;
                KeyedAction.RegisterCreation(start, [request], _ => throw new InvalidOperationException(Message));
                KeyedAction.RegisterPropertyAssignment(start, ["ModelId"], _ => throw new InvalidOperationException(Message));
            });
    }
#pragma warning restore RS1001
}
