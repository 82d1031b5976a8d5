using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Values;

/// <summary>
/// Values held the way real code holds them (issue 17, item 1), through the rules of each value kind: model ids (GA1002),
/// instance types (GA3001), ONNX model paths (GA4001), customization types (GA2001) and enum options (GA4004). A value
/// reaching the sink alone is reported on the sink; one of several (paths, branches, elements) where it is written. Fixes
/// edit the place the value is written, and Fix All (document, project, solution) gives the same result.
/// </summary>
public sealed class ValueFlowTests
{
    // Profile ids: Sonnet 5.5 is served only through inference profiles, so a fix keeps the us. profile.
    private const string ClaudeV2 = "us.anthropic.claude-v2";           // end of life → Sonnet 5.5
    private const string Sonnet55 = "us.anthropic.claude-sonnet-5-5"; // the current large-tier Claude (Sonnet 4.6 is legacy at Anthropic)
    private const string TitanExpress = "amazon.titan-text-express-v1"; // end of life → Nova Micro
    private const string NovaMicro = "amazon.nova-micro-v1:0";

    // ---------------------------------------------------------------- a local assigned once

    [Test]
    public Task LocalAssignedOnceIsReportedOnTheSinkAndFixedAtItsDeclaration() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Summaries
        {
            async Task<string> SummarizeAsync(IAmazonBedrockRuntime bedrock, string text)
            {
                var modelId = "{{ClaudeV2}}"; // the team's default
                var request = new ConverseRequest { ModelId = {|GA1002:modelId|} };
                var response = await bedrock.ConverseAsync(request);
                return response.Output.Message.Content[0].Text;
            }

            Task<InvokeModelResponse> Raw(IAmazonBedrockRuntime bedrock)
            {
                string id = $"us.{{TitanExpress}}";
                return bedrock.InvokeModelAsync(new InvokeModelRequest { ModelId = {|GA1002:id|} });
            }
        }
        """,
        $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Summaries
        {
            async Task<string> SummarizeAsync(IAmazonBedrockRuntime bedrock, string text)
            {
                var modelId = "{{Sonnet55}}"; // the team's default
                var request = new ConverseRequest { ModelId = modelId };
                var response = await bedrock.ConverseAsync(request);
                return response.Output.Message.Content[0].Text;
            }

            Task<InvokeModelResponse> Raw(IAmazonBedrockRuntime bedrock)
            {
                string id = $"us.{{NovaMicro}}";
                return bedrock.InvokeModelAsync(new InvokeModelRequest { ModelId = id });
            }
        }
        """);

    [Test]
    public Task LocalAssignedOnceForInstanceTypesCustomizationAndOnnx()
    {
        var instance = InstanceVerifier.CodeFixAsync(
            """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Deploy
            {
                ProductionVariant Variant()
                {
                    var instanceType = ProductionVariantInstanceType.MlG5Xlarge;
                    return new ProductionVariant { VariantName = "all", InstanceType = {|GA3001:instanceType|} };
                }
            }
            """,
            """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Deploy
            {
                ProductionVariant Variant()
                {
                    var instanceType = ProductionVariantInstanceType.MlInf2Xlarge;
                    return new ProductionVariant { VariantName = "all", InstanceType = instanceType };
                }
            }
            """);
        var customization = CustomizationVerifier.AnalyzerAsync("""
            using Amazon.Bedrock.Model;
            class Jobs
            {
                object Job()
                {
                    var type = "CONTINUED_PRE_TRAINING";
                    return new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:type|} };
                }
            }
            """);
        var onnx = OnnxSessionVerifier.AnalyzerAsync("""
            using System;
            using System.IO;
            using Microsoft.ML.OnnxRuntime;
            class Scorer
            {
                InferenceSession Open()
                {
                    var modelPath = Path.Combine(AppContext.BaseDirectory, "models", "ranker.onnx");
                    return new InferenceSession({|GA4001:modelPath|});
                }
                InferenceSession Literal()
                {
                    string path = "models/ranker.onnx";
                    return new InferenceSession({|GA4001:path|});
                }
            }
            """);
        return Task.WhenAll(instance, customization, onnx);
    }

    // ---------------------------------------------------------------- a local assigned on several paths

    [Test]
    public Task EachConstantPathIsJudgedWhereItIsWritten() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using System;
        using Amazon.BedrockRuntime.Model;
        class Router
        {
            ConverseRequest Route(string tier, string configured)
            {
                string modelId;
                if (tier == "legacy")
                {
                    modelId = {|GA1002:"{{ClaudeV2}}"|};
                }
                else if (tier == "cheap")
                {
                    modelId = "{{NovaMicro}}";
                }
                else
                {
                    modelId = configured;                      // unknown: silent
                }

                return new ConverseRequest { ModelId = modelId };
            }

            ConverseRequest Switch(int kind)
            {
                var id = kind switch { 0 => "{{Sonnet55}}", _ => {|GA1002:"{{TitanExpress}}"|} };
                return new ConverseRequest { ModelId = id };
            }

            ConverseRequest Fallback(string? fromConfig) => new() { ModelId = fromConfig ?? {|GA1002:"{{ClaudeV2}}"|} };

            ConverseRequest Ternary(bool fast) => new() { ModelId = fast ? "{{NovaMicro}}" : {|GA1002:"{{TitanExpress}}"|} };
        }
        """,
        $$"""
        using System;
        using Amazon.BedrockRuntime.Model;
        class Router
        {
            ConverseRequest Route(string tier, string configured)
            {
                string modelId;
                if (tier == "legacy")
                {
                    modelId = "{{Sonnet55}}";
                }
                else if (tier == "cheap")
                {
                    modelId = "{{NovaMicro}}";
                }
                else
                {
                    modelId = configured;                      // unknown: silent
                }

                return new ConverseRequest { ModelId = modelId };
            }

            ConverseRequest Switch(int kind)
            {
                var id = kind switch { 0 => "{{Sonnet55}}", _ => "{{NovaMicro}}" };
                return new ConverseRequest { ModelId = id };
            }

            ConverseRequest Fallback(string? fromConfig) => new() { ModelId = fromConfig ?? "{{Sonnet55}}" };

            ConverseRequest Ternary(bool fast) => new() { ModelId = fast ? "{{NovaMicro}}" : "{{NovaMicro}}" };
        }
        """);

    [Test]
    public Task OnlyTheWritesThatReachTheSinkCount() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using System;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            static string Load() => Environment.GetEnvironmentVariable("MODEL_ID")!;

            ConverseRequest Overwritten()
            {
                var id = "{{ClaudeV2}}";                       // dead: always overwritten before the sink
                id = "{{Sonnet55}}";
                return new ConverseRequest { ModelId = id };
            }

            ConverseRequest ConfiguredAfterwards()
            {
                var id = "{{ClaudeV2}}";
                id = Load();
                return new ConverseRequest { ModelId = id };
            }

            ConverseRequest WrittenAfterTheSink(out string used)
            {
                var id = "{{Sonnet55}}";
                var request = new ConverseRequest { ModelId = id };
                id = "{{ClaudeV2}}";                          // after the only read
                used = id;
                return request;
            }

            ConverseRequest ByRef()
            {
                var id = "{{ClaudeV2}}";
                Adjust(ref id);                               // changed by a callee: unknown
                return new ConverseRequest { ModelId = id };
            }

            ConverseRequest InALambda()
            {
                var id = "{{ClaudeV2}}";
                Action reset = () => id = Load();             // written whenever the lambda runs: unknown
                reset();
                return new ConverseRequest { ModelId = id };
            }

            static void Adjust(ref string id) => id = Load();
        }
        """);

    [Test]
    public Task SeveralPathsForInstanceTypesAndCustomization()
    {
        var instance = InstanceVerifier.CodeFixAsync(
            """
            using Amazon.SageMaker.Model;
            class Deploy
            {
                ProductionVariant Variant(bool large, string? overrideType)
                {
                    string type = large ? {|GA3001:"ml.g5.12xlarge"|} : {|GA3001:"ml.g5.xlarge"|};
                    if (overrideType is not null)
                    {
                        type = overrideType;
                    }

                    return new ProductionVariant { InstanceType = type };
                }
            }
            """,
            """
            using Amazon.SageMaker.Model;
            class Deploy
            {
                ProductionVariant Variant(bool large, string? overrideType)
                {
                    string type = large ? "ml.inf2.24xlarge" : "ml.inf2.xlarge";
                    if (overrideType is not null)
                    {
                        type = overrideType;
                    }

                    return new ProductionVariant { InstanceType = type };
                }
            }
            """);
        var customization = CustomizationVerifier.AnalyzerAsync("""
            using Amazon.Bedrock;
            using Amazon.Bedrock.Model;
            class Jobs
            {
                object Job(bool domainAdaptation)
                {
                    var type = CustomizationType.FINE_TUNING;
                    if (domainAdaptation)
                    {
                        type = {|GA2001:CustomizationType.CONTINUED_PRE_TRAINING|};
                    }

                    return new CreateModelCustomizationJobRequest { CustomizationType = type };
                }
            }
            """);
        return Task.WhenAll(instance, customization);
    }

    // ---------------------------------------------------------------- fields

    [Test]
    public Task FieldsWrittenOnlyByTheirInitializerOrInConstructors() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class ChatService
        {
            private static string DefaultModel = "{{ClaudeV2}}";
            private readonly string _summaryModel;
            private string _titleModel;
            internal static string InternalModel = "{{TitanExpress}}";

            public ChatService()
            {
                _summaryModel = "{{TitanExpress}}";
                _titleModel = "{{NovaMicro}}";
            }

            public ChatService(bool legacy) : this()
            {
            }

            ConverseRequest Chat() => new() { ModelId = {|GA1002:DefaultModel|} };
            ConverseRequest Summary() => new() { ModelId = {|GA1002:_summaryModel|} };
            ConverseRequest Title() => new() { ModelId = _titleModel };
            ConverseRequest Internal() => new() { ModelId = {|GA1002:InternalModel|} };
        }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class ChatService
        {
            private static string DefaultModel = "{{Sonnet55}}";
            private readonly string _summaryModel;
            private string _titleModel;
            internal static string InternalModel = "{{NovaMicro}}";

            public ChatService()
            {
                _summaryModel = "{{NovaMicro}}";
                _titleModel = "{{NovaMicro}}";
            }

            public ChatService(bool legacy) : this()
            {
            }

            ConverseRequest Chat() => new() { ModelId = DefaultModel };
            ConverseRequest Summary() => new() { ModelId = _summaryModel };
            ConverseRequest Title() => new() { ModelId = _titleModel };
            ConverseRequest Internal() => new() { ModelId = InternalModel };
        }
        """);

    [Test]
    public Task ConstructorsWritingDifferentValuesAreEachJudged() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker.Model;
        class Hosting
        {
            private readonly string _instanceType;
            public Hosting() { _instanceType = "ml.g5.xlarge"; }
            public Hosting(int replicas) { _instanceType = "ml.inf2.xlarge"; }
            public Hosting(string configured) { _instanceType = configured; }
            // The GPU write sits in another member: reported on the sink, where the IDE shows it; the fix edits the constructor.
            ProductionVariant Variant() => new() { InstanceType = {|GA3001:_instanceType|} };
        }
        """);

    [Test]
    public Task FieldsOthersCanWriteStayUnknown()
    {
        var source = $$"""
            using System.Runtime.CompilerServices;
            using Amazon.BedrockRuntime.Model;
            public class Settings
            {
                public static string PublicModel = "{{ClaudeV2}}";          // any assembly can write it
                protected string ProtectedModel = "{{ClaudeV2}}";           // derived classes elsewhere can
                private string _configured = "{{ClaudeV2}}";                // written by a method
                private string _initializedThenOverwritten = "{{ClaudeV2}}"; // initializer and constructor: depends on the constructor
                private string _byRef = "{{ClaudeV2}}";
                private static string _compound = "anthropic.";

                public Settings() { _initializedThenOverwritten = "{{Sonnet55}}"; _compound += "claude-v2"; Touch(ref _byRef); }
                public void Configure(string model) => _configured = model;
                static void Touch(ref string value) { }

                ConverseRequest A() => new() { ModelId = PublicModel };
                ConverseRequest B() => new() { ModelId = ProtectedModel };
                ConverseRequest C() => new() { ModelId = _configured };
                ConverseRequest D() => new() { ModelId = _initializedThenOverwritten };
                ConverseRequest E() => new() { ModelId = _byRef };
                ConverseRequest F() => new() { ModelId = _compound };
            }
            """;
        var internalsVisible = $$"""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Tests")]
            class Shared
            {
                internal static string Model = "{{ClaudeV2}}";   // another assembly sees internals and may write it
                Amazon.BedrockRuntime.Model.ConverseRequest A() => new() { ModelId = Model };
            }
            """;
        return Task.WhenAll(ModelIdVerifier.AnalyzerAsync(source), ModelIdVerifier.AnalyzerAsync(internalsVisible));
    }

    // ---------------------------------------------------------------- collections walked by foreach

    [Test]
    public Task ElementsOfConstantCollectionsAreReportedOnTheElement() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using System.Collections.Generic;
        using Amazon.BedrockRuntime.Model;
        class Evaluation
        {
            private static readonly string[] Candidates = { "{{NovaMicro}}", "{{ClaudeV2}}" };

            IEnumerable<ConverseRequest> Field()
            {
                foreach (var id in Candidates)
                {
                    // The element sits in another member: reported here, fixed there.
                    yield return new ConverseRequest { ModelId = {|GA1002:id|} };
                }
            }

            IEnumerable<ConverseRequest> Local()
            {
                var models = new List<string> { {|GA1002:"{{TitanExpress}}"|}, "{{Sonnet55}}" };
                foreach (var model in models)
                {
                    yield return new ConverseRequest { ModelId = model };
                }
            }

            IEnumerable<ConverseRequest> Inline()
            {
                foreach (string model in new[] { {|GA1002:"{{ClaudeV2}}"|} })
                {
                    yield return new ConverseRequest { ModelId = model };
                }
            }

            IEnumerable<ConverseRequest> CollectionExpression()
            {
                string[] ids = [{|GA1002:"{{TitanExpress}}"|}, "{{NovaMicro}}"];
                foreach (var id in ids)
                {
                    yield return new ConverseRequest { ModelId = id };
                }
            }
        }
        """,
        $$"""
        using System.Collections.Generic;
        using Amazon.BedrockRuntime.Model;
        class Evaluation
        {
            private static readonly string[] Candidates = { "{{NovaMicro}}", "{{Sonnet55}}" };

            IEnumerable<ConverseRequest> Field()
            {
                foreach (var id in Candidates)
                {
                    // The element sits in another member: reported here, fixed there.
                    yield return new ConverseRequest { ModelId = id };
                }
            }

            IEnumerable<ConverseRequest> Local()
            {
                var models = new List<string> { "{{NovaMicro}}", "{{Sonnet55}}" };
                foreach (var model in models)
                {
                    yield return new ConverseRequest { ModelId = model };
                }
            }

            IEnumerable<ConverseRequest> Inline()
            {
                foreach (string model in new[] { "{{Sonnet55}}" })
                {
                    yield return new ConverseRequest { ModelId = model };
                }
            }

            IEnumerable<ConverseRequest> CollectionExpression()
            {
                string[] ids = ["{{NovaMicro}}", "{{NovaMicro}}"];
                foreach (var id in ids)
                {
                    yield return new ConverseRequest { ModelId = id };
                }
            }
        }
        """);

    [Test]
    public Task CollectionsThatMayChangeStayUnknown() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using System.Collections.Generic;
        using Amazon.BedrockRuntime.Model;
        public class C
        {
            public static readonly string[] Shared = { "{{ClaudeV2}}" };   // other assemblies can change its elements
            private static readonly List<string> Registered = new() { "{{ClaudeV2}}" };

            static void Register(string id) => Registered.Add(id);

            IEnumerable<ConverseRequest> A() { foreach (var id in Shared) yield return new() { ModelId = id }; }
            IEnumerable<ConverseRequest> B() { foreach (var id in Registered) yield return new() { ModelId = id }; }
            IEnumerable<ConverseRequest> D(string extra)
            {
                var ids = new List<string> { "{{ClaudeV2}}" };
                ids.Clear();
                ids.Add(extra);
                foreach (var id in ids) yield return new() { ModelId = id };
            }
            IEnumerable<ConverseRequest> E()
            {
                var ids = new[] { "{{ClaudeV2}}" };
                Shuffle(ids);
                foreach (var id in ids) yield return new() { ModelId = id };
            }
            IEnumerable<ConverseRequest> F()
            {
                var ids = new[] { "{{ClaudeV2}}" };
                ids[0] = Load();
                foreach (var id in ids) yield return new() { ModelId = id };
            }
            static void Shuffle(string[] ids) { }
            static string Load() => "";
        }
        """);

    [Test]
    public Task OneLocalReadByTwoSinksReportsItsWriteOnce() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            (ConverseRequest, ConverseStreamRequest) Both(bool legacy)
            {
                var id = "{{Sonnet55}}";
                if (legacy) id = {|GA1002:"{{ClaudeV2}}"|};
                return (new ConverseRequest { ModelId = id }, new ConverseStreamRequest { ModelId = id });
            }
        }
        """);

    [Test]
    public Task EnumOptionsInALocal() => OnnxLevelVerifier.AnalyzerAsync("""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            SessionOptions Options()
            {
                var level = GraphOptimizationLevel.ORT_DISABLE_ALL;
                return new SessionOptions { GraphOptimizationLevel = {|GA4004:level|} };
            }
        }
        """);

    // ---------------------------------------------------------------- bad input: never throws, never hangs, unknown is silence

    [Test]
    public Task LoopsRecursionAndHalfTypedCodeAreSilent()
    {
        var test = ModelIdVerifier.Create();
        test.TestCode = $$"""
            using System.Collections.Generic;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                private static string A = B;
                private static string B = A;
                private string _self;
                C() { _self = _self; }

                IEnumerable<ConverseRequest> Grow(int n)
                {
                    var id = "anthropic.";
                    for (var i = 0; i < n; i++)
                    {
                        yield return new ConverseRequest { ModelId = id };
                        id = id + "x";
                    }
                }

                IEnumerable<ConverseRequest> Swap(int n)
                {
                    string a = "x", b = "y";
                    while (n-- > 0)
                    {
                        (a, b) = (b, a);
                        var t = a; a = b; b = t;
                        yield return new ConverseRequest { ModelId = a };
                    }
                }

                ConverseRequest Recursive() => new() { ModelId = A };
                ConverseRequest Self() => new() { ModelId = _self };
                ConverseRequest HalfTyped()
                {
                    var id = {|CS0103:Undefined|};
                    id = {|CS0103:Missing|}.Value;
                    return new ConverseRequest { ModelId = id };
                }
            }
            """;
        return test.RunAsync();
    }

    [Test]
    public Task ALoopWalkingConstantsWrittenBackIsJudgedPerConstant() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using System.Collections.Generic;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            IEnumerable<ConverseRequest> Alternate(int n)
            {
                var id = "{{Sonnet55}}";
                for (var i = 0; i < n; i++)
                {
                    yield return new ConverseRequest { ModelId = id };
                    id = {|GA1002:"{{ClaudeV2}}"|};           // reaches the sink from the second iteration on
                }
            }
        }
        """);
}
