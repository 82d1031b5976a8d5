using System.Globalization;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1003 where the value an entry point depends on is written on several paths: an InvokeModel request whose model
/// id is set on two branches (each constant judged against the body), and a chat client, chat service or kernel held in a
/// field that two constructors set (each write judged, as the shared resolver does for sinks).</summary>
public sealed class GA1003SeveralPathsTests
{
    private const string InvokeUsings = """
        using System.IO;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        """;

    // ---------------------------------------------------------------- InvokeModel: the model id on several paths

    private static string Invoke(string modelIdStatements, string body, string request = "new InvokeModelRequest", string type = "Generator") => $$"""
        {{InvokeUsings}}
        class {{type}}
        {
            Task M(IAmazonBedrockRuntime client, bool fast, string text, string configured)
            {
                {{modelIdStatements}}
                return client.InvokeModelAsync({{request}}
                {
                    ModelId = modelId,
                    Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes({{body}})),
                });
            }
        }
        """;

    [Test]
    public async Task EachModelOnItsOwn_TwoFamiliesBothUnbounded()
    {
        // max_tokens bounds Mistral but not Llama: the Llama path is a finding, the Mistral path is not.
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Invoke(
            "string modelId; if (fast) { modelId = \"meta.llama3-8b-instruct-v1:0\"; } else { modelId = \"mistral.mistral-7b-instruct-v0:2\"; }",
            "new { prompt = text, max_tokens = 400 }"));
        var messages = result.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Count.EqualTo(1));
            Assert.That(messages[0], Does.StartWith("The Meta Llama body of InvokeModelRequest").And.Contain("max_gen_len"));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [TestCase("var modelId = fast ? \"meta.llama3-8b-instruct-v1:0\" : \"amazon.titan-text-express-v1\";", "new JsonObject { [\"prompt\"] = text }", 2, TestName = "Conditional: Llama and Titan, each field missing")]
    [TestCase("var modelId = \"meta.llama3-8b-instruct-v1:0\"; if (fast) modelId = \"meta.llama3-70b-instruct-v1:0\";", "new { prompt = text }", 1, TestName = "Two Llama ids: one finding for the family")]
    [TestCase("var modelId = fast ? \"meta.llama3-8b-instruct-v1:0\" : configured;", "new { prompt = text }", 1, TestName = "One path unknown: the known Llama path is still judged")]
    [TestCase("var modelId = fast ? \"meta.llama3-8b-instruct-v1:0\" : \"mistral.mistral-7b-instruct-v0:2\";", "new { prompt = text, max_gen_len = 256, max_tokens = 256 }", 0, TestName = "Both fields present: silent")]
    [TestCase("var modelId = fast ? configured : System.Environment.GetEnvironmentVariable(\"MODEL\");", "new { prompt = text }", 0, TestName = "Every path unknown: silent")]
    public async Task ModelIdOnSeveralPaths(string statements, string body, int findings)
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Invoke(statements, body));
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Count(d => d.Id == "GA1003"), Is.EqualTo(findings));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public async Task SeveralModelsAreNotNamedInTheMessage()
    {
        var one = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Invoke("var modelId = \"meta.llama3-70b-instruct-v1:0\";", "new { prompt = text }"));
        var two = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Invoke(
            "var modelId = fast ? \"meta.llama3-8b-instruct-v1:0\" : \"meta.llama3-70b-instruct-v1:0\";", "new { prompt = text }"));
        Assert.Multiple(() =>
        {
            Assert.That(one.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture), Does.Contain("llama3-70b"), "one model: named, with its price");
            Assert.That(two.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture), Does.Not.Contain("llama3-70b").And.Not.Contain("llama3-8b"));
        });
    }

    [Test]
    public Task InvokeModelPragmaAndGeneratedCode()
    {
        // max_gen_len bounds the Llama path; the Titan path lacks textGenerationConfig.maxTokenCount.
        const string TwoPaths = "var modelId = fast ? \"meta.llama3-8b-instruct-v1:0\" : \"amazon.titan-text-express-v1\";";
        const string Body = "new { prompt = text, max_gen_len = 256 }";
        var test = InvokeModelVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestState.Sources.Add(Invoke(TwoPaths, Body, "{|GA1003:new InvokeModelRequest|}", "Flagged"));
        test.TestState.Sources.Add(("Generated.g.cs", Invoke(TwoPaths, Body, type: "Generated")));
        test.TestState.Sources.Add(Invoke(TwoPaths, Body, type: "Suppressed").Replace(
            "return client", "#pragma warning disable GA1003 // the batch tool caps output server-side\n        return client"));
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- entry points held in a field two constructors set

    private const string ChatUsings = """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        """;

    [Test]
    public Task ChatClientFieldSetByTwoConstructors() => ChatClientVerifier.CodeFixAsync(
        ChatUsings + """

        class Answers
        {
            private readonly IChatClient _chat;
            public Answers(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            public Answers(IAmazonBedrockRuntime runtime, bool large) { _chat = runtime.AsIChatClient("amazon.nova-pro-v1:0").AsBuilder().UseLogging().Build(); }
            Task<ChatResponse> Ask(string question) => _chat.{|GA1003:GetResponseAsync|}(question);
        }

        class OneBedrockPath
        {
            private readonly IChatClient _chat;
            public OneBedrockPath(IChatClient injected) { _chat = injected; }
            public OneBedrockPath(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            Task<ChatResponse> Ask(string question) => _chat.{|GA1003:GetResponseAsync|}(question);
        }
        """,
        ChatUsings + """

        class Answers
        {
            private readonly IChatClient _chat;
            public Answers(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            public Answers(IAmazonBedrockRuntime runtime, bool large) { _chat = runtime.AsIChatClient("amazon.nova-pro-v1:0").AsBuilder().UseLogging().Build(); }
            Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question, options: new ChatOptions { MaxOutputTokens = 1024 });
        }

        class OneBedrockPath
        {
            private readonly IChatClient _chat;
            public OneBedrockPath(IChatClient injected) { _chat = injected; }
            public OneBedrockPath(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question, options: new ChatOptions { MaxOutputTokens = 1024 });
        }
        """);

    [Test]
    public Task ChatClientFieldsThatMustNotBeFlagged() => ChatClientVerifier.AnalyzerAsync(ChatUsings + """

        class BothInjected
        {
            private readonly IChatClient _chat;
            public BothInjected(IChatClient chat) { _chat = chat; }
            public BothInjected(IChatClient chat, bool unused) { _chat = chat.AsBuilder().Build(); }
            Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question);
        }

        class BoundedOnEveryPath
        {
            private readonly IChatClient _chat;
            public BoundedOnEveryPath(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0").AsBuilder().ConfigureOptions(o => o.MaxOutputTokens = 300).Build(); }
            public BoundedOnEveryPath(IChatClient injected) { _chat = injected; }
            Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question);
        }

        class WrittenByAMethodToo
        {
            private IChatClient _chat;
            public WrittenByAMethodToo(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            public void Swap(IChatClient other) => _chat = other;
            Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question);
        }
        """);

    [Test]
    public async Task ChatClientOnSeveralPathsIsNotNamedInTheMessage()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ChatClientAnalyzer(), ChatUsings + """

            class Answers
            {
                private readonly IChatClient _chat;
                public Answers(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
                public Answers(IAmazonBedrockRuntime runtime, bool large) { _chat = runtime.AsIChatClient("amazon.nova-pro-v1:0"); }
                Task<ChatResponse> Ask(string question) => _chat.GetResponseAsync(question);
            }
            """);
        var message = result.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
        Assert.That(message, Does.Not.Contain("nova-lite").And.Not.Contain("nova-pro"));
    }

    private const string KernelUsings = """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.Amazon;
        """;

    [Test]
    public Task SemanticKernelFieldsSetByTwoConstructors() => SemanticKernelVerifier.AnalyzerAsync(KernelUsings + """

        class Assistant
        {
            private readonly Kernel _kernel;
            public Assistant(IAmazonBedrockRuntime runtime)
            {
                var builder = Kernel.CreateBuilder();
                builder.AddBedrockChatCompletionService("meta.llama3-8b-instruct-v1:0", runtime);
                _kernel = builder.Build();
            }
            public Assistant(Kernel kernel) { _kernel = kernel; }
            Task A() => _kernel.{|GA1003:InvokePromptAsync|}("Summarize the ticket");
        }

        class Chat
        {
            private readonly IChatCompletionService _chat;
            public Chat(IAmazonBedrockRuntime runtime) { _chat = new BedrockChatCompletionService("mistral.mistral-large-2407-v1:0", runtime); }
            public Chat(IAmazonBedrockRuntime runtime, bool small) { _chat = new BedrockChatCompletionService("mistral.mistral-7b-instruct-v0:2", runtime); }
            Task A(ChatHistory history) => _chat.{|GA1003:GetChatMessageContentsAsync|}(history);
        }

        class NeverBedrock
        {
            private readonly IChatCompletionService _chat;
            public NeverBedrock(IChatCompletionService chat) { _chat = chat; }
            public NeverBedrock(Kernel kernel) { _chat = kernel.GetRequiredService<IChatCompletionService>(); }
            Task A(ChatHistory history) => _chat.GetChatMessageContentsAsync(history);
        }
        """);
}
