// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateTrainingJobRequest : AmazonSageMakerRequest
    {
        public AlgorithmSpecification AlgorithmSpecification { get; set; }
        public CheckpointConfig CheckpointConfig { get; set; }
        public DebugHookConfig DebugHookConfig { get; set; }
        private List<DebugRuleConfiguration> _debugRuleConfigurations = AWSConfigs.InitializeCollections ? new List<DebugRuleConfiguration>() : null;
        public List<DebugRuleConfiguration> DebugRuleConfigurations { get { return this._debugRuleConfigurations; } set { this._debugRuleConfigurations = value; } }
        public bool? EnableInterContainerTrafficEncryption { get; set; }
        public bool? EnableManagedSpotTraining { get; set; }
        public bool? EnableNetworkIsolation { get; set; }
        private Dictionary<string, string> _environment = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Environment { get { return this._environment; } set { this._environment = value; } }
        public ExperimentConfig ExperimentConfig { get; set; }
        private Dictionary<string, string> _hyperParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> HyperParameters { get { return this._hyperParameters; } set { this._hyperParameters = value; } }
        public InfraCheckConfig InfraCheckConfig { get; set; }
        private List<Channel> _inputDataConfig = AWSConfigs.InitializeCollections ? new List<Channel>() : null;
        public List<Channel> InputDataConfig { get { return this._inputDataConfig; } set { this._inputDataConfig = value; } }
        public MlflowConfig MlflowConfig { get; set; }
        public ModelPackageConfig ModelPackageConfig { get; set; }
        public OutputDataConfig OutputDataConfig { get; set; }
        public ProfilerConfig ProfilerConfig { get; set; }
        private List<ProfilerRuleConfiguration> _profilerRuleConfigurations = AWSConfigs.InitializeCollections ? new List<ProfilerRuleConfiguration>() : null;
        public List<ProfilerRuleConfiguration> ProfilerRuleConfigurations { get { return this._profilerRuleConfigurations; } set { this._profilerRuleConfigurations = value; } }
        public RemoteDebugConfig RemoteDebugConfig { get; set; }
        public ResourceConfig ResourceConfig { get; set; }
        public RetryStrategy RetryStrategy { get; set; }
        public string RoleArn { get; set; }
        public ServerlessJobConfig ServerlessJobConfig { get; set; }
        public SessionChainingConfig SessionChainingConfig { get; set; }
        public StoppingCondition StoppingCondition { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public TensorBoardOutputConfig TensorBoardOutputConfig { get; set; }
        public string TrainingJobName { get; set; }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateTrainingJobResponse : AmazonWebServiceResponse
    {
        public string TrainingJobArn { get; set; }
    }

    public partial class AlgorithmSpecification
    {
        public string AlgorithmName { get; set; }
        private List<string> _containerArguments = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> ContainerArguments { get { return this._containerArguments; } set { this._containerArguments = value; } }
        private List<string> _containerEntrypoint = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> ContainerEntrypoint { get { return this._containerEntrypoint; } set { this._containerEntrypoint = value; } }
        public bool? EnableSageMakerMetricsTimeSeries { get; set; }
        private List<MetricDefinition> _metricDefinitions = AWSConfigs.InitializeCollections ? new List<MetricDefinition>() : null;
        public List<MetricDefinition> MetricDefinitions { get { return this._metricDefinitions; } set { this._metricDefinitions = value; } }
        public string TrainingImage { get; set; }
        public TrainingImageConfig TrainingImageConfig { get; set; }
        public TrainingInputMode TrainingInputMode { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class MetricDefinition
    {
        public string Name { get; set; }
        public string Regex { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class TrainingImageConfig
    {
    }

    public partial class ResourceConfig
    {
        public int? InstanceCount { get; set; }
        private List<InstanceGroup> _instanceGroups = AWSConfigs.InitializeCollections ? new List<InstanceGroup>() : null;
        public List<InstanceGroup> InstanceGroups { get { return this._instanceGroups; } set { this._instanceGroups = value; } }
        public InstancePlacementConfig InstancePlacementConfig { get; set; }
        public TrainingInstanceType InstanceType { get; set; }
        public int? KeepAlivePeriodInSeconds { get; set; }
        public string TrainingPlanArn { get; set; }
        public string VolumeKmsKeyId { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public partial class InstanceGroup
    {
        public int? InstanceCount { get; set; }
        public string InstanceGroupName { get; set; }
        public TrainingInstanceType InstanceType { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InstancePlacementConfig
    {
    }

    public partial class StoppingCondition
    {
        public int? MaxPendingTimeInSeconds { get; set; }
        public int? MaxRuntimeInSeconds { get; set; }
        public int? MaxWaitTimeInSeconds { get; set; }
    }

    public partial class ProfilerConfig
    {
        public bool? DisableProfiler { get; set; }
        public long? ProfilingIntervalInMilliseconds { get; set; }
        private Dictionary<string, string> _profilingParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> ProfilingParameters { get { return this._profilingParameters; } set { this._profilingParameters = value; } }
        public string S3OutputPath { get; set; }
    }

    public partial class DebugHookConfig
    {
        private List<CollectionConfiguration> _collectionConfigurations = AWSConfigs.InitializeCollections ? new List<CollectionConfiguration>() : null;
        public List<CollectionConfiguration> CollectionConfigurations { get { return this._collectionConfigurations; } set { this._collectionConfigurations = value; } }
        private Dictionary<string, string> _hookParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> HookParameters { get { return this._hookParameters; } set { this._hookParameters = value; } }
        public string LocalPath { get; set; }
        public string S3OutputPath { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CollectionConfiguration
    {
        public string CollectionName { get; set; }
        private Dictionary<string, string> _collectionParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> CollectionParameters { get { return this._collectionParameters; } set { this._collectionParameters = value; } }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class DebugRuleConfiguration
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ProfilerRuleConfiguration
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CheckpointConfig
    {
        public string LocalPath { get; set; }
        public string S3Uri { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class OutputDataConfig
    {
        public OutputCompressionType CompressionType { get; set; }
        public string KmsKeyId { get; set; }
        public string S3OutputPath { get; set; }
    }

    public partial class Channel
    {
        public string ChannelName { get; set; }
        public CompressionType CompressionType { get; set; }
        public string ContentType { get; set; }
        public DataSource DataSource { get; set; }
        public TrainingInputMode InputMode { get; set; }
        public RecordWrapper RecordWrapperType { get; set; }
        public ShuffleConfig ShuffleConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README (FileSystemDataSource and others left out)
    public partial class DataSource
    {
        public S3DataSource S3DataSource { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README (some members left out)
    public partial class S3DataSource
    {
        private List<string> _attributeNames = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> AttributeNames { get { return this._attributeNames; } set { this._attributeNames = value; } }
        public S3DataDistribution S3DataDistributionType { get; set; }
        public S3DataType S3DataType { get; set; }
        public string S3Uri { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ShuffleConfig
    {
        public long? Seed { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ExperimentConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InfraCheckConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class MlflowConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ModelPackageConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class RemoteDebugConfig
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class RetryStrategy
    {
        public int? MaximumRetryAttempts { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ServerlessJobConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class SessionChainingConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class TensorBoardOutputConfig
    {
    }
}
