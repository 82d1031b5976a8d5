namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1003 on a request held in a local: every use of the local is followed, however its name is written (a Unicode
/// escape, a verbatim name), wherever it is (before a later reassignment, captured by a lambda or local function), and only
/// the uses of that local, not of another variable of the same name (issue 21: what a faster search for the uses must keep).</summary>
public sealed class GA1003LocalUsesTests
{
    [Test]
    public Task AUseWrittenWithAUnicodeEscapeIsFollowed() => ConverseVerifier.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task Bounded(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                \u0072equest.InferenceConfig = new InferenceConfiguration { MaxTokens = 64 };
                await client.ConverseAsync(request);
            }
            async Task Escapes(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                Defaults.Apply(re\u0071uest);
                await client.ConverseAsync(request);
            }
            async Task Unbounded(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest()|};
                await client.ConverseAsync(\u0072equest);
            }
        }
        static class Defaults
        {
            public static void Apply(ConverseRequest r) => r.InferenceConfig = new InferenceConfiguration { MaxTokens = 256 };
        }
        """);

    [Test]
    public Task AVerbatimNameIsFollowed() => ConverseVerifier.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task Bounded(IAmazonBedrockRuntime client)
            {
                var @request = new ConverseRequest();
                @request.InferenceConfig = new InferenceConfiguration { MaxTokens = 64 };
                await client.ConverseAsync(request);
            }
            async Task Unbounded(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest()|};
                await client.ConverseAsync(@request);
            }
        }
        """);

    [Test]
    public Task ANameReusedInALambdaIsAnotherVariableButACaptureEscapes() => ConverseVerifier.AnalyzerAsync(
        """
        using System;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task Shadowed(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest()|};
                Func<ConverseRequest, int> size = request => request.Messages.Count;
                void Local() { ConverseRequest request = new(); Defaults.Apply(request); }
                Local();
                await client.ConverseAsync(request);
            }
            async Task CapturedByALocalFunction(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                Func<ConverseRequest, int> size = request => request.Messages.Count;
                Task Send() => client.ConverseAsync(request);
                await Send();
            }
            async Task CapturedByALambdaBesideAShadow(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                Func<ConverseRequest, Func<Task>> later = other => () => { var request2 = request; return client.ConverseAsync(request2); };
                await later(request)();
            }
        }
        static class Defaults
        {
            public static void Apply(ConverseRequest r) => r.InferenceConfig = new InferenceConfiguration { MaxTokens = 256 };
        }
        """);

    [Test]
    public Task UsesBeforeALaterReassignmentAreFollowed() => ConverseVerifier.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task Reassigned(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest()|};
                await client.ConverseAsync(request);
                request = new ConverseRequest { InferenceConfig = new InferenceConfiguration { MaxTokens = 64 } };
                await client.ConverseAsync(request);
            }
            async Task EscapedBeforeTheReassignment(IAmazonBedrockRuntime client)
            {
                ConverseRequest request = new ConverseRequest();
                Defaults.Apply(request);
                request = new ConverseRequest();
                await client.ConverseAsync(request);
            }
        }
        static class Defaults
        {
            public static void Apply(ConverseRequest r) => r.InferenceConfig = new InferenceConfiguration { MaxTokens = 256 };
        }
        """);
}
