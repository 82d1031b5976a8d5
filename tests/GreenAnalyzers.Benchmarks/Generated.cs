using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Benchmarks;

/// <summary>Generated code for the benchmarks, and the references it compiles against (the SDK assemblies next to this program).</summary>
internal static class Generated
{
    public static ImmutableArray<MetadataReference> References()
    {
        var sdk = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n && (n.StartsWith("AWSSDK.", StringComparison.Ordinal) || n.StartsWith("Microsoft.ML.OnnxRuntime", StringComparison.Ordinal)))
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
        return Basic.Reference.Assemblies.Net100.References.All.Concat(sdk).ToImmutableArray();
    }

    /// <summary>Ordinary service code: strings, collections, loops, object creation and assignments, no SDK.</summary>
    public static string PlainFile(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace App.Plain{{i % 20}};
        public sealed class Order{{i}} { public string Id { get; set; } = ""; public decimal Total { get; set; } public List<string> Lines { get; set; } = new(); }
        public static class OrderService{{i}}
        {
            private const string Prefix = "ord-{{i}}";
            public static Order{{i}} Create(int n)
            {
                var order = new Order{{i}} { Id = Prefix + n, Total = n * 1.5m };
                for (var k = 0; k < n; k++) { order.Lines.Add($"line {k}"); }
                order.Total = order.Lines.Count * 2m;
                return order;
            }
            public static IEnumerable<string> Names(IEnumerable<Order{{i}}> orders) => orders.Where(o => o.Total > 10).Select(o => o.Id.ToUpperInvariant());
            public static string Describe(Order{{i}} order) { var parts = new List<string> { order.Id, order.Total.ToString() }; return string.Join(",", parts); }
        }
        """;

    /// <summary>What both SDK-heavy variants open with: the SDK usings and the service class with its three clients.</summary>
    private static string SdkHeader(int i) => $"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.EC2;
        using Amazon.EC2.Model;
        using Microsoft.ML.OnnxRuntime;
        namespace App.Sdk{i % 20};
        public sealed class Service{i}(IAmazonBedrockRuntime bedrock, IAmazonSageMaker sageMaker, IAmazonEC2 ec2)
        """;

    private static readonly string[] Models = { "us.anthropic.claude-opus-4-7", "anthropic.claude-v2", "amazon.nova-lite-v1:0", "meta.llama3-2-90b-instruct-v1:0", "anthropic.claude-sonnet-4-6" };

    /// <summary>Code that exercises every rule family: Bedrock requests, SageMaker jobs and endpoints, EC2 launches, ONNX sessions.</summary>
    public static string SdkFile(int i) => $$"""
        {{SdkHeader(i)}}
        {
            private const string Model = "{{Models[i % Models.Length]}}";
            public async Task<string> AskAsync(string question)
            {
                var request = new ConverseRequest { ModelId = Model, Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }] };
                var response = await bedrock.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text ?? "";
            }
            public Task TrainAsync() => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest { TrainingJobName = "job{{i}}", ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP32xlarge, InstanceCount = 1 }, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 } });
            public Task DeployAsync() => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { EndpointConfigName = "cfg{{i}}", ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.g5.xlarge", InitialInstanceCount = 1 }] });
            public Task LaunchAsync() => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-{{i}}", InstanceType = InstanceType.M5Xlarge, MinCount = 1, MaxCount = 1 });
            public static float Score(IEnumerable<string> paths)
            {
                var total = 0f;
                foreach (var path in paths)
                {
                    using var session = new InferenceSession("models/model{{i}}.onnx", new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC });
                    total += session.InputNames.Count;
                }
                return total;
            }
        }
        """;

    private static readonly string[] SmallModels = { "amazon.nova-lite-v1:0", "amazon.nova-micro-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0" };

    /// <summary>The same SDK calls as <see cref="SdkFile"/>, written the way the rules ask (a smaller model with bounded
    /// output, spot training on Trainium with the profiler, an Inferentia endpoint with data capture, Graviton, one
    /// quantized session with every graph optimization): what a project pays once its findings are fixed.</summary>
    public static string CompliantSdkFile(int i) => $$"""
        {{SdkHeader(i)}}
        {
            private const string Model = "{{SmallModels[i % SmallModels.Length]}}";
            private static readonly InferenceSession Session = new("models/model{{i}}.int8.onnx", new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL });
            public async Task<string> AskAsync(string question)
            {
                var request = new ConverseRequest { ModelId = Model, InferenceConfig = new InferenceConfiguration { MaxTokens = 512 }, Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }] };
                var response = await bedrock.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text ?? "";
            }
            public Task TrainAsync() => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest { TrainingJobName = "job{{i}}", ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlTrn12xlarge, InstanceCount = 1 }, EnableManagedSpotTraining = true, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 }, ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 } });
            public Task DeployAsync() => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg{{i}}",
                ProductionVariants = [new ProductionVariant { VariantName = "main", InstanceType = "ml.inf2.xlarge", InitialInstanceCount = 1 }],
                DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://capture/cfg{{i}}", CaptureOptions = [new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output }] },
            });
            public Task LaunchAsync() => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-{{i}}", InstanceType = InstanceType.M7gXlarge, MinCount = 1, MaxCount = 1 });
            public static float Score(IEnumerable<string> paths)
            {
                var total = 0f;
                foreach (var path in paths)
                {
                    total += Session.InputNames.Count;
                }
                return total;
            }
        }
        """;

    /// <summary>The SDK file of a benchmark variant: "findings" (every rule fires in every file) or "compliant".</summary>
    public static string SdkFile(int i, string variant) => variant switch
    {
        "findings" => SdkFile(i),
        "compliant" => CompliantSdkFile(i),
        _ => throw new ArgumentException("Unknown variant " + variant + "; expected findings or compliant"),
    };
}
