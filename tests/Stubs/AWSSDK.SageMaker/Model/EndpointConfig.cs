// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateEndpointConfigRequest : AmazonSageMakerRequest
    {
        public AsyncInferenceConfig AsyncInferenceConfig { get; set; }
        public DataCaptureConfig DataCaptureConfig { get; set; }
        public bool? EnableNetworkIsolation { get; set; }
        public string EndpointConfigName { get; set; }
        public string ExecutionRoleArn { get; set; }
        public ExplainerConfig ExplainerConfig { get; set; }
        public string KmsKeyId { get; set; }
        public MetricsConfig MetricsConfig { get; set; }
        private List<ProductionVariant> _productionVariants = AWSConfigs.InitializeCollections ? new List<ProductionVariant>() : null;
        public List<ProductionVariant> ProductionVariants { get { return this._productionVariants; } set { this._productionVariants = value; } }
        private List<ProductionVariant> _shadowProductionVariants = AWSConfigs.InitializeCollections ? new List<ProductionVariant>() : null;
        public List<ProductionVariant> ShadowProductionVariants { get { return this._shadowProductionVariants; } set { this._shadowProductionVariants = value; } }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateEndpointConfigResponse : AmazonWebServiceResponse
    {
        public string EndpointConfigArn { get; set; }
    }

    public partial class ProductionVariant
    {
        public ProductionVariantAcceleratorType AcceleratorType { get; set; }
        public ProductionVariantCapacityReservationConfig CapacityReservationConfig { get; set; }
        public int? ContainerStartupHealthCheckTimeoutInSeconds { get; set; }
        public ProductionVariantCoreDumpConfig CoreDumpConfig { get; set; }
        public bool? EnableSSMAccess { get; set; }
        public ProductionVariantInferenceAmiVersion InferenceAmiVersion { get; set; }
        public int? InitialInstanceCount { get; set; }
        public float? InitialVariantWeight { get; set; }
        public ProductionVariantInstanceType InstanceType { get; set; }
        public ProductionVariantManagedInstanceScaling ManagedInstanceScaling { get; set; }
        public int? ModelDataDownloadTimeoutInSeconds { get; set; }
        public string ModelName { get; set; }
        public ProductionVariantRoutingConfig RoutingConfig { get; set; }
        public ProductionVariantServerlessConfig ServerlessConfig { get; set; }
        public string VariantName { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public partial class ProductionVariantServerlessConfig
    {
        public int? MaxConcurrency { get; set; }
        public int? MemorySizeInMB { get; set; }
        public int? ProvisionedConcurrency { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProductionVariantCapacityReservationConfig
    {
        public CapacityReservationPreference CapacityReservationPreference { get; set; }
        public string MlReservationArn { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProductionVariantCoreDumpConfig
    {
        public string DestinationS3Uri { get; set; }
        public string KmsKeyId { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProductionVariantManagedInstanceScaling
    {
        public int? MaxInstanceCount { get; set; }
        public int? MinInstanceCount { get; set; }
        public ManagedInstanceScalingStatus Status { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProductionVariantRoutingConfig
    {
        public RoutingStrategy RoutingStrategy { get; set; }
    }

    public partial class DataCaptureConfig
    {
        public CaptureContentTypeHeader CaptureContentTypeHeader { get; set; }
        private List<CaptureOption> _captureOptions = AWSConfigs.InitializeCollections ? new List<CaptureOption>() : null;
        public List<CaptureOption> CaptureOptions { get { return this._captureOptions; } set { this._captureOptions = value; } }
        public string DestinationS3Uri { get; set; }
        public bool? EnableCapture { get; set; }
        public int? InitialSamplingPercentage { get; set; }
        public string KmsKeyId { get; set; }
    }

    public partial class CaptureOption
    {
        public CaptureMode CaptureMode { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CaptureContentTypeHeader
    {
        private List<string> _csvContentTypes = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> CsvContentTypes { get { return this._csvContentTypes; } set { this._csvContentTypes = value; } }
        private List<string> _jsonContentTypes = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> JsonContentTypes { get { return this._jsonContentTypes; } set { this._jsonContentTypes = value; } }
    }

    public partial class AsyncInferenceConfig
    {
        public AsyncInferenceClientConfig ClientConfig { get; set; }
        public AsyncInferenceOutputConfig OutputConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class AsyncInferenceClientConfig
    {
        public int? MaxConcurrentInvocationsPerInstance { get; set; }
    }

    public partial class AsyncInferenceOutputConfig
    {
        public string KmsKeyId { get; set; }
        public AsyncInferenceNotificationConfig NotificationConfig { get; set; }
        public string S3FailurePath { get; set; }
        public string S3OutputPath { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class AsyncInferenceNotificationConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ExplainerConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class MetricsConfig
    {
    }
}
