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

    [TestCase("ServiceNamespace.Ecs", "service/cluster/web")]
    [TestCase("\"dynamodb\"", "table/orders")]
    public Task RegisteringATargetOfAnotherServiceDoesNotCount(string serviceNamespace, string resource)
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Deploy;
        test.TestState.Sources.Add(("/Scaling.cs", $$"""
            using System.Threading.Tasks;
            using Amazon.ApplicationAutoScaling;
            using Amazon.ApplicationAutoScaling.Model;
            class Scaling
            {
                Task Inline(IAmazonApplicationAutoScaling scaling) => scaling.RegisterScalableTargetAsync(new RegisterScalableTargetRequest { ServiceNamespace = {{serviceNamespace}}, ResourceId = "{{resource}}" });
                Task Later(IAmazonApplicationAutoScaling scaling)
                {
                    var request = new RegisterScalableTargetRequest { ResourceId = "{{resource}}" };
                    request.ServiceNamespace = {{serviceNamespace}};
                    return scaling.RegisterScalableTargetAsync(request);
                }
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task AnAlarmOnAnotherNamespaceDoesNotCount()
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Deploy;
        test.TestState.Sources.Add(("/Alarms.cs", """
            using System.Threading.Tasks;
            using Amazon.CloudWatch;
            using Amazon.CloudWatch.Model;
            class Alarms
            {
                Task Queue(IAmazonCloudWatch cloudWatch) => cloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest { AlarmName = "backlog", Namespace = "AWS/SQS", MetricName = "ApproximateNumberOfMessagesVisible" });
                Task Table(IAmazonCloudWatch cloudWatch)
                {
                    var request = new PutMetricAlarmRequest { AlarmName = "throttles", MetricName = "ThrottledRequests" };
                    request.Namespace = "AWS/DynamoDB";
                    return cloudWatch.PutMetricAlarmAsync(request);
                }
            }
            """));
        return test.RunAsync();
    }

    [TestCase("new PutMetricAlarmRequest { AlarmName = \"cpu\", Namespace = \"/aws/sagemaker/Endpoints\", MetricName = \"CPUUtilization\" }")]
    [TestCase("new PutMetricAlarmRequest { AlarmName = \"configured\", Namespace = ns, MetricName = \"Invocations\" }")]
    [TestCase("new PutMetricAlarmRequest { AlarmName = \"math\", Metrics = new() }")]
    [TestCase("Alarm()")]
    public Task AlarmsOnSageMakerOrAnUnknownNamespaceSilenceIt(string request)
    {
        var test = EndpointVerifier.Create();
        test.TestCode = Unmarked(Deploy);
        test.TestState.Sources.Add(("/Alarms.cs", $$"""
            using System.Threading.Tasks;
            using Amazon.CloudWatch;
            using Amazon.CloudWatch.Model;
            class Alarms
            {
                Task Put(IAmazonCloudWatch cloudWatch, string ns) => cloudWatch.PutMetricAlarmAsync({{request}});
                static PutMetricAlarmRequest Alarm() => Build();
                static extern PutMetricAlarmRequest Build();
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public async Task SingleInstanceEndpointsAreToldAboutServerlessOrAnIdleAlarm()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.EndpointAnalyzer(), """
            using System.Threading.Tasks;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Deploy
            {
                const string SmallConfig = "faq-v1";
                async Task M(IAmazonSageMaker sageMaker)
                {
                    await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = SmallConfig,
                        ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.m5.large", InitialInstanceCount = 1 }],
                    });
                    await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "search-v1",
                        ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.m5.large", InitialInstanceCount = 3 }],
                    });
                    var faq = new CreateEndpointRequest { EndpointName = "faq", EndpointConfigName = SmallConfig };
                    await sageMaker.CreateEndpointAsync(faq);
                    await sageMaker.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = "search", EndpointConfigName = "search-v1" });
                }
            }
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "GA5002").OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(messages[0], Does.EndWith(
                "its one instance runs, and bills, around the clock whether traffic comes or not: for intermittent traffic use serverless "
                + "inference (ServerlessConfig), or alarm when Invocations stays at 0"));
            Assert.That(messages[1], Does.EndWith("its instances run at full count whether traffic comes or not"));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [TestCase("config.ProductionVariants.Add(new ProductionVariant { VariantName = \"shadow\", InstanceType = \"ml.m5.large\", InitialInstanceCount = 2 });", TestName = "Variant added later")]
    [TestCase("config.ProductionVariants[0].InitialInstanceCount = 4;", TestName = "Variant changed later")]
    [TestCase("Scale(config.ProductionVariants);", TestName = "Variants passed to a helper")]
    public async Task VariantsChangedAfterConstructionAreNotKnownToRunOneInstance(string statement)
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.EndpointAnalyzer(), $$"""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Deploy
            {
                async Task M(IAmazonSageMaker sageMaker)
                {
                    var config = new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "faq-v1",
                        ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.m5.large", InitialInstanceCount = 1 }],
                    };
                    {{statement}}
                    await sageMaker.CreateEndpointConfigAsync(config);
                    await sageMaker.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = "faq", EndpointConfigName = "faq-v1" });
                }

                static void Scale(List<ProductionVariant> variants) { }
            }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Where(d => d.Id == "GA5002").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)),
                Has.One.EndsWith("its instances run at full count whether traffic comes or not"));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
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
