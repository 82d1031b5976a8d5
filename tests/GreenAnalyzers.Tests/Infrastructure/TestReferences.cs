using System.Collections.Immutable;
using System.Reflection;

namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>What test snippets compile against: .NET 10 reference assemblies, the real AWSSDK.Core, the stub AWS
/// assemblies (same names and API as the real SDK), and the real packages that restore here.</summary>
internal static class TestReferences
{
    /// <summary>net10.0 reference assemblies shipped as a package: nothing is downloaded while tests run.</summary>
    public static ReferenceAssemblies Net100 { get; } = new ReferenceAssemblies("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    /// <summary><see cref="All"/> without the inference SDKs (Bedrock Runtime, SageMaker Runtime, ONNX Runtime,
    /// Anthropic.Bedrock): a code base that only provisions instances. The MEAI stub goes too (it needs Bedrock Runtime).</summary>
    public static ImmutableArray<MetadataReference> WithoutInferenceSdks { get; } = All
        .Where(reference => !new[] { "AWSSDK.BedrockRuntime", "AWSSDK.SageMakerRuntime", "Microsoft.ML.OnnxRuntime", "Anthropic.Bedrock", "AWSSDK.Extensions.Bedrock.MEAI", "Microsoft.SemanticKernel.Connectors.Amazon" }
            .Contains(Path.GetFileNameWithoutExtension(((PortableExecutableReference)reference).FilePath)))
        .ToImmutableArray();

    /// <summary><see cref="All"/> and the real AWS CDK for C# (Amazon.CDK.Lib 2.160.0, Constructs, the jsii runtime): only
    /// for the CDK tests, the assembly is 53 MB.</summary>
    public static ImmutableArray<MetadataReference> WithCdk => s_withCdk.Value;

    /// <summary><see cref="WithCdk"/> without the inference SDKs: a CDK app that only provisions infrastructure.</summary>
    public static ImmutableArray<MetadataReference> WithCdkWithoutInferenceSdks => s_withCdkWithoutInferenceSdks.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withCdk = new(() => All.AddRange(Cdk()));

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withCdkWithoutInferenceSdks = new(() => WithoutInferenceSdks.AddRange(Cdk()));

    private static IEnumerable<MetadataReference> Cdk()
    {
        var cdk = new[] { typeof(Amazon.CDK.Stack).Assembly, typeof(Constructs.Construct).Assembly, typeof(Amazon.JSII.Runtime.Deputy.DeputyBase).Assembly };
        return cdk.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location));
    }

    private static ImmutableArray<MetadataReference> Create()
    {
        var assemblies = new[]
        {
            typeof(Amazon.Runtime.AmazonWebServiceRequest).Assembly,          // AWSSDK.Core (real)
            typeof(Amazon.BedrockRuntime.Model.ConverseRequest).Assembly,     // stubs
            typeof(Amazon.Bedrock.Model.CreateModelInvocationJobRequest).Assembly,
            typeof(Amazon.SageMaker.Model.CreateEndpointConfigRequest).Assembly,
            typeof(Amazon.SageMakerRuntime.Model.InvokeEndpointRequest).Assembly,
            typeof(Amazon.CloudWatch.Model.PutMetricAlarmRequest).Assembly,
            typeof(Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest).Assembly,
            typeof(Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions).Assembly,
            typeof(Microsoft.Extensions.AI.ChatOptions).Assembly,             // Microsoft.Extensions.AI.Abstractions (real)
            typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly,       // Microsoft.Extensions.AI (real): pipelines
            typeof(Microsoft.SemanticKernel.Connectors.Amazon.BedrockChatCompletionService).Assembly, // stub of the SK Amazon connector
            typeof(Microsoft.SemanticKernel.Kernel).Assembly,                 // Semantic Kernel abstractions (real)
            typeof(Microsoft.SemanticKernel.KernelExtensions).Assembly,       // Semantic Kernel core (real): Build, InvokePromptAsync
            typeof(Anthropic.Bedrock.AnthropicBedrockClient).Assembly,        // Anthropic.Bedrock (real)
            typeof(Anthropic.Models.Messages.MessageCreateParams).Assembly,   // Anthropic (real)
            typeof(Amazon.EC2.Model.RunInstancesRequest).Assembly,            // AWSSDK.EC2 (real)
            typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly,       // Microsoft.ML.OnnxRuntime.Managed (real)
            // Microsoft.Extensions.Configuration and Options (real, through Semantic Kernel): configuration read in code
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly,
            typeof(Microsoft.Extensions.Configuration.ConfigurationManager).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
        };

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        references.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies.Concat(Dependencies(assemblies)))
        {
            if (seen.Add(assembly.Location))
            {
                references.Add(MetadataReference.CreateFromFile(assembly.Location));
            }
        }

        return references.ToImmutable();
    }

    /// <summary>Referenced assemblies outside the framework (Anthropic needs its own dependencies to bind).</summary>
    private static IEnumerable<Assembly> Dependencies(IEnumerable<Assembly> roots)
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var root in roots)
        {
            foreach (var name in root.GetReferencedAssemblies())
            {
                Assembly loaded;
                try
                {
                    loaded = Assembly.Load(name);
                }
                catch (FileNotFoundException)
                {
                    continue;
                }

                if (!loaded.IsDynamic && Path.GetDirectoryName(loaded.Location) != frameworkDirectory)
                {
                    yield return loaded;
                }
            }
        }
    }
}
