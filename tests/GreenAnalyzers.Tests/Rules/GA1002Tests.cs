using System.Collections.Immutable;
namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1002 Replace a legacy model: over the same sinks and value forms as GA1001, and it wins over GA1001.</summary>
public sealed class GA1002Tests
{
    private const string ClaudeV2 = "anthropic.claude-v2";            // EOL; AWS names Sonnet 4.5, itself legacy now → Sonnet 5.5
    private const string Sonnet55 = "anthropic.claude-sonnet-5-5"; // the current large-tier Claude (Sonnet 4.6 is legacy at Anthropic)
    private const string TitanExpress = "amazon.titan-text-express-v1"; // EOL; AWS names Nova Micro
    private const string NovaMicro = "amazon.nova-micro-v1:0";

    // ---------------------------------------------------------------- every sink

    [TestCase("ConverseRequest")]
    [TestCase("ConverseStreamRequest")]
    [TestCase("InvokeModelRequest")]
    [TestCase("InvokeModelWithResponseStreamRequest")]
    [TestCase("StartAsyncInvokeRequest")]
    public Task BedrockRuntimeRequests(string request) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            object M() => new {{request}} { ModelId = {|GA1002:"{{TitanExpress}}"|} };
        }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            object M() => new {{request}} { ModelId = "{{NovaMicro}}" };
        }
        """);

    // Batch inference invokes on demand (a profile-only model needs its profile); provisioned throughput and
    // customization take the base model in the Region, so a bare id stays bare there.
    [TestCase("CreateModelInvocationJobRequest", "ModelId", "us.")]
    [TestCase("CreateProvisionedModelThroughputRequest", "ModelId", "")]
    [TestCase("CreateModelCustomizationJobRequest", "BaseModelIdentifier", "")]
    public Task BedrockControlPlaneRequests(string request, string property, string prefix) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.Bedrock.Model;
        class C
        {
            object M() => new {{request}} { {{property}} = {|GA1002:"{{prefix}}{{ClaudeV2}}"|} };
        }
        """,
        $$"""
        using Amazon.Bedrock.Model;
        class C
        {
            object M() => new {{request}} { {{property}} = "{{prefix}}{{Sonnet55}}" };
        }
        """);

    [Test]
    public Task MeaiAdaptersAndChatOptions() => ModelIdVerifier.PartialFixAsync(
        $$"""
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        class C
        {
            IChatClient Chat(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient({|GA1002:"us.{{ClaudeV2}}"|});
            ChatOptions Options() => new ChatOptions { ModelId = {|GA1002:"{{ClaudeV2}}"|} };
            ChatOptions NotBedrock() => new ChatOptions { ModelId = "claude-2.0" };
        }
        """,
        $$"""
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        class C
        {
            IChatClient Chat(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient("us.{{Sonnet55}}");
            ChatOptions Options() => new ChatOptions { ModelId = {|GA1002:"{{ClaudeV2}}"|} };
            ChatOptions NotBedrock() => new ChatOptions { ModelId = "claude-2.0" };
        }
        """);

    [Test]
    public Task AnthropicSdkImplicitStringConversion() => ModelIdVerifier.CodeFixAsync(
        """
        using Anthropic.Models.Messages;
        class C
        {
            MessageCreateParams Bedrock() => new MessageCreateParams { Model = {|GA1002:"us.anthropic.claude-3-5-haiku-20241022-v1:0"|}, MaxTokens = 1024, Messages = [] };
            MessageCreateParams FirstParty() => new MessageCreateParams { Model = Model.ClaudeOpus4_5_20251101, MaxTokens = 1024, Messages = [] };
        }
        """,
        """
        using Anthropic.Models.Messages;
        class C
        {
            MessageCreateParams Bedrock() => new MessageCreateParams { Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0", MaxTokens = 1024, Messages = [] };
            MessageCreateParams FirstParty() => new MessageCreateParams { Model = Model.ClaudeOpus4_5_20251101, MaxTokens = 1024, Messages = [] };
        }
        """);

    // ---------------------------------------------------------------- every value form

    [Test]
    public Task ConstStaticReadonlyAndInterpolation() => ModelIdVerifier.PartialFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        static class Models
        {
            public const string Draft = "{{TitanExpress}}"; // cheapest that passed the eval
            public static readonly string Legacy = "arn:aws:bedrock:us-east-1::foundation-model/{{ClaudeV2}}";
            public const string Geo = "eu";
        }
        class C
        {
            ConverseRequest A() => new() { ModelId = {|GA1002:Models.Draft|} };
            ConverseRequest B() => new() { ModelId = {|GA1002:Models.Legacy|} };
            ConverseRequest D() => new() { ModelId = {|GA1002:$"{Models.Geo}.{{ClaudeV2}}"|} };
            ConverseRequest E()
            {
                const string local = "mistral.mistral-7b-instruct-v0:2"; // legacy on Bedrock, EOL 2027-03-30 (AWS model card)
                var request = new ConverseRequest();
                request.ModelId = {|GA1002:local|};
                return request;
            }
        }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        static class Models
        {
            public const string Draft = "{{NovaMicro}}"; // cheapest that passed the eval
            public static readonly string Legacy = "arn:aws:bedrock:us-east-1::foundation-model/{{ClaudeV2}}";
            public const string Geo = "eu";
        }
        class C
        {
            ConverseRequest A() => new() { ModelId = Models.Draft };
            ConverseRequest B() => new() { ModelId = {|GA1002:Models.Legacy|} };
            ConverseRequest D() => new() { ModelId = $"{Models.Geo}.{{Sonnet55}}" };
            ConverseRequest E()
            {
                const string local = "mistral.ministral-3-8b-instruct"; // legacy on Bedrock, EOL 2027-03-30 (AWS model card)
                var request = new ConverseRequest();
                request.ModelId = local;
                return request;
            }
        }
        """);

    /// <summary>DeepSeek-R1 and V3.1 are Legacy on their AWS model cards (EOL 2027-03-30); their replacement, DeepSeek V3.2 (Active card),
    /// is served in-Region only: a bare id becomes the bare V3.2 id, a <c>us.</c> profile id gets no fix (V3.2 has no
    /// <c>us.</c> profile and the fix never moves inference to another geography on its own).</summary>
    [Test]
    public Task DeepSeekR1AndV31MoveToV32OnlyWhereTheIdStaysInvocable() => ModelIdVerifier.PartialFixAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            ConverseRequest A() => new() { ModelId = {|GA1002:"deepseek.r1-v1:0"|} };
            ConverseRequest B() => new() { ModelId = {|GA1002:"us.deepseek.r1-v1:0"|} };
            ConverseRequest V31() => new() { ModelId = {|GA1002:"deepseek.v3-v1:0"|} };
        }
        """,
        """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            ConverseRequest A() => new() { ModelId = "deepseek.v3.2" };
            ConverseRequest B() => new() { ModelId = {|GA1002:"us.deepseek.r1-v1:0"|} };
            ConverseRequest V31() => new() { ModelId = "deepseek.v3.2" };
        }
        """);

    // ---------------------------------------------------------------- precedence and reporting without a fix

    [Test]
    public Task LegacyWinsOverOversized_AndTheReplacementIsOneGa1001Accepts() => ModelIdVerifier.CodeFixAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            // frontier-tier AND legacy: GA1002 only; the same-tier successor (Opus 4.7) is above the default tier
            // (large), so the fix goes straight to the model GA1001 would suggest for it
            ConverseRequest M() => new() { ModelId = {|GA1002:"us.anthropic.claude-opus-4-1-20250805-v1:0"|} };
        }
        """,
        """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            // frontier-tier AND legacy: GA1002 only; the same-tier successor (Opus 4.7) is above the default tier
            // (large), so the fix goes straight to the model GA1001 would suggest for it
            ConverseRequest M() => new() { ModelId = "us.anthropic.claude-sonnet-5-5" };
        }
        """);

    [Test]
    public Task SameTierSuccessorWhenTheTeamAllowsItsTier() => ModelIdVerifier.CodeFixAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"us.anthropic.claude-opus-4-1-20250805-v1:0"|} }; }
        """,
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "us.anthropic.claude-opus-4-7" }; }
        """,
        "green_analyzers.max_model_tier = frontier");

    [Test]
    public async Task MessageSaysWhenTheTierPolicyChoseTheReplacement()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), """
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "us.anthropic.claude-opus-4-1-20250805-v1:0" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith(
                "use 'us.anthropic.claude-sonnet-5-5' (Claude Sonnet 5.5: the same-tier successor Claude Opus 4.7 is above the allowed tier 'large')"));
            Assert.That(diagnostic.Properties["successor_basis"], Is.EqualTo("max_model_tier"));
        });
    }

    // ---------------------------------------------------------------- a fix writes only ids that can be invoked as written

    [Test]
    public Task BareRetiredClaudeIsNotRewrittenToABareProfileOnlyId() => ModelIdVerifier.CodeFixAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} }; }
        """,
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} }; }
        """);

    [Test]
    public async Task WithoutAFixTheMessageNamesTheProfilesToChooseFrom()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), """
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest Bare() => new() { ModelId = "anthropic.claude-3-7-sonnet-20250219-v1:0" };
                ConverseRequest Arn() => new() { ModelId = "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0" };
                ConverseRequest Jp() => new() { ModelId = "jp.anthropic.claude-3-7-sonnet-20250219-v1:0" };
            }
            """);

        var diagnostics = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        var messages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        const string Choices = "choose one of 'us.anthropic.claude-sonnet-5-5', 'eu.anthropic.claude-sonnet-5-5', 'apac.anthropic.claude-sonnet-5-5', "
            + "'us-gov.anthropic.claude-sonnet-5-5', 'global.anthropic.claude-sonnet-5-5'";
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.Properties.ContainsKey("fix_title")), Is.All.False);
            Assert.That(messages[0], Does.EndWith("use Claude Sonnet 5.5 (AWS's recommended replacement): "
                + "Bedrock serves 'anthropic.claude-sonnet-5-5' only through inference profiles: " + Choices));
            Assert.That(messages[1], Does.EndWith("Bedrock serves 'anthropic.claude-sonnet-5-5' only through inference profiles, and an "
                + "inference-profile ARN names your account, which the code does not show: " + Choices));
            Assert.That(messages[2], Does.EndWith("'anthropic.claude-sonnet-5-5' has no 'jp.' inference profile: " + Choices));
        });
    }

    [TestCase("RegionEndpoint.EUWest1", "eu.")]
    [TestCase("Amazon.RegionEndpoint.USWest2", "us.")]
    [TestCase("RegionEndpoint.GetBySystemName(\"ap-northeast-1\")", "apac.")]
    [TestCase("new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUCentral1 }", "eu.")]
    public Task BareIdTakesTheProfileOfTheClientsRegion(string region, string prefix) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Service
        {
            private readonly AmazonBedrockRuntimeClient _client = new({{region}});
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
        }
        """,
        $$"""
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Service
        {
            private readonly AmazonBedrockRuntimeClient _client = new({{region}});
            ConverseRequest M() => new() { ModelId = "{{prefix}}anthropic.claude-sonnet-5-5" };
        }
        """);

    [Test]
    public Task JapaneseRegionPrefersTheJpProfileWhereTheModelHasOne() => ModelIdVerifier.CodeFixAsync(
        """
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Service
        {
            private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.APNortheast1);
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-5-haiku-20241022-v1:0"|} };
        }
        """,
        """
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class Service
        {
            private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.APNortheast1);
            ConverseRequest M() => new() { ModelId = "jp.anthropic.claude-haiku-4-5-20251001-v1:0" };
        }
        """);

    [Test]
    public Task ClientsInTwoGeographiesOrAnotherTypeGiveNoRegion() => ModelIdVerifier.AnalyzerAsync(
        """
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class TwoClients
        {
            private readonly AmazonBedrockRuntimeClient _eu = new(RegionEndpoint.EUWest1);
            private readonly AmazonBedrockRuntimeClient _us = new(RegionEndpoint.USEast1);
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
        }
        class Elsewhere
        {
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
        }
        class ClientOfAnotherService
        {
            private readonly System.Net.Http.HttpClient _http = new();
            private readonly object _region = RegionEndpoint.EUWest1;
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
        }
        """);

    /// <summary>The client is found by its type and the Region by its symbol, however they are written: an alias of either,
    /// a local built in a method, the control-plane client, a config object whose Region comes from GetBySystemName, a
    /// member name written with a Unicode escape or a formatting character.</summary>
    [TestCase("using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;", "private readonly Client _client = new Client(RegionEndpoint.EUWest1);", "eu.")]
    [TestCase("using Region = Amazon.RegionEndpoint;", "private readonly AmazonBedrockRuntimeClient _client = new(Region.USWest2);", "us.")]
    [TestCase("", "void Start() { var client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUCentral1); }", "eu.")]
    [TestCase("", "private readonly Amazon.Bedrock.AmazonBedrockClient _control = new(RegionEndpoint.USEast1);", "us.")]
    [TestCase("", "void Start() { var client = new AmazonBedrockRuntimeClient(new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(\"eu-west-3\") }); }", "eu.")]
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.\\u0045UWest1);", "eu.")]
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.EU\u200BWest1);", "eu.")]
    [TestCase("", "private readonly IAmazonBedrockRuntime _client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1);", "eu.")]
    [TestCase("", "private IAmazonBedrockRuntime Client { get; } = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1);", "us.")]
    [TestCase("", "void Start() { IAmazonBedrockRuntime client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1); using var other = new AmazonBedrockRuntimeClient(RegionEndpoint.EUCentral1); client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUNorth1); }", "eu.")]
    [TestCase("", "private IAmazonBedrockRuntime _client; void Start() { _client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1); this._client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUCentral1); }", "eu.")]
    public Task TheClientsRegionIsFoundWhateverItsForm(string usings, string client, string prefix) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        {{usings}}
        class Service
        {
            {{client}}
            ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
        }
        """,
        $$"""
        using Amazon;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        {{usings}}
        class Service
        {
            {{client}}
            ConverseRequest M() => new() { ModelId = "{{prefix}}anthropic.claude-sonnet-5-5" };
        }
        """);

    /// <summary>Every form real code gives a client its Region in, each resolved by the value resolver: a bare member under
    /// <c>using static</c>, an alias, a local, a static readonly or readonly field (set by the initializer or a
    /// constructor), a const, static readonly or local system name, a field of another type (no Region name in the
    /// client's type: the text prefilter lets it through by the client's name, or its alias), a config object held in a
    /// local with its Region in the initializer or assigned after, a Region beside credentials, two clients in one
    /// geography, a Region chosen on a branch or a path between two of one geography, fields whose names look like another
    /// Region's (<see cref="LookAlikes"/>). The fixed id is one the catalog serves through that geography's profile, which the Region is in.</summary>
    [TestCase("using static Amazon.RegionEndpoint;", "private readonly AmazonBedrockRuntimeClient _client = new(EUWest1);", "eu-west-1", "eu.")]
    [TestCase("using static Amazon.RegionEndpoint;", "private readonly AmazonBedrockRuntimeClient _client = new(GetBySystemName(\"us-west-2\"));", "us-west-2", "us.")]
    [TestCase("using static Amazon.RegionEndpoint;", "private readonly AmazonBedrockRuntimeClient _client = new(\\u0045UWest1);", "eu-west-1", "eu.")]
    [TestCase("using R = Amazon.RegionEndpoint;", "private readonly AmazonBedrockRuntimeClient _client = new(R.GetBySystemName(\"us-east-2\"));", "us-east-2", "us.")]
    [TestCase("using R = Amazon.RegionEndpoint;", "void Start() { var region = R.EUCentral1; var client = new AmazonBedrockRuntimeClient(region); }", "eu-central-1", "eu.")]
    [TestCase("", "void Start() { var region = RegionEndpoint.EUWest1; var client = new AmazonBedrockRuntimeClient(region); }", "eu-west-1", "eu.")]
    [TestCase("", "private static readonly RegionEndpoint Region = RegionEndpoint.USWest2; private readonly AmazonBedrockRuntimeClient _client = new(Region);", "us-west-2", "us.")]
    [TestCase("", "private readonly RegionEndpoint _region; private readonly AmazonBedrockRuntimeClient _client; Service() { _region = RegionEndpoint.EUNorth1; _client = new AmazonBedrockRuntimeClient(_region); }", "eu-north-1", "eu.")]
    [TestCase("", "private const string RegionName = \"eu-south-1\"; private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.GetBySystemName(RegionName));", "eu-south-1", "eu.")]
    [TestCase("", "private static readonly string RegionName = \"ap-southeast-2\"; private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.GetBySystemName(RegionName));", "ap-southeast-2", "apac.")]
    [TestCase("", "void Start() { var name = \"eu-west-3\"; var client = new AmazonBedrockRuntimeClient(RegionEndpoint.GetBySystemName(name)); }", "eu-west-3", "eu.")]
    [TestCase("static class Settings { public static readonly RegionEndpoint Region = RegionEndpoint.USEast1; }", "private readonly AmazonBedrockRuntimeClient _client = new(Settings.Region);", "us-east-1", "us.")]
    [TestCase("using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient; static class Settings { public const string Region = \"eu-west-2\"; }", "private readonly Client _client = new Client(RegionEndpoint.GetBySystemName(Settings.Region));", "eu-west-2", "eu.")]
    [TestCase("using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient; static class Settings { public static readonly RegionEndpoint Region = RegionEndpoint.USEast2; }", "void Start() { var client = new Client(Settings.Region); }", "us-east-2", "us.")]
    [TestCase("", "void Start() { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1 }; var client = new AmazonBedrockRuntimeClient(config); }", "eu-west-1", "eu.")]
    [TestCase("", "void Start() { var config = new AmazonBedrockRuntimeConfig(); config.RegionEndpoint = RegionEndpoint.USEast1; config.Timeout = System.TimeSpan.FromSeconds(30); var client = new AmazonBedrockRuntimeClient(config); }", "us-east-1", "us.")]
    [TestCase("", "void Start() { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1 }; config.RegionEndpoint = RegionEndpoint.USEast1; var client = new AmazonBedrockRuntimeClient(config); }", "us-east-1", "us.")]
    [TestCase("", "void Start() { var region = RegionEndpoint.GetBySystemName(\"ap-northeast-2\"); var client = new AmazonBedrockRuntimeClient(new AmazonBedrockRuntimeConfig { RegionEndpoint = region }); }", "ap-northeast-2", "apac.")]
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _client = new(\"access-key\", \"secret-key\", RegionEndpoint.EUWest2);", "eu-west-2", "eu.")]
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _a = new(RegionEndpoint.EUWest1); private readonly AmazonBedrockRuntimeClient _b = new(RegionEndpoint.GetBySystemName(\"eu-central-1\"));", "eu-central-1", "eu.")]
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _client = new(new Amazon.Runtime.BasicAWSCredentials(\"a\", \"b\"), new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest3 });", "eu-west-3", "eu.")]
    [TestCase("", "AmazonBedrockRuntimeClient Client(bool production) => new(production ? RegionEndpoint.EUWest1 : RegionEndpoint.EUCentral1);", "eu-central-1", "eu.")]
    [TestCase("", "void Start(bool backup) { var region = RegionEndpoint.USEast1; if (backup) region = RegionEndpoint.USWest2; var client = new AmazonBedrockRuntimeClient(region); }", "us-west-2", "us.")]
    [TestCase(LookAlikes, "private readonly AmazonBedrockRuntimeClient _client = new(Regions.EUWest1);", "us-east-1", "us.")]
    [TestCase(LookAlikes, "private readonly AmazonBedrockRuntimeClient _client = new(Mine.RegionEndpoint.EUWest1);", "us-east-1", "us.")]
    public Task EveryValueFormOfTheClientsRegionGivesItsProfile(string declarations, string members, string region, string prefix)
    {
        AssertServedThroughTheProfileOf(region, prefix + Sonnet55);
        string Source(string modelId) => $$"""
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            {{declarations}}
            class Service
            {
                {{members}}
                ConverseRequest M() => new() { ModelId = {{modelId}} };
            }
            """;
        return ModelIdVerifier.CodeFixAsync(Source("{|GA1002:\"anthropic.claude-3-7-sonnet-20250219-v1:0\"|}"), Source($"\"{prefix}{Sonnet55}\""));
    }

    /// <summary>The Region is the value a field holds, not its name: a static field of another type named like a
    /// RegionEndpoint member, even of a type named RegionEndpoint in another namespace, holding US East.</summary>
    private const string LookAlikes = """
        static class Regions { public static readonly RegionEndpoint EUWest1 = RegionEndpoint.USEast1; }
        namespace Mine { static class RegionEndpoint { public static readonly Amazon.RegionEndpoint EUWest1 = Amazon.RegionEndpoint.USEast1; } }
        """;

    /// <summary>A client alias declared in another file (<c>global using</c>) or inside a namespace, with the Region held in
    /// another type: the class that builds the client names neither the client type nor a Region, and the text check still
    /// lets it through by the alias.</summary>
    [TestCase("global using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;", "")]
    [TestCase("", "using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;")]
    public Task AClientAliasFromAnywhereLetsTheRegionBeFound(string globalUsing, string namespaceUsing)
    {
        string Service(string modelId) => $$"""
            using Amazon.BedrockRuntime.Model;
            namespace App
            {
                {{namespaceUsing}}
                class Service
                {
                    private readonly Client _client = new(Settings.Region);
                    ConverseRequest M() => new() { ModelId = {{modelId}} };
                }
            }
            """;
        var settings = $$"""
            {{globalUsing}}
            static class Settings { public static readonly Amazon.RegionEndpoint Region = Amazon.RegionEndpoint.EUWest1; }
            """;
        var test = ModelIdVerifier.Create();
        test.TestState.Sources.Add(("/Settings.cs", settings));
        test.TestState.Sources.Add(("/Service.cs", Service("{|GA1002:\"anthropic.claude-3-7-sonnet-20250219-v1:0\"|}")));
        test.FixedState.Sources.Add(("/Settings.cs", settings));
        test.FixedState.Sources.Add(("/Service.cs", Service("\"eu." + Sonnet55 + "\"")));
        return test.RunAsync();
    }

    /// <summary>The global client aliases are looked up once per compilation, for the files that declare no alias of their
    /// own; a file that declares one still finds it after other files' lookups (the files without an alias come first), and
    /// sees the global one too.</summary>
    [Test]
    public Task AFileSeesItsOwnAliasesAfterOtherFilesFoundTheGlobalOnes()
    {
        string Service(int number, string alias, string client, string region, string modelId) => $$"""
            {{alias}}
            using Amazon.BedrockRuntime.Model;
            class Service{{number}}
            {
                private readonly {{client}} _client = new {{client}}(Settings.{{region}});
                ConverseRequest M() => new() { ModelId = {{modelId}} };
            }
            """;
        const string Settings = """
            global using GlobalClient = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;
            static class Settings
            {
                public static readonly Amazon.RegionEndpoint Us = Amazon.RegionEndpoint.USEast1;
                public static readonly Amazon.RegionEndpoint Eu = Amazon.RegionEndpoint.EUWest1;
            }
            """;
        const string OwnAlias = "using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;";
        string Legacy(string region) => region == "" ? "{|GA1002:\"anthropic.claude-3-7-sonnet-20250219-v1:0\"|}" : "\"" + region + "." + Sonnet55 + "\"";
        var test = ModelIdVerifier.Create();
        foreach (var (state, eu, us) in new[] { (test.TestState, "", ""), (test.FixedState, "eu", "us") })
        {
            for (var number = 1; number <= 4; number++)
            {
                state.Sources.Add(($"/Service{number}.cs", Service(number, "", "GlobalClient", "Us", Legacy(us))));
            }

            state.Sources.Add(("/Service5.cs", Service(5, OwnAlias, "Client", "Eu", Legacy(eu))));
            state.Sources.Add(("/Service6.cs", Service(6, OwnAlias, "GlobalClient", "Us", Legacy(us))));
            state.Sources.Add(("/Settings.cs", Settings));
        }

        return test.RunAsync();
    }

    /// <summary>The fixed id can be invoked as written from <paramref name="region"/>: the catalog serves its model only
    /// through inference profiles, it has the profile the id names, and that profile's geography is one of the Region's.</summary>
    private static void AssertServedThroughTheProfileOf(string region, string fixedId)
    {
        var reference = GreenAnalyzers.Knowledge.ModelReference.Parse(fixedId)!;
        var catalog = GreenAnalyzers.Knowledge.CatalogOverlay.Read(TestCatalog.Overlay, GreenAnalyzers.Knowledge.ModelCatalog.Default).Catalog; // the verifier's
        Assert.That(catalog.TryFind(reference, out var target, out _), Is.True, fixedId);
        var geography = reference.Prefix.TrimEnd('.');
        Assert.Multiple(() =>
        {
            Assert.That(target.Invocation, Is.EqualTo(GreenAnalyzers.Knowledge.InvocationMode.ProfileOnly), fixedId);
            Assert.That(target.GeoProfiles, Does.Contain(geography), fixedId);
            Assert.That(GreenAnalyzers.Knowledge.InvocableId.GeographiesOf(region), Does.Contain(geography), region);
        });
    }

    /// <summary>No Region, so no profile fix, where the code does not say one geography: clients in two geographies held in
    /// locals; a Region from a parameter, from the environment, or a field a method may change; a local reassigned on a
    /// branch to another geography or to an unknown Region, a conditional between two geographies; a config whose Region
    /// is written on a branch (only, or again) or after the client is built, that a helper may change, or that a field
    /// holds; a client the SDK gives its Region at run time beside one with a Region; an isolated partition's Region, which
    /// no commercial profile serves; a Region handed to another type's constructor, where only the names look like a
    /// client's. The message names the profiles to choose from instead.</summary>
    [TestCase("private readonly System.Tuple<RegionEndpoint> _notAClient = new(RegionEndpoint.EUWest1);")]
    [TestCase("private readonly System.Tuple<RegionEndpoint> _notAClient = new(RegionEndpoint.GetBySystemName(\"eu-west-1\"));")]
    [TestCase("void Start() { var eu = RegionEndpoint.EUWest1; var us = RegionEndpoint.USEast1; var a = new AmazonBedrockRuntimeClient(eu); var b = new AmazonBedrockRuntimeClient(us); }")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client; Service(RegionEndpoint region) { _client = new AmazonBedrockRuntimeClient(region); }")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.GetBySystemName(System.Environment.GetEnvironmentVariable(\"AWS_REGION\")));")]
    [TestCase("private RegionEndpoint _region = RegionEndpoint.EUWest1; public void Move() => _region = RegionEndpoint.USEast1; AmazonBedrockRuntimeClient Client() => new(_region);")]
    [TestCase("void Start(bool us) { var region = RegionEndpoint.EUWest1; if (us) region = RegionEndpoint.USEast1; var client = new AmazonBedrockRuntimeClient(region); }")]
    [TestCase("void Start(bool us) { var region = RegionEndpoint.EUWest1; if (us) region = Lookup(); var client = new AmazonBedrockRuntimeClient(region); } static RegionEndpoint Lookup() => null;")]
    [TestCase("AmazonBedrockRuntimeClient Client(bool us) => new(us ? RegionEndpoint.USEast1 : RegionEndpoint.EUWest1);")]
    [TestCase("void Start(bool us) { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1 }; if (us) config.RegionEndpoint = RegionEndpoint.USEast1; var client = new AmazonBedrockRuntimeClient(config); }")]
    [TestCase("void Start(bool eu) { var config = new AmazonBedrockRuntimeConfig(); if (eu) config.RegionEndpoint = RegionEndpoint.EUWest1; var client = new AmazonBedrockRuntimeClient(config); }")]
    [TestCase("void Start() { var config = new AmazonBedrockRuntimeConfig(); var client = new AmazonBedrockRuntimeClient(config); config.RegionEndpoint = RegionEndpoint.EUWest1; }")]
    [TestCase("void Start() { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1 }; Configure(config); var client = new AmazonBedrockRuntimeClient(config); } static void Configure(AmazonBedrockRuntimeConfig config) { }")]
    [TestCase("private readonly AmazonBedrockRuntimeConfig _config = new() { RegionEndpoint = RegionEndpoint.EUWest1 }; AmazonBedrockRuntimeClient Client() => new(_config);")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _eu = new(RegionEndpoint.EUWest1); private readonly AmazonBedrockRuntimeClient _default = new();")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.USIsoEast1);")]
    [TestCase("void Start() { var client = new AmazonBedrockRuntimeClient(new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1, ServiceURL = \"https://bedrock-runtime.us-east-1.amazonaws.com\" }); }")]
    [TestCase("void Start() { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.EUWest1 }; config.ServiceURL = \"https://bedrock-runtime.us-east-1.amazonaws.com\"; var client = new AmazonBedrockRuntimeClient(config); }")]
    [TestCase("void Start() { var config = new AmazonBedrockRuntimeConfig(); config.RegionEndpoint ??= RegionEndpoint.EUWest1; var client = new AmazonBedrockRuntimeClient(config); }")]
    public Task NoProfileFixWhereTheRegionIsNotOneConstant(string members)
    {
        var source =
            $$"""
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class Service
            {
                {{members}}
                ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
            }
            """;
        return ModelIdVerifier.CodeFixAsync(source, source);
    }

    /// <summary>A client the type receives or holds but does not build (injected by a constructor, a primary constructor or a
    /// method, through the client class or its interface; a factory's result in a field, a local, an expression-bodied
    /// property or an out argument; a subclass; a property code outside the type may set; a local a foreach, a pattern or
    /// an out var declares; a lambda's or a local function's parameter) may be in any Region, so the Region of the
    /// client the type does build (US East) gives no fix.</summary>
    [TestCase("", "private readonly AmazonBedrockRuntimeClient _runtime; Service(AmazonBedrockRuntimeClient runtime) => _runtime = runtime;")]
    [TestCase("", "private readonly IAmazonBedrockRuntime _runtime; Service(IAmazonBedrockRuntime runtime) => _runtime = runtime;")]
    [TestCase("(IAmazonBedrockRuntime runtime)", "")]
    [TestCase("", "System.Threading.Tasks.Task Send(Amazon.Bedrock.IAmazonBedrock control) => null;")]
    [TestCase("", "private readonly IAmazonBedrockRuntime _runtime = Clients.Runtime();")]
    [TestCase("", "private readonly IAmazonBedrockRuntime _runtime; Service() { _runtime = Clients.Runtime(); }")]
    [TestCase("", "private IAmazonBedrockRuntime Runtime => Clients.Runtime();")]
    [TestCase("", "private AmazonBedrockRuntimeClient _runtime = new(RegionEndpoint.USEast1); void Reset() => Clients.Make(out _runtime);")]
    [TestCase("", "private readonly EuClient _runtime = new();")]
    [TestCase("", "public IAmazonBedrockRuntime Runtime { get; set; } = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1);")]
    [TestCase("", "void Start() { var runtime = Clients.Runtime(); }")]
    [TestCase("", "void Start() { IAmazonBedrockRuntime runtime = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1); runtime = Clients.Runtime(); }")]
    [TestCase("", "void Start() { foreach (var runtime in Clients.All()) { } }")]
    [TestCase("", "void Start(object o) { if (o is IAmazonBedrockRuntime runtime) { } }")]
    [TestCase("", "void Start() { Clients.Make(out var runtime); }")]
    [TestCase("", "void Start() { System.Func<IAmazonBedrockRuntime, int> use = runtime => 0; }")]
    [TestCase("", "void Start() { int Use(IAmazonBedrockRuntime runtime) => 0; }")]
    public Task NoProfileFixWhereTheTypeHoldsAClientItDoesNotBuild(string primaryConstructor, string members)
    {
        var source =
            $$"""
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class Service{{primaryConstructor}}
            {
                private readonly Amazon.Bedrock.AmazonBedrockClient _control = new(RegionEndpoint.USEast1);
                {{members}}
                ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
            }
            class EuClient : AmazonBedrockRuntimeClient { public EuClient() : base(RegionEndpoint.EUWest1) { } }
            static class Clients
            {
                public static IAmazonBedrockRuntime Runtime() => new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1);
                public static IAmazonBedrockRuntime[] All() => new[] { Runtime() };
                public static void Make(out AmazonBedrockRuntimeClient client) => client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1);
            }
            """;
        return ModelIdVerifier.CodeFixAsync(source, source);
    }

    /// <summary>Top-level statements (Program.cs as <c>dotnet new console</c> writes it) have no type: the file is read as
    /// one. A client built there with a Region gives its geography; beside one from a factory, a lambda's parameter or a
    /// local function's, it gives none, as in a type.</summary>
    [TestCase("", "eu.")]
    [TestCase("var other = Clients.Runtime();", null)]
    [TestCase("System.Func<IAmazonBedrockRuntime, int> use = runtime => 0;", null)]
    [TestCase("int Use(IAmazonBedrockRuntime runtime) => 0;", null)]
    public Task TopLevelStatementsAreReadAsOneScope(string statement, string? prefix)
    {
        string Source(string id) =>
            $$"""
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            var client = new AmazonBedrockRuntimeClient(RegionEndpoint.EUWest1);
            {{statement}}
            var request = new ConverseRequest { ModelId = {{id}} };
            static class Clients
            {
                public static IAmazonBedrockRuntime Runtime() => throw new System.NotImplementedException(); // built elsewhere
            }
            """;
        var test = ModelIdVerifier.Create();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(Source("{|GA1002:\"anthropic.claude-3-7-sonnet-20250219-v1:0\"|}"));
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.Sources.Add(prefix is null ? Source("{|GA1002:\"anthropic.claude-3-7-sonnet-20250219-v1:0\"|}") : Source($"\"{prefix}{Sonnet55}\""));
        return test.RunAsync();
    }

    /// <summary>A partial type's other part may build a client in another geography (here EU beside US): only one declaration
    /// is read, so a type declared in more than one part gives no Region.</summary>
    [Test]
    public Task APartialTypeGivesNoProfileFix()
    {
        const string Other = """
            using Amazon;
            using Amazon.BedrockRuntime;
            partial class Service
            {
                private readonly AmazonBedrockRuntimeClient _eu = new(RegionEndpoint.EUWest1);
            }
            """;
        const string Use = """
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            partial class Service
            {
                private readonly AmazonBedrockRuntimeClient _us = new(RegionEndpoint.USEast1);
                ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} };
            }
            """;
        var test = ModelIdVerifier.Create();
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/A.cs", Other));
            state.Sources.Add(("/B.cs", Use));
        }

        return test.RunAsync();
    }

    /// <summary>Half-typed client code (a Region member, a config, a system name, a client type being written, a client
    /// field, parameter, local or property beside a client with a Region) does not crash the analyzer; the finding stays.</summary>
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.);")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.GetBySystemName(\"eu-west-1\");")]
    [TestCase("void Start() { var config = new AmazonBedrockRuntimeConfig { RegionEndpoint = }; var client = new AmazonBedrockRuntimeClient(config); }")]
    [TestCase("void Start() { var region = RegionEndpoint.EUWest1; var client = new AmazonBedrockRuntimeClient(region, ); }")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new Missing(RegionEndpoint.EUWest1); private readonly Client2 _c = new(RegionEndpoint.EUWest1);")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.EUWest1); private readonly IAmazonBedrockRuntime _other = ;")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.EUWest1); void Use(IAmazonBedrockRuntime ) { _client = ; }")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.EUWest1); void Use() { foreach (var c in ) { } IAmazonBedrockRuntime r = ; if (r is IAmazonBedrockRuntime ) { } }")]
    [TestCase("private readonly AmazonBedrockRuntimeClient _client = new(RegionEndpoint.EUWest1); IAmazonBedrockRuntime Runtime { get => ; }")]
    public async Task HalfTypedClientCodeDoesNotCrash(string members)
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class Service
            {
                {{members}}
                ConverseRequest M() => new() { ModelId = "anthropic.claude-3-7-sonnet-20250219-v1:0" };
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1002" }));
        });
    }

    [Test]
    public Task GlobalProfileOnlyWhenTheTeamAllowsIt() => ModelIdVerifier.CodeFixAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"anthropic.claude-3-7-sonnet-20250219-v1:0"|} }; }
        """,
        """
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "global.anthropic.claude-sonnet-5-5" }; }
        """,
        "green_analyzers.allow_global_profile = true");

    [TestCase("global.", "global.")]
    [TestCase("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.", "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.")]
    [TestCase("arn:aws:bedrock:us-east-1::foundation-model/", null)]
    public Task ProfileIdsAndArnsKeepTheirGeographyAndAccount(string head, string? fixedHead) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{head}}anthropic.claude-3-7-sonnet-20250219-v1:0"|} }; }
        """,
        fixedHead is null
            ? $$"""
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{head}}anthropic.claude-3-7-sonnet-20250219-v1:0"|} }; }
            """
            : $$"""
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "{{fixedHead}}anthropic.claude-sonnet-5-5" }; }
            """);

    [Test]
    public Task FoundationModelArnOfAnInRegionSuccessorIsRewritten() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"arn:aws:bedrock:us-east-1::foundation-model/{{TitanExpress}}"|} }; }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "arn:aws:bedrock:us-east-1::foundation-model/{{NovaMicro}}" }; }
        """);

    // ---------------------------------------------------------------- lifecycle judged against a date

    [Test]
    public async Task StatusFollowsTheAnalysisDate()
    {
        const string Source = """
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "us.anthropic.claude-sonnet-4-5-20250929-v1:0" }; }
            """;
        var analyzer = new Analyzers.ModelIdAnalyzer();
        var before = await AnalyzerRunner.RunWithOptionsAsync(analyzer, Source, ("green_analyzers.as_of", "2026-10-07"));
        var legacy = await AnalyzerRunner.RunWithOptionsAsync(analyzer, Source, ("green_analyzers.as_of", "2026-10-08"));
        var eol = await AnalyzerRunner.RunWithOptionsAsync(analyzer, Source, ("build_property.GreenAnalyzersAsOf", "2027-04-08"));
        var configWinsOverBuild = await AnalyzerRunner.RunWithOptionsAsync(
            analyzer, Source, ("green_analyzers.as_of", "2026-01-01"), ("build_property.GreenAnalyzersAsOf", "2027-04-08"));

        Assert.Multiple(() =>
        {
            Assert.That(before.Diagnostics, Is.Empty, "not legacy yet");
            Assert.That(legacy.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Does.StartWith("'us.anthropic.claude-sonnet-4-5-20250929-v1:0' is legacy on Amazon Bedrock since 2026-10-08, end of life 2027-04-08 ("));
            Assert.That(legacy.Diagnostics.Single().Properties["lifecycle_status"], Is.EqualTo("legacy"));
            Assert.That(legacy.Diagnostics.Single().Properties["as_of"], Is.EqualTo("2026-10-08"));
            Assert.That(eol.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Does.StartWith("'us.anthropic.claude-sonnet-4-5-20250929-v1:0' reached end of life on Amazon Bedrock on 2027-04-08 ("));
            Assert.That(eol.Diagnostics.Single().Properties["lifecycle_status"], Is.EqualTo("eol"));
            Assert.That(configWinsOverBuild.Diagnostics, Is.Empty);
        });
    }

    /// <summary>Image, video and speech models are judged by their AWS lifecycle dates too; AWS names no replacement, so
    /// there is no fix, and GA1001 never tiers them. Where the catalog sources a price per image, the message quotes it
    /// with its source and date (the figure to compare a replacement with); where it does not, the message says nothing of price.</summary>
    [TestCase("InvokeModelRequest", "amazon.nova-canvas-v1:0", "Nova Canvas", "image", "2026-03-30", "2026-09-30", "0.06", "$0.06")]
    [TestCase("InvokeModelRequest", "amazon.titan-image-generator-v2:0", "Titan Image Generator G1 v2", "image", "2025-12-30", "2026-06-30", "0.008", "$0.008")]
    [TestCase("StartAsyncInvokeRequest", "amazon.nova-reel-v1:1", "Nova Reel", "video", "2026-03-30", "2026-09-30", null, null)]
    [TestCase("InvokeModelWithBidirectionalStreamRequest", "amazon.nova-sonic-v1:0", "Nova Sonic", "speech", "2026-03-13", "2026-09-14", null, null)]
    public async Task ImageAndVideoModelsAreJudgedByTheirLifecycle(
        string request, string id, string name, string modality, string legacyDate, string eolDate, string? perImage, string? perImageText)
    {
        var source = $$"""
            using Amazon.BedrockRuntime.Model;
            class C { {{request}} M() => new() { ModelId = "{{id}}" }; }
            """;
        var analyzer = new Analyzers.ModelIdAnalyzer();
        var before = await AnalyzerRunner.RunWithOptionsAsync(analyzer, source, ("green_analyzers.as_of", PreviousDay(legacyDate)));
        var legacy = await AnalyzerRunner.RunWithOptionsAsync(analyzer, source, ("green_analyzers.as_of", legacyDate));
        var eol = await AnalyzerRunner.RunWithOptionsAsync(analyzer, source, ("green_analyzers.as_of", eolDate));
        var allowed = await AnalyzerRunner.RunWithOptionsAsync(analyzer, source, ("green_analyzers.as_of", eolDate), ("green_analyzers.allowed_models", id));
        var price = perImageText is null ? string.Empty : $" ({perImageText} per image, LiteLLM price list, 2026-07-24)";

        Assert.Multiple(() =>
        {
            Assert.That(before.Diagnostics, Is.Empty, "not legacy yet");
            Assert.That(legacy.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo($"'{id}' is legacy on Amazon Bedrock since {legacyDate}, end of life {eolDate} (AWS Bedrock model lifecycle, 2026); AWS names no replacement for {name}{price}: choose a current {modality} model"));
            Assert.That(eol.Diagnostics.Single().Id, Is.EqualTo("GA1002"));
            Assert.That(eol.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo($"'{id}' reached end of life on Amazon Bedrock on {eolDate} (AWS Bedrock model lifecycle, 2026); AWS names no replacement for {name}{price}: choose a current {modality} model"));
            Assert.That(eol.Diagnostics.Single().Properties["lifecycle_status"], Is.EqualTo("eol"));
            Assert.That(eol.Diagnostics.Single().Properties.ContainsKey("suggested"), Is.False, "no replacement, no fix");
            Assert.That(Property(eol.Diagnostics.Single(), "usd_per_image"), Is.EqualTo(perImage));
            Assert.That(Property(eol.Diagnostics.Single(), "price_source"), Is.EqualTo(perImage is null ? null : "LiteLLM price list"));
            Assert.That(Property(eol.Diagnostics.Single(), "price_date"), Is.EqualTo(perImage is null ? null : "2026-07-24"));
            Assert.That(allowed.Diagnostics, Is.Empty, "allowed_models silences it");
        });
    }

    [TestCase("stability.sd3-5-large-v1:0")]   // an image model with no lifecycle fact: unknown, never flagged
    [TestCase("amazon.nova-canvas-v2:0")]      // an unknown version
    public async Task ImageModelsWithoutALifecycleFactAreNotFlagged(string id)
    {
        var result = await AnalyzerRunner.RunWithOptionsAsync(new Analyzers.ModelIdAnalyzer(),
            $$"""
            using Amazon.BedrockRuntime.Model;
            class C { InvokeModelRequest M() => new() { ModelId = "{{id}}" }; }
            """, ("green_analyzers.as_of", "2027-01-01"));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    private static string? Property(Microsoft.CodeAnalysis.Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    private static string PreviousDay(string isoDate)
        => DateTime.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task WithoutADateTheCatalogsDateApplies()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.ModelIdAnalyzer()),
            new[] { "using Amazon.BedrockRuntime.Model;\nclass C { ConverseRequest M() => new() { ModelId = \"us.anthropic.claude-3-haiku-20240307-v1:0\" }; }" },
            concurrent: true);

        var catalogDate = GreenAnalyzers.Knowledge.ModelCatalog.Default.Date;
        Assert.That(catalogDate, Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
        Assert.That(result.Diagnostics.Single().Properties["as_of"], Is.EqualTo(catalogDate));
    }

    [Test]
    public async Task HigherPriceAndRegionScopeAreNamed()
    {
        const string Overlay = """
            { "models": [ { "id": "anthropic.claude-sonnet-4-5-20250929-v1:0", "legacy_date": "2026-10-08",
              "extended_access_date": "2027-01-08", "eol_date": "2027-04-08", "eol_scope": "some Regions" } ] }
            """;
        const string Source = """
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "us.anthropic.claude-sonnet-4-5-20250929-v1:0" }; }
            """;
        async Task<string> MessageAt(string asOf)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.ModelIdAnalyzer()), new[] { Source }, concurrent: true,
                optionsProvider: new DictionaryOptionsProvider(("green_analyzers.as_of", asOf)),
                additionalTexts: new[] { new AnalyzerRunner.InMemoryText("/green-catalog.json", Overlay) });
            return result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (legacy, higherPrice, endOfLife) = (await MessageAt("2026-11-01"), await MessageAt("2027-02-01"), await MessageAt("2027-05-01"));
        Assert.Multiple(() =>
        {
            Assert.That(legacy, Does.Contain(
                "is legacy on Amazon Bedrock in some Regions since 2026-10-08, end of life 2027-04-08, higher price from 2027-01-08 (green-catalog.json)"));
            Assert.That(higherPrice, Does.Contain("higher price since 2027-01-08"));
            Assert.That(endOfLife, Does.Contain("reached end of life on Amazon Bedrock on 2027-04-08 in some Regions (green-catalog.json)"));
        });
    }

    /// <summary>Claude Opus 4.1's public extended access (higher price) from 2026-10-08, from AWS's Model lifecycle (Legacy)
    /// page (a copy of 2026-10-07 or later): named before that day, and as "since" after it.</summary>
    [Test]
    public async Task OpusFourOneNamesItsHigherPriceFromTheLifecyclePage()
    {
        async Task<string> MessageAt(string asOf)
        {
            var result = await AnalyzerRunner.RunWithOptionsAsync(new Analyzers.ModelIdAnalyzer(),
                """
                using Amazon.BedrockRuntime.Model;
                class C { ConverseRequest M() => new() { ModelId = "us.anthropic.claude-opus-4-1-20250805-v1:0" }; }
                """, ("green_analyzers.as_of", asOf));
            return result.Diagnostics.Single(d => d.Id == "GA1002").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (before, after) = (await MessageAt("2026-09-01"), await MessageAt("2026-12-07"));
        Assert.Multiple(() =>
        {
            Assert.That(before, Does.Contain("since 2026-07-08, end of life 2027-01-08, higher price from 2026-10-08"));
            Assert.That(after, Does.Contain("higher price since 2026-10-08"));
            Assert.That(after, Does.Contain("AWS Bedrock model lifecycle, 2026-10-07"));
        });
    }

    [Test]
    public Task VendorLegacyIsNotBedrockLegacy() => ModelIdVerifier.AnalyzerAsync(
        """
        using Amazon.BedrockRuntime.Model;
        // Anthropic calls Opus 4.5 legacy on its own API; Bedrock sets its own dates, so only GA1001 (oversized) applies.
        class C { ConverseRequest M() => new() { ModelId = {|GA1001:"anthropic.claude-opus-4-5-20251101-v1:0"|} }; }
        """);

    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", TestName = "No current successor of the same tier")]
    [TestCase("ai21.j2-ultra-v1", TestName = "Every successor in the chain reached end of life")]
    [TestCase("meta.llama3-2-11b-instruct-v1:0", TestName = "AWS's replacement is a larger tier")]
    public Task LegacyWithoutASuccessorIsReportedWithoutAFix(string id) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{id}}"|} }; }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{id}}"|} }; }
        """);

    // ---------------------------------------------------------------- must not flag

    [TestCase("anthropic.claude-sonnet-4-6", TestName = "Current model")]
    [TestCase("anthropic.claude-haiku-4-5-20251001-v1:0", TestName = "Active per its AWS model card")]
    [TestCase("anthropic.claude-v3", TestName = "Near miss: unknown version")]
    [TestCase("anthropic.claude-v2:1:extra", TestName = "Near miss: extra suffix")]
    [TestCase("anthropic.claude-v2 ", TestName = "Near miss: trailing space")]
    [TestCase("amazon.titan-embed-text-v1", TestName = "Embedding model")]
    [TestCase("", TestName = "Empty string")]
    [TestCase("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123", TestName = "Provisioned model ARN")]
    public Task NotFlagged(string modelId) => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "{{modelId}}" }; }
        """);

    [Test]
    public Task VeryLongStringIsNotFlagged() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}{{new string('x', 20_000)}}" }; }
        """);

    [Test]
    public Task UnknownValuesAreNotFlagged() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            static string Configured = "{{ClaudeV2}}";
            static void Configure(string id) => Configured = id;
            ConverseRequest M(string id) => new() { ModelId = id };
            ConverseRequest N() => new() { ModelId = Configured };
        }
        """);

    [TestCase("green_analyzers.allowed_models = " + ClaudeV2)]
    [TestCase("green_analyzers.allowed_models = arn:aws:bedrock:us-east-1::foundation-model/" + ClaudeV2)]
    public Task AllowedModelsSilenceTheRule(string option) => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "us.{{ClaudeV2}}" }; }
        """,
        option);

    [Test]
    public Task PerRuleAllowListSilencesThatRuleOnly_Ga1001StillJudgesTheSize() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1001:"us.{{ClaudeV2}}"|} }; }
        """,
        "green_analyzers.GA1002.allowed_models = us." + ClaudeV2);

    [Test]
    public Task Ga1001AllowListDoesNotSilenceGa1002() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{ClaudeV2}}"|} }; }
        """,
        "green_analyzers.GA1001.allowed_models = " + ClaudeV2);

    // ---------------------------------------------------------------- robustness, generated code, suppression

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest A() => new ConverseRequest { ModelId = "{{ClaudeV2}}"
                ConverseRequest B() => new ConverseRequest { ModelId = Missing + "{{ClaudeV2}}" };
                ConverseRequest D() => new ConverseRequest { ModelId = $"{Undefined}.{{ClaudeV2}}" };
                object E() => new UnknownRequest { ModelId = "{{ClaudeV2}}" };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA1002"));
            Assert.That(result.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Does.Contain(3));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = ModelIdVerifier.Create();
        test.TestState.Sources.Add(("/Client.g.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class G { ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}" }; }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ModelIdVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
        #pragma warning disable GA1002 // Migration scheduled for the next release.
            ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}" };
        #pragma warning restore GA1002
            ConverseRequest N() => new() { ModelId = {|GA1002:"{{ClaudeV2}}"|} };
        }
        """;
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- message and properties

    [Test]
    public async Task MessageQuotesTheLifecycleAndTheSuccessor()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest A() => new() { ModelId = "{{TitanExpress}}" };
                ConverseRequest B() => new() { ModelId = "us.anthropic.claude-sonnet-4-5-20250929-v1:0" };
                ConverseRequest D() => new() { ModelId = "anthropic.claude-3-haiku-20240307-v1:0" };
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "'amazon.titan-text-express-v1' reached end of life on Amazon Bedrock on 2025-08-15 (AWS Bedrock model lifecycle, 2025-11); "
                + "use 'amazon.nova-micro-v1:0' (AWS's recommended replacement)",
            "'us.anthropic.claude-sonnet-4-5-20250929-v1:0' is legacy on Amazon Bedrock since 2026-10-08, end of life 2027-04-08 (AWS Bedrock model lifecycle, 2026); "
                + "use 'us.anthropic.claude-sonnet-5-5' (Claude Sonnet 5.5, the current large-tier model)",
            "'anthropic.claude-3-haiku-20240307-v1:0' reached end of life on Amazon Bedrock on 2026-09-10 in some Regions (AWS Bedrock model lifecycle, 2026); "
                + "no current successor of the same tier is known: choose one",
        }));

        var titan = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.Multiple(() =>
        {
            Assert.That(titan.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(titan.Properties["lifecycle_status"], Is.EqualTo("eol"));
            Assert.That(titan.Properties["eol_date"], Is.EqualTo("2025-08-15"));
            Assert.That(titan.Properties["successor_basis"], Is.EqualTo("aws"));
            Assert.That(titan.Properties["suggested_id"], Is.EqualTo(NovaMicro));
            Assert.That(titan.Properties["edit.0.value"], Is.EqualTo("string:" + NovaMicro));
            Assert.That(titan.Properties["lifecycle_source"], Is.EqualTo("AWS Bedrock model lifecycle, 2025-11"));
        });
    }
}
