namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA5001 Capture endpoint data: no DataCaptureConfig, or capture switched off. No fix without a chosen destination.</summary>
public sealed class GA5001Tests
{
    private const string Destination = "green_analyzers.GA5001.destination_s3_uri = s3://acme-model-monitor/capture";

    private static string Config(string members, string marker = "GA5001") => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            Task M(IAmazonSageMaker s, string name) => s.CreateEndpointConfigAsync({|{{marker}}:new CreateEndpointConfigRequest|}
            {
                EndpointConfigName = name,
                ProductionVariants = [new ProductionVariant { VariantName = "main", ModelName = name, InitialInstanceCount = 1 }],{{members}}
            });
        }
        """;

    private static string Unmarked(string members) => Config(members).Replace("{|GA5001:new CreateEndpointConfigRequest|}", "new CreateEndpointConfigRequest");

    [Test]
    public Task AddsACompleteDataCaptureConfig_WhenTheDestinationIsConfigured() => EndpointVerifier.CodeFixAsync(
        Config(""),
        Unmarked("""

                    DataCaptureConfig = new DataCaptureConfig
                    {
                        EnableCapture = true,
                        InitialSamplingPercentage = 25,
                        DestinationS3Uri = "s3://acme-model-monitor/capture",
                        CaptureOptions = new List<CaptureOption>
                        {
                            new CaptureOption { CaptureMode = CaptureMode.Input },
                            new CaptureOption { CaptureMode = CaptureMode.Output },
                        },
                    },
            """),
        Destination, "green_analyzers.GA5001.sampling_percentage = 25");

    [Test]
    public Task InlineRequestGetsAnInlineConfig_AndTheUsingsAreAdded() => EndpointVerifier.CodeFixAsync("""
        class C
        {
            object M(Amazon.SageMaker.IAmazonSageMaker s) => s.CreateEndpointConfigAsync({|GA5001:new Amazon.SageMaker.Model.CreateEndpointConfigRequest|} { EndpointConfigName = "x" });
        }
        """, """
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        class C
        {
            object M(Amazon.SageMaker.IAmazonSageMaker s) => s.CreateEndpointConfigAsync(new Amazon.SageMaker.Model.CreateEndpointConfigRequest { EndpointConfigName = "x", DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://acme-model-monitor/capture", CaptureOptions = new List<CaptureOption> { new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output } } } });
        }
        """, Destination);

    [Test]
    public Task NoFixWithoutADestination_TheMessageNamesTheOption()
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Config("");
        test.FixedCode = Config("");
        return test.RunAsync();
    }

    [TestCase("green_analyzers.GA5001.destination_s3_uri = my-bucket/capture")]
    [TestCase("green_analyzers.GA5001.destination_s3_uri = s3://")]
    [TestCase("green_analyzers.GA5001.destination_s3_uri = s3://ok/two words")]
    public Task UnusableDestinationsGiveNoFix(string option) => EndpointVerifier.CodeFixAsync(Config(""), Config(""), option);

    /// <summary>The fix builds the string literal from the destination, so quotes, backslashes and braces are escaped, not
    /// refused (they used to make the option count as unset): what is written is exactly the configured value.</summary>
    [TestCase("s3://ok\"+System.Environment.Exit(1)+\"", "\"s3://ok\\\"+System.Environment.Exit(1)+\\\"\"")]
    [TestCase("s3://bucket/a\\b/{c}", "\"s3://bucket/a\\\\b/{c}\"")]
    public Task DestinationsWithQuotesBackslashesOrBracesAreWrittenEscaped(string destination, string literal) => EndpointVerifier.CodeFixAsync(
        Config(""),
        Unmarked($$"""

                    DataCaptureConfig = new DataCaptureConfig
                    {
                        EnableCapture = true,
                        InitialSamplingPercentage = 10,
                        DestinationS3Uri = {{literal}},
                        CaptureOptions = new List<CaptureOption>
                        {
                            new CaptureOption { CaptureMode = CaptureMode.Input },
                            new CaptureOption { CaptureMode = CaptureMode.Output },
                        },
                    },
            """),
        "green_analyzers.GA5001.destination_s3_uri = " + destination);

    [Test]
    public Task SwitchesCaptureOn() => EndpointVerifier.CodeFixAsync(
        Config("""

                    DataCaptureConfig = new DataCaptureConfig { EnableCapture = false, DestinationS3Uri = "s3://b/p" }, // off during load tests
            """),
        Unmarked("""

                    DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, DestinationS3Uri = "s3://b/p" }, // off during load tests
            """));

    [TestCase("\n            DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, DestinationS3Uri = \"s3://b/p\" },")]
    [TestCase("\n            DataCaptureConfig = Monitoring.Capture,")]
    public Task NotFlagged(string members) => EndpointVerifier.AnalyzerAsync(
        Unmarked(members) + "\nstatic class Monitoring { public static DataCaptureConfig Capture => new() { EnableCapture = true }; }");

    [Test]
    public Task ConfigCompletedLaterOrElsewhereIsNotJudged() => EndpointVerifier.AnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            async Task Later(IAmazonSageMaker s)
            {
                var request = new CreateEndpointConfigRequest { EndpointConfigName = "x" };
                request.DataCaptureConfig = Monitoring.Capture;
                await s.CreateEndpointConfigAsync(request);
            }
            CreateEndpointConfigRequest Built() => new CreateEndpointConfigRequest { EndpointConfigName = "x" };
        }
        static class Monitoring { public static DataCaptureConfig Capture => new() { EnableCapture = true }; }
        """);

    [Test]
    public async Task MessagesAndSeverity()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.EndpointAnalyzer(), Unmarked(""), """
            using Amazon.SageMaker.Model;
            class D { object M() { var r = new CreateEndpointConfigRequest { DataCaptureConfig = new() { EnableCapture = false } }; return Send(r); } static object Send(object o) => o; }
            """);
        var diagnostic = result.Diagnostics.Single(d => d.Id == "GA5001");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "CreateEndpointConfigRequest has no DataCaptureConfig: without data capture, SageMaker Model Monitor has no requests and "
                + "responses to check for data drift and model quality loss (for a fix, set green_analyzers.GA5001.destination_s3_uri = s3://<bucket>/<prefix> in .editorconfig)"));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.EndpointAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C
            {
                object A(IAmazonSageMaker s) => s.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { DataCaptureConfig = new() { EnableCapture = } });
                object B(IAmazonSageMaker s) => s.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { DataCaptureConfig = );
                object D(IAmazonSageMaker s) => s.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = 
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public Task GeneratedCodeAndPragma()
    {
        var test = EndpointVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = "#pragma warning disable GA5001 // Short-lived load-test endpoint.\n" + Unmarked("");
        test.TestState.Sources.Add(("/Endpoints.g.cs", Unmarked("").Replace("class C", "class G")));
        return test.RunAsync();
    }
}
