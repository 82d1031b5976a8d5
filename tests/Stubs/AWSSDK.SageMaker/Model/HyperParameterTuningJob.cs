// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.SageMaker.Model
{
    public partial class CreateHyperParameterTuningJobRequest : AmazonSageMakerRequest
    {
        public Autotune Autotune { get; set; }
        public HyperParameterTuningJobConfig HyperParameterTuningJobConfig { get; set; }
        public string HyperParameterTuningJobName { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public HyperParameterTrainingJobDefinition TrainingJobDefinition { get; set; }
        private List<HyperParameterTrainingJobDefinition> _trainingJobDefinitions = AWSConfigs.InitializeCollections ? new List<HyperParameterTrainingJobDefinition>() : null;
        public List<HyperParameterTrainingJobDefinition> TrainingJobDefinitions { get { return this._trainingJobDefinitions; } set { this._trainingJobDefinitions = value; } }
        public HyperParameterTuningJobWarmStartConfig WarmStartConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateHyperParameterTuningJobResponse : AmazonWebServiceResponse
    {
        public string HyperParameterTuningJobArn { get; set; }
    }

    public partial class HyperParameterTrainingJobDefinition
    {
        public HyperParameterAlgorithmSpecification AlgorithmSpecification { get; set; }
        public CheckpointConfig CheckpointConfig { get; set; }
        public string DefinitionName { get; set; }
        public bool? EnableInterContainerTrafficEncryption { get; set; }
        public bool? EnableManagedSpotTraining { get; set; }
        public bool? EnableNetworkIsolation { get; set; }
        private Dictionary<string, string> _environment = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Environment { get { return this._environment; } set { this._environment = value; } }
        public ParameterRanges HyperParameterRanges { get; set; }
        public HyperParameterTuningResourceConfig HyperParameterTuningResourceConfig { get; set; }
        private List<Channel> _inputDataConfig = AWSConfigs.InitializeCollections ? new List<Channel>() : null;
        public List<Channel> InputDataConfig { get { return this._inputDataConfig; } set { this._inputDataConfig = value; } }
        public OutputDataConfig OutputDataConfig { get; set; }
        public ResourceConfig ResourceConfig { get; set; }
        public RetryStrategy RetryStrategy { get; set; }
        public string RoleArn { get; set; }
        private Dictionary<string, string> _staticHyperParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> StaticHyperParameters { get { return this._staticHyperParameters; } set { this._staticHyperParameters = value; } }
        public StoppingCondition StoppingCondition { get; set; }
        public HyperParameterTuningJobObjective TuningObjective { get; set; }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class HyperParameterAlgorithmSpecification
    {
        public string AlgorithmName { get; set; }
        private List<MetricDefinition> _metricDefinitions = AWSConfigs.InitializeCollections ? new List<MetricDefinition>() : null;
        public List<MetricDefinition> MetricDefinitions { get { return this._metricDefinitions; } set { this._metricDefinitions = value; } }
        public string TrainingImage { get; set; }
        public TrainingInputMode TrainingInputMode { get; set; }
    }

    public partial class HyperParameterTuningResourceConfig
    {
        public HyperParameterTuningAllocationStrategy AllocationStrategy { get; set; }
        private List<HyperParameterTuningInstanceConfig> _instanceConfigs = AWSConfigs.InitializeCollections ? new List<HyperParameterTuningInstanceConfig>() : null;
        public List<HyperParameterTuningInstanceConfig> InstanceConfigs { get { return this._instanceConfigs; } set { this._instanceConfigs = value; } }
        public int? InstanceCount { get; set; }
        public TrainingInstanceType InstanceType { get; set; }
        public string VolumeKmsKeyId { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class HyperParameterTuningInstanceConfig
    {
        public int? InstanceCount { get; set; }
        public TrainingInstanceType InstanceType { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class Autotune
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class HyperParameterTuningJobConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class HyperParameterTuningJobWarmStartConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class HyperParameterTuningJobObjective
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ParameterRanges
    {
    }
}
