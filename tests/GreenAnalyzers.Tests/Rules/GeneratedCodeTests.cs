using GreenAnalyzers.Tests.Corpus;
using GreenAnalyzers.Tests.Infrastructure;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>
/// Code marked <c>[GeneratedCode]</c> is never judged, by any analyzer. The per-rule tests cover generated files (name and
/// <c>&lt;auto-generated&gt;</c> header); this covers the attribute on a type and on a member, which the compiler resolves per
/// symbol. The analyzers let the compiler skip its per-diagnostic location check (<c>GeneratedCode.Flags</c>), so this is
/// what proves that skipping it removes nothing.
/// </summary>
public sealed class GeneratedCodeTests
{
    /// <summary>One finding or more for GA1002, GA1003, GA3001, GA4002, GA4004 and GA5001.</summary>
    private static string Service(string name, string typeAttribute = "", string memberAttribute = "") => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Microsoft.ML.OnnxRuntime;
        {{typeAttribute}}
        public sealed class {{name}}
        {
            {{memberAttribute}}
            public async Task AskAsync(IAmazonBedrockRuntime bedrock, string question)
            {
                var request = new ConverseRequest { ModelId = "anthropic.claude-v2", Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }] };
                await bedrock.ConverseAsync(request);
            }

            {{memberAttribute}}
            public Task DeployAsync(IAmazonSageMaker sageMaker) => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1 }],
            });

            {{memberAttribute}}
            public static int Score(IEnumerable<string> paths)
            {
                var total = 0;
                foreach (var path in paths)
                {
                    using var session = new InferenceSession("models/ranker.onnx", new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC });
                    total += session.InputNames.Count;
                }

                return total;
            }
        }
        """;

    private const string Attribute = "[System.CodeDom.Compiler.GeneratedCode(\"codegen\", \"1.0\")]";

    [Test]
    public async Task OnlyTheCodeWithoutTheAttributeIsJudged()
    {
        var result = await AnalyzerRunner.RunAsync(
            CorpusTests.AllAnalyzers(),
            new[] { Service("Handwritten"), Service("GeneratedType", typeAttribute: Attribute), Service("GeneratedMembers", memberAttribute: Attribute) },
            concurrent: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            // The control: the same code, unmarked, is judged by every rule family it exercises.
            Assert.That(
                result.Diagnostics.Where(d => d.Location.SourceTree?.FilePath == "/Test0.cs").Select(d => d.Id).Distinct(),
                Is.SupersetOf(new[] { "GA1002", "GA1003", "GA3001", "GA4002", "GA4004", "GA5001" }));
            Assert.That(
                result.Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "/Test0.cs").Select(d => $"{d.Id} {d.Location.GetLineSpan()}"),
                Is.Empty);
        });
    }

    [Test]
    public void EveryAnalyzerTakesTheSettingsFromOnePlace()
        => Assert.That(
            typeof(Analyzers.GreenAnalyzer).Assembly.GetTypes()
                .Where(t => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && !typeof(Analyzers.GreenAnalyzer).IsAssignableFrom(t))
                .Select(t => t.Name),
            Is.Empty,
            "an analyzer that is not a GreenAnalyzer sets concurrency and generated-code analysis on its own");
}
