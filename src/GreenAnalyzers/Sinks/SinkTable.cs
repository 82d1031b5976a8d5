namespace GreenAnalyzers.Sinks;

/// <summary>Every place an SDK takes a value the rules judge. A new sink is a new row.</summary>
internal static class SinkTable
{
    private const string SkKernelBuilder = "Microsoft.SemanticKernel.BedrockKernelBuilderExtensions";
    private const string SkServiceCollection = "Microsoft.SemanticKernel.BedrockServiceCollectionExtensions";
    private const string DiServiceCollection = "Microsoft.Extensions.DependencyInjection.BedrockServiceCollectionExtensions";
    private const string SkAmazon = "Microsoft.SemanticKernel.Connectors.Amazon.";

    public static ImmutableArray<Sink> All { get; } = ImmutableArray.Create(
        // Amazon Bedrock Runtime (AWSSDK.BedrockRuntime)
        Sink.Property("Amazon.BedrockRuntime.Model.ConverseRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.ConverseStreamRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.InvokeModelRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.InvokeModelWithResponseStreamRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.StartAsyncInvokeRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.InvokeModelWithBidirectionalStreamRequest", "ModelId", ValueKind.ModelId), // speech-to-speech (Nova Sonic)

        // Amazon Bedrock control plane (AWSSDK.Bedrock): batch inference, provisioned throughput, customization
        Sink.Property("Amazon.Bedrock.Model.CreateModelInvocationJobRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.Bedrock.Model.CreateProvisionedModelThroughputRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.Bedrock.Model.CreateModelCustomizationJobRequest", "BaseModelIdentifier", ValueKind.ModelId),

        // Microsoft.Extensions.AI adapters (AWSSDK.Extensions.Bedrock.MEAI) and options
        Sink.Parameter("Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions", "AsIChatClient", "defaultModelId", ValueKind.ModelId),
        Sink.Parameter("Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions", "AsIEmbeddingGenerator", "defaultModelId", ValueKind.ModelId),
        Sink.Property("Microsoft.Extensions.AI.ChatOptions", "ModelId", ValueKind.ModelId),

        // Semantic Kernel's Amazon connector (Microsoft.SemanticKernel.Connectors.Amazon): registrations on IKernelBuilder and
        // IServiceCollection, and the services' constructors. Embedding models are judged only where the catalog knows them.
        Sink.Parameter(SkKernelBuilder, "AddBedrockChatCompletionService", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkKernelBuilder, "AddBedrockChatClient", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkKernelBuilder, "AddBedrockTextGenerationService", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkKernelBuilder, "AddBedrockTextEmbeddingGenerationService", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkKernelBuilder, "AddBedrockEmbeddingGenerator", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkServiceCollection, "AddBedrockChatCompletionService", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkServiceCollection, "AddBedrockTextGenerationService", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkServiceCollection, "AddBedrockTextEmbeddingGenerationService", "modelId", ValueKind.ModelId),
        Sink.Parameter(DiServiceCollection, "AddBedrockChatClient", "modelId", ValueKind.ModelId),
        Sink.Parameter(DiServiceCollection, "AddBedrockEmbeddingGenerator", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkAmazon + "BedrockChatCompletionService", ".ctor", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkAmazon + "BedrockTextGenerationService", ".ctor", "modelId", ValueKind.ModelId),
        Sink.Parameter(SkAmazon + "BedrockTextEmbeddingGenerationService", ".ctor", "modelId", ValueKind.ModelId),

        // Anthropic's SDK (Anthropic.Bedrock client). Only Bedrock ids are in the catalog, so first-party
        // Anthropic ids ("claude-opus-4-5") are never matched.
        Sink.Property("Anthropic.Models.Messages.MessageCreateParams", "Model", ValueKind.ModelId),
        Sink.Property("Anthropic.Models.Beta.Messages.MessageCreateParams", "Model", ValueKind.ModelId),

        // How a Bedrock model is customized (AWSSDK.Bedrock)
        Sink.Property("Amazon.Bedrock.Model.CreateModelCustomizationJobRequest", "CustomizationType", ValueKind.CustomizationType),

        // Amazon SageMaker (AWSSDK.SageMaker): endpoints, training and tuning jobs, processing jobs
        Sink.Property("Amazon.SageMaker.Model.ProductionVariant", "InstanceType", ValueKind.InstanceType, InstanceApi.Endpoint),
        Sink.Property("Amazon.SageMaker.Model.ProductionVariant", "AcceleratorType", ValueKind.AcceleratorType, InstanceApi.Endpoint),
        Sink.Property("Amazon.SageMaker.Model.ResourceConfig", "InstanceType", ValueKind.InstanceType, InstanceApi.Training),
        Sink.Property("Amazon.SageMaker.Model.InstanceGroup", "InstanceType", ValueKind.InstanceType, InstanceApi.Training),
        // Hyperparameter tuning jobs: a ResourceConfig (above) or a HyperParameterTuningResourceConfig and its instance pool
        Sink.Property("Amazon.SageMaker.Model.HyperParameterTuningResourceConfig", "InstanceType", ValueKind.InstanceType, InstanceApi.Training),
        Sink.Property("Amazon.SageMaker.Model.HyperParameterTuningInstanceConfig", "InstanceType", ValueKind.InstanceType, InstanceApi.Training),
        Sink.Property("Amazon.SageMaker.Model.ProcessingClusterConfig", "InstanceType", ValueKind.InstanceType, InstanceApi.Processing),

        // AWS CDK for C# (Amazon.CDK.Lib): SageMaker endpoint configurations, production and shadow variants alike
        Sink.Property("Amazon.CDK.AWS.Sagemaker.CfnEndpointConfig+ProductionVariantProperty", "InstanceType", ValueKind.InstanceType, InstanceApi.Endpoint),
        Sink.Property("Amazon.CDK.AWS.Sagemaker.CfnEndpointConfig+ProductionVariantProperty", "AcceleratorType", ValueKind.AcceleratorType, InstanceApi.Endpoint),

        // AWS CDK for C# (Amazon.CDK.Lib): EC2 instances, launch templates and Auto Scaling groups (with the instance types of
        // their mixed-instances overrides). L2 props take an InstanceType (InstanceType.Of(class, size), new InstanceType("g5.xlarge")),
        // L1 props a string. Not RDS, EKS, NAT instances or bastion hosts: their instance types are judged by other measures.
        Sink.Property("Amazon.CDK.AWS.EC2.InstanceProps", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.EC2.LaunchTemplateProps", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.AutoScaling.AutoScalingGroupProps", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.AutoScaling.LaunchTemplateOverrides", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.EC2.CfnInstanceProps", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.EC2.CfnInstance", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.CDK.AWS.EC2.CfnLaunchTemplate+LaunchTemplateDataProperty", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),

        // Amazon EC2 (AWSSDK.EC2): launches, launch templates, fleets, resizes (the last takes a plain string)
        Sink.Property("Amazon.EC2.Model.RunInstancesRequest", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.EC2.Model.RequestLaunchTemplateData", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.EC2.Model.FleetLaunchTemplateOverridesRequest", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.EC2.Model.SpotFleetLaunchSpecification", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),
        Sink.Property("Amazon.EC2.Model.ModifyInstanceAttributeRequest", "InstanceType", ValueKind.InstanceType, InstanceApi.Ec2),

        // ONNX Runtime (Microsoft.ML.OnnxRuntime): the model a session loads, and how much it optimizes the graph
        Sink.Parameter("Microsoft.ML.OnnxRuntime.InferenceSession", ".ctor", "modelPath", ValueKind.OnnxModelPath),
        Sink.Property("Microsoft.ML.OnnxRuntime.SessionOptions", "GraphOptimizationLevel", ValueKind.OptimizationLevel));


    /// <summary>Assemblies whose presence says the compilation runs inference ("inference SDK present", rules.md): an EC2
    /// GPU launched from such a code base is taken to serve a model (GA3001 on EC2).</summary>
    public static ImmutableArray<string> InferenceSdkAssemblies { get; } = ImmutableArray.Create(
        "AWSSDK.BedrockRuntime",
        "AWSSDK.SageMakerRuntime",
        "Microsoft.ML.OnnxRuntime",
        "Microsoft.ML.OnnxRuntimeGenAI",
        "Anthropic.Bedrock");
}
