using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1003 on InvokeModel bodies: the model family's output-length field is missing from a body built in the method.</summary>
public sealed class GA1003InvokeModelTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.IO;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        """;

    private static string Class(string members) => $$"""
        {{Usings}}
        class C
        {
        {{members}}
        }
        """;

    // ---------------------------------------------------------------- each family, flagged and bounded

    [TestCase("meta.llama3-8b-instruct-v1:0", "new { prompt = text, temperature = 0.5 }", "new { prompt = text, max_gen_len = 512 }")]
    [TestCase("us.meta.llama3-3-70b-instruct-v1:0", "new { prompt = text }", "new { prompt = text, max_gen_len = 512 }")]
    [TestCase("mistral.mistral-7b-instruct-v0:2", "new { prompt = text, temperature = 0.5 }", "new { prompt = text, max_tokens = 400 }")]
    [TestCase("mistral.mistral-large-2407-v1:0", "new { messages = new[] { new { role = \"user\", content = text } } }", "new { messages = new[] { new { role = \"user\", content = text } }, max_tokens = 400 }")]
    [TestCase("cohere.command-r-plus-v1:0", "new { message = text }", "new { message = text, max_tokens = 300 }")]
    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", "new { anthropic_version = \"bedrock-2023-05-31\", messages = new[] { new { role = \"user\", content = text } } }", "new { anthropic_version = \"bedrock-2023-05-31\", max_tokens = 300, messages = new[] { new { role = \"user\", content = text } } }")]
    [TestCase("anthropic.claude-v2:1", "new { prompt = \"\\n\\nHuman: \" + text + \"\\n\\nAssistant:\" }", "new { prompt = text, max_tokens_to_sample = 300 }")]
    [TestCase("amazon.titan-text-express-v1", "new { inputText = text, textGenerationConfig = new { temperature = 0 } }", "new { inputText = text, textGenerationConfig = new { maxTokenCount = 512 } }")]
    [TestCase("amazon.titan-text-lite-v1", "new { inputText = text }", "new { inputText = text, textGenerationConfig = new { maxTokenCount = 512 } }")]
    [TestCase("amazon.nova-lite-v1:0", "new { messages = new object[0], inferenceConfig = new { temperature = 0.2 } }", "new { messages = new object[0], inferenceConfig = new { max_new_tokens = 300 } }")]
    [TestCase("us.amazon.nova-2-lite-v1:0", "new { messages = new object[0] }", "new { messages = new object[0], inferenceConfig = new { maxTokens = 300 } }")]
    public Task EachFamily(string model, string unbounded, string bounded) => InvokeModelVerifier.AnalyzerAsync(Class($$"""
            Task Unbounded(IAmazonBedrockRuntime client, string text) => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|}
            {
                ModelId = "{{model}}",
                Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes({{unbounded}})),
            });
            Task Bounded(IAmazonBedrockRuntime client, string text) => client.InvokeModelAsync(new InvokeModelRequest
            {
                ModelId = "{{model}}",
                Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes({{bounded}})),
            });
        """));

    // ---------------------------------------------------------------- every way of building the body

    [Test]
    public Task EveryBodyForm() => InvokeModelVerifier.AnalyzerAsync(Class(""""""
            const string Llama = "meta.llama3-8b-instruct-v1:0";
            const string ConstantBody = "{\"prompt\": \"Say hi\", \"temperature\": 0.1}";

            async Task AnonymousInALocal(IAmazonBedrockRuntime client, string text)
            {
                var payload = new { prompt = text, temperature = 0.5 };
                var json = JsonSerializer.Serialize(payload);
                var request = {|GA1003:new InvokeModelRequest|} { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(json)) };
                await client.InvokeModelAsync(request);
            }

            async Task BodySetLater(IAmazonBedrockRuntime client, string text)
            {
                var request = {|GA1003:new InvokeModelRequest()|};
                request.ModelId = Llama;
                using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = text }));
                request.Body = stream;
                await client.InvokeModelAsync(request);
            }

            Task JsonObjectInitializer(IAmazonBedrockRuntime client, string text)
            {
                var body = new JsonObject { ["prompt"] = text, ["temperature"] = 0.5 };
                return client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())) });
            }

            Task JsonObjectBuiltUp(IAmazonBedrockRuntime client, string text)
            {
                var body = new JsonObject();
                body["prompt"] = text;
                body.Add("temperature", 0.5);
                return client.InvokeModelWithResponseStreamAsync({|GA1003:new InvokeModelWithResponseStreamRequest|} { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToString())) });
            }

            Task Dictionary(IAmazonBedrockRuntime client, string text)
            {
                var body = new Dictionary<string, object> { { "prompt", text } };
                body["temperature"] = 0.5;
                return client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body)) });
            }

            Task ConstantString(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(ConstantBody)) });

            Task RawStringLiteral(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|}
                {
                    ModelId = "amazon.titan-text-express-v1",
                    Body = new MemoryStream(Encoding.UTF8.GetBytes(""""
                        {
                          "inputText": "Summarize the release notes",
                          "textGenerationConfig": { "temperature": 0, "topP": 0.9 }
                        }
                        """")),
                });

            Task ParsedNode(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonNode.Parse(ConstantBody)!.ToJsonString())) });

            static readonly string[] Llamas = ["meta.llama3-8b-instruct-v1:0", "meta.llama3-70b-instruct-v1:0"];

            async Task ModelIdInALocalAndInALoop(IAmazonBedrockRuntime client, string text)
            {
                var model = "us.meta.llama3-3-70b-instruct-v1:0";
                await client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = model, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = text })) });
                foreach (var llama in Llamas)
                {
                    // Several possible ids, each judged: both are Llama, whose max_gen_len the body lacks. One finding.
                    await client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = text })) });
                }
            }

            Task NestedJsonObject(IAmazonBedrockRuntime client, string text)
            {
                var body = new JsonObject { ["inputText"] = text, ["textGenerationConfig"] = new JsonObject { ["temperature"] = 0 } };
                return client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = "amazon.titan-text-express-v1", Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())) });
            }
        """"""));

    [Test]
    public Task MustNotFlag() => InvokeModelVerifier.AnalyzerAsync(Class("""
            const string Llama = "meta.llama3-8b-instruct-v1:0";
            record LlamaRequest(string prompt);

            // Bounded, in every form.
            Task JsonObjectLater(IAmazonBedrockRuntime client, string text)
            {
                var body = new JsonObject { ["prompt"] = text };
                body["max_gen_len"] = 256;
                return client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())) });
            }
            Task ConstantBounded(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"prompt\":\"hi\",\"max_gen_len\":64}")) });
            Task NamingPolicy(IAmazonBedrockRuntime client, string text)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { Prompt = text, MaxGenLen = 100 }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })) });

            // Unknown shapes.
            Task TypedRequest(IAmazonBedrockRuntime client, string text)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new LlamaRequest(text))) });
            Task RuntimeText(IAmazonBedrockRuntime client, string text)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes($"{{\"prompt\":\"{text}\"}}")) });
            Task BodyParameter(IAmazonBedrockRuntime client, MemoryStream body)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = body });
            Task HelperCompletesTheBody(IAmazonBedrockRuntime client, string text)
            {
                var body = new JsonObject { ["prompt"] = text };
                Defaults.Apply(body);
                return client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())) });
            }
            Task ConfigBuiltElsewhere(IAmazonBedrockRuntime client, string text, JsonObject config)
            {
                var body = new JsonObject { ["inputText"] = text, ["textGenerationConfig"] = config };
                return client.InvokeModelAsync(new InvokeModelRequest { ModelId = "amazon.titan-text-express-v1", Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())) });
            }
            Task DynamicKey(IAmazonBedrockRuntime client, string text, string key)
            {
                var body = new Dictionary<string, object> { ["prompt"] = text, [key] = 100 };
                return client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body)) });
            }
            Task Reassigned(IAmazonBedrockRuntime client, string text, bool bounded)
            {
                var payload = (object)new { prompt = text };
                if (bounded) payload = new { prompt = text, max_gen_len = 5 };
                return client.InvokeModelAsync(new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(payload)) });
            }

            // Unknown or non-generating models, or a request completed elsewhere.
            Task ModelParameter(IAmazonBedrockRuntime client, string model)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = model, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
            Task Embeddings(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "amazon.titan-embed-text-v2:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { inputText = "hi" })) });
            Task Image(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "amazon.nova-canvas-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { taskType = "TEXT_IMAGE" })) });
            Task UnknownFamily(IAmazonBedrockRuntime client)
                => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "writer.palmyra-x5-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
            InvokeModelRequest Returned() => new InvokeModelRequest { ModelId = Llama, Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) };
        }
        static class Defaults
        {
            public static void Apply(JsonObject body) => body["max_gen_len"] = 256;
        """));

    [Test]
    public Task TopLevelProgramAsTheAwsCodeExamplesWriteIt()
    {
        // The shape of the AWS SDK for .NET code examples: top-level statements, the id and the body in locals.
        var test = InvokeModelVerifier.Create();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestCode = """
            using System;
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;

            var client = new AmazonBedrockRuntimeClient();
            var modelId = "meta.llama3-8b-instruct-v1:0";
            var prompt = "Describe the purpose of a 'hello world' program in one line.";
            var formattedPrompt = $"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n{prompt}<|eot_id|>";
            var nativeRequest = JsonSerializer.Serialize(new { prompt = formattedPrompt, temperature = 0.5 });
            var request = {|GA1003:new InvokeModelRequest()|}
            {
                ModelId = modelId,
                Body = new MemoryStream(Encoding.UTF8.GetBytes(nativeRequest)),
                ContentType = "application/json",
            };
            var response = await client.InvokeModelAsync(request);
            Console.WriteLine(response.ContentType);

            var titanRequest = JsonSerializer.Serialize(new { inputText = prompt, textGenerationConfig = new { maxTokenCount = 512, temperature = 0.5 } });
            var titan = await client.InvokeModelAsync(new InvokeModelRequest { ModelId = "amazon.titan-text-express-v1", Body = new MemoryStream(Encoding.UTF8.GetBytes(titanRequest)) });
            Console.WriteLine(titan.ContentType);
            """;
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- message, bad input, generated code, suppression

    [Test]
    public async Task MessageNamesTheFamilyAndTheField()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Class("""
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "us.meta.llama3-3-70b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
                Task B(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "amazon.nova-micro-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { messages = new object[0] })) });
            """));

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.StartWith("The Meta Llama body of InvokeModelRequest sets no max_gen_len, so each reply may run to the model's output limit"));
        Assert.That(messages[1], Does.StartWith("The Amazon Nova body of InvokeModelRequest sets no inferenceConfig.maxTokens, so each reply may run to the model's output limit, at $"));
        Assert.That(messages[1], Does.Contain("'amazon.nova-micro-v1:0'"));
        Assert.That(result.Diagnostics.Select(d => d.AdditionalLocations.Count), Is.All.EqualTo(0), "no fix is offered");
    }

    [TestCase("{\"prompt\": ")]
    [TestCase("{\"prompt\": \"hi\"")]
    [TestCase("[1, 2, 3]")]
    [TestCase("not json at all")]
    [TestCase("")]
    public async Task MalformedConstantBodiesAreSilent(string json)
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(json, quote: true);
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Class($$"""
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes({{literal}})) });
            """));
        Assert.That(result.AnalyzerExceptions, Is.Empty);
        Assert.That(result.Diagnostics, Is.Empty);
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    [Test]
    public async Task HugeAndDeeplyNestedConstantBodiesNeverThrowOrHang()
    {
        var huge = "{\"prompt\": \"" + new string('x', 5_000_000) + "\"}"; // over the JSON reader's 4M-character limit: unknown
        var bigButReadable = "{\"prompt\": \"" + new string('y', 1_000_000) + "\"}";
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var deepObject = string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Class($$"""
                const string Huge = {{Literal(huge)}};
                const string Big = {{Literal(bigButReadable)}};
                const string Deep = {{Literal(deep)}};
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes(Huge)) });
                Task B(IAmazonBedrockRuntime client) => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes(Big)) });
                Task D(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes(Deep)) });
                Task E(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes({{Literal(deepObject)}})) });
            """).Replace("{|GA1003:", string.Empty).Replace("InvokeModelRequest|}", "InvokeModelRequest"));
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Is.EqualTo(new[] { 14 }), "only the readable body (B)");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InvokeModelBodyAnalyzer(), Class("""
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = });
                Task B(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = , })) });
                Task D(IAmazonBedrockRuntime client) { var b = b; return client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(b)) }); }
                Task E(IAmazonBedrockRuntime client) { var o = new JsonObject { [] = 1 }; return client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes(o.ToJsonString())) }); }
                Task F(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(Encoding.UTF8.GetBytes()) });
                Task G(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = , Body = new MemoryStream(Encoding.UTF8.GetBytes("{}")) });
            """).TrimEnd().TrimEnd('}'));
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA1003"));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = InvokeModelVerifier.Create();
        test.TestState.Sources.Add(("/Invoke.g.cs", Class("""
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
            """)));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InvokeModelVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Class("""
            #pragma warning disable GA1003 // The model's default length is what this summary needs.
                Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
            #pragma warning restore GA1003
                Task B(IAmazonBedrockRuntime client) => client.InvokeModelAsync({|GA1003:new InvokeModelRequest|} { ModelId = "meta.llama3-8b-instruct-v1:0", Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { prompt = "hi" })) });
            """);
        return test.RunAsync();
    }
}
