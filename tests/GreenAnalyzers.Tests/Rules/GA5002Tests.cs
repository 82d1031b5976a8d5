namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA5002 Scale and alarm on endpoints: a compilation-end rule over the whole project.</summary>
public sealed class GA5002Tests
{
    private const string Deploy = """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Deploy
        {
            async Task M(IAmazonSageMaker sageMaker)
            {
                await sageMaker.{|GA5002:CreateEndpointAsync|}(new CreateEndpointRequest { EndpointName = "triage", EndpointConfigName = "triage-v1" });
                await sageMaker.{|GA5002:CreateEndpointAsync|}(new CreateEndpointRequest { EndpointName = "drafts", EndpointConfigName = "drafts-v1" });
            }
        }
        """;

    private static string Unmarked(string source) => source.Replace("{|GA5002:", "").Replace("|}", "");

    [Test]
    public Task ReportedAtEveryEndpointWhenNothingWatchesThem() => EndpointVerifier.AnalyzerAsync(Deploy);

    [Test]
    public Task AScalableTargetAnywhereInTheProjectSilencesIt()
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Unmarked(Deploy);
        test.TestState.Sources.Add(("/Scaling.cs", """
            using System.Threading.Tasks;
            using Amazon.ApplicationAutoScaling;
            using Amazon.ApplicationAutoScaling.Model;
            class Scaling
            {
                Task M(IAmazonApplicationAutoScaling scaling) => scaling.RegisterScalableTargetAsync(new RegisterScalableTargetRequest
                {
                    ServiceNamespace = ServiceNamespace.Sagemaker,
                    ResourceId = "endpoint/triage/variant/main",
                    ScalableDimension = ScalableDimension.SagemakerVariantDesiredInstanceCount,
                    MinCapacity = 1,
                    MaxCapacity = 4,
                });
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task AnAlarmAnywhereInTheProjectSilencesIt()
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Unmarked(Deploy);
        test.TestState.Sources.Add(("/Alarms.cs", """
            using Amazon.CloudWatch.Model;
            static class Alarms
            {
                public static PutMetricAlarmRequest Idle(string endpoint) => new PutMetricAlarmRequest { AlarmName = endpoint + "-idle", Namespace = "AWS/SageMaker", MetricName = "Invocations" };
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task ScalingAnotherServiceDoesNotCount()
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Deploy;
        test.TestState.Sources.Add(("/Scaling.cs", """
            using Amazon.ApplicationAutoScaling;
            using Amazon.ApplicationAutoScaling.Model;
            static class Scaling
            {
                public static RegisterScalableTargetRequest Table() => new RegisterScalableTargetRequest { ServiceNamespace = ServiceNamespace.Dynamodb, ResourceId = "table/orders" };
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public async Task IsACompilationEndDiagnostic()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.EndpointAnalyzer(), Unmarked(Deploy));
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA5002", "GA5002" }));
            Assert.That(result.Diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(result.Diagnostics[0].Descriptor.CustomTags, Does.Contain(WellKnownDiagnosticTags.CompilationEnd));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public Task ProjectsWithoutEndpointsAreQuiet() => EndpointVerifier.AnalyzerAsync("""
        using Amazon.SageMaker.Model;
        class C { object M() => new CreateEndpointRequest { EndpointName = "unused" }; }
        """);

    [Test]
    public Task PragmaAndGeneratedCode()
    {
        var test = EndpointVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = "#pragma warning disable GA5002 // Scaling lives in the CDK stack.\n" + Unmarked(Deploy);
        test.TestState.Sources.Add(("/Deploy.g.cs", Unmarked(Deploy).Replace("class Deploy", "class GeneratedDeploy")));
        return test.RunAsync();
    }
}
