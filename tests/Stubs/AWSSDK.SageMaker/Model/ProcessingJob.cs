// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateProcessingJobRequest : AmazonSageMakerRequest
    {
        public AppSpecification AppSpecification { get; set; }
        private Dictionary<string, string> _environment = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Environment { get { return this._environment; } set { this._environment = value; } }
        public ExperimentConfig ExperimentConfig { get; set; }
        public NetworkConfig NetworkConfig { get; set; }
        private List<ProcessingInput> _processingInputs = AWSConfigs.InitializeCollections ? new List<ProcessingInput>() : null;
        public List<ProcessingInput> ProcessingInputs { get { return this._processingInputs; } set { this._processingInputs = value; } }
        public string ProcessingJobName { get; set; }
        public ProcessingOutputConfig ProcessingOutputConfig { get; set; }
        public ProcessingResources ProcessingResources { get; set; }
        public string RoleArn { get; set; }
        public ProcessingStoppingCondition StoppingCondition { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateProcessingJobResponse : AmazonWebServiceResponse
    {
        public string ProcessingJobArn { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProcessingResources
    {
        public ProcessingClusterConfig ClusterConfig { get; set; }
    }

    public partial class ProcessingClusterConfig
    {
        public int? InstanceCount { get; set; }
        public ProcessingInstanceType InstanceType { get; set; }
        public string VolumeKmsKeyId { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class AppSpecification
    {
        private List<string> _containerArguments = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> ContainerArguments { get { return this._containerArguments; } set { this._containerArguments = value; } }
        private List<string> _containerEntrypoint = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> ContainerEntrypoint { get { return this._containerEntrypoint; } set { this._containerEntrypoint = value; } }
        public string ImageUri { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class NetworkConfig
    {
        public bool? EnableInterContainerTrafficEncryption { get; set; }
        public bool? EnableNetworkIsolation { get; set; }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ProcessingStoppingCondition
    {
        public int? MaxRuntimeInSeconds { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ProcessingInput
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ProcessingOutputConfig
    {
    }
}
