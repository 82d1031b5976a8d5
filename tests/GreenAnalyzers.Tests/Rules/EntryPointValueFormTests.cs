namespace GreenAnalyzers.Tests.Rules;

/// <summary>The model id of every entry point beyond ConverseRequest (the MEAI adapter, InvokeModel requests, Semantic
/// Kernel's connector) goes through the shared value resolver: locals written once or on several paths, fields written only
/// by their initializer or constructor, and foreach over constant collections. As for every sink: a value reaching the sink
/// alone is reported on the sink, one of several (paths, elements) where it is written.</summary>
public sealed class EntryPointValueFormTests
{
    private const string Opus46 = "anthropic.claude-opus-4-6-v1";
    private const string ClaudeV2 = "anthropic.claude-v2";

    private const string Usings = """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.Amazon;
        """;

    [TestCase("runtime.AsIChatClient(MODEL)")]
    [TestCase("new InvokeModelRequest { ModelId = MODEL, Body = new MemoryStream() }")]
    [TestCase("new InvokeModelWithResponseStreamRequest { ModelId = MODEL }")]
    [TestCase("Kernel.CreateBuilder().AddBedrockChatCompletionService(MODEL, runtime)")]
    [TestCase("new BedrockTextGenerationService(MODEL, runtime)")]
    public Task EveryValueFormReachesTheSink(string sink) => ModelIdVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        class C
        {
            private static string s_model = "{{Opus46}}";
            private readonly string _legacy;
            public C() { _legacy = "{{ClaudeV2}}"; }

            object Local(IAmazonBedrockRuntime runtime)
            {
                var model = "{{Opus46}}";
                return {{sink.Replace("MODEL", "{|GA1001:model|}")}};
            }

            object Branches(IAmazonBedrockRuntime runtime, bool premium, string configured)
            {
                string model = configured;
                if (premium) model = {|GA1001:"{{Opus46}}"|};
                return {{sink.Replace("MODEL", "model")}};
            }

            object StaticField(IAmazonBedrockRuntime runtime) => {{sink.Replace("MODEL", "{|GA1001:s_model|}")}};
            object ConstructorField(IAmazonBedrockRuntime runtime) => {{sink.Replace("MODEL", "{|GA1002:_legacy|}")}};

            void Loop(IAmazonBedrockRuntime runtime, List<object> made)
            {
                string[] models = [{|GA1001:"{{Opus46}}"|}, "anthropic.claude-sonnet-4-6", {|GA1002:"{{ClaudeV2}}"|}];
                foreach (var model in models)
                {
                    made.Add({{sink.Replace("MODEL", "model")}});
                }
            }

            object Unknown(IAmazonBedrockRuntime runtime, string configured) => {{sink.Replace("MODEL", "configured")}};
        }
        """);

    /// <summary>A parameter sink is matched from the call or creation that holds it (issue 21: not from a callback per
    /// argument), so every form of call reaches it: static and reduced extension calls, named arguments in any order,
    /// conditional access, a call whose argument is itself a sink call, a derived class's constructor initializer and a
    /// primary constructor's base; a method named like a sink on another type is no sink.</summary>
    [Test]
    public Task EveryCallFormHoldingAnArgumentSink() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        using System;
        class C
        {
            object Static(IAmazonBedrockRuntime runtime) => AmazonBedrockRuntimeExtensions.AsIChatClient(runtime, {|GA1001:"{{Opus46}}"|});
            object Named(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient(defaultModelId: {|GA1002:"{{ClaudeV2}}"|});
            object NamedOutOfOrder(IAmazonBedrockRuntime runtime) => AmazonBedrockRuntimeExtensions.AsIChatClient(defaultModelId: {|GA1001:"{{Opus46}}"|}, runtime: runtime);
            object? Conditional(IAmazonBedrockRuntime? runtime) => runtime?.AsIChatClient({|GA1001:"{{Opus46}}"|});
            object Nested(IAmazonBedrockRuntime runtime) => Tuple.Create(runtime.AsIChatClient({|GA1002:"{{ClaudeV2}}"|}), new BedrockTextGenerationService({|GA1001:"{{Opus46}}"|}, runtime));
            object Default(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient();
            object OtherType(Other other) => other.AsIChatClient("{{Opus46}}");
        }

        class Other
        {
            public object AsIChatClient(string defaultModelId) => defaultModelId;
        }

        class Derived : BedrockChatCompletionService
        {
            public Derived(IAmazonBedrockRuntime runtime) : base({|GA1002:"{{ClaudeV2}}"|}, runtime) { }
        }

        class Primary(IAmazonBedrockRuntime runtime) : BedrockChatCompletionService(modelId: {|GA1001:"{{Opus46}}"|}, bedrockRuntime: runtime);
        """);
}
