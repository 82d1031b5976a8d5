// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateModelRequest : AmazonSageMakerRequest
    {
        private List<ContainerDefinition> _containers = AWSConfigs.InitializeCollections ? new List<ContainerDefinition>() : null;
        public List<ContainerDefinition> Containers { get { return this._containers; } set { this._containers = value; } }
        public bool? EnableNetworkIsolation { get; set; }
        public string ExecutionRoleArn { get; set; }
        public InferenceExecutionConfig InferenceExecutionConfig { get; set; }
        public string ModelName { get; set; }
        public ContainerDefinition PrimaryContainer { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateModelResponse : AmazonWebServiceResponse
    {
        public string ModelArn { get; set; }
    }

    public partial class ContainerDefinition
    {
        private List<AdditionalModelDataSource> _additionalModelDataSources = AWSConfigs.InitializeCollections ? new List<AdditionalModelDataSource>() : null;
        public List<AdditionalModelDataSource> AdditionalModelDataSources { get { return this._additionalModelDataSources; } set { this._additionalModelDataSources = value; } }
        public string ContainerHostname { get; set; }
        private Dictionary<string, string> _environment = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Environment { get { return this._environment; } set { this._environment = value; } }
        public string Image { get; set; }
        public ImageConfig ImageConfig { get; set; }
        public string InferenceSpecificationName { get; set; }
        public ContainerMode Mode { get; set; }
        public ModelDataSource ModelDataSource { get; set; }
        public string ModelDataUrl { get; set; }
        public string ModelPackageName { get; set; }
        public MultiModelConfig MultiModelConfig { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class AdditionalModelDataSource
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ImageConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ModelDataSource
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class MultiModelConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InferenceExecutionConfig
    {
    }
}
