// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class CreateInferenceComponentRequest : AmazonSageMakerRequest
    {
        public string EndpointName { get; set; }
        public string InferenceComponentName { get; set; }
        public InferenceComponentRuntimeConfig RuntimeConfig { get; set; }
        public InferenceComponentSpecification Specification { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public string VariantName { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateInferenceComponentResponse : AmazonWebServiceResponse
    {
        public string InferenceComponentArn { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InferenceComponentRuntimeConfig
    {
        public int? CopyCount { get; set; }
    }

    public partial class InferenceComponentSpecification
    {
        public string BaseInferenceComponentName { get; set; }
        public InferenceComponentComputeResourceRequirements ComputeResourceRequirements { get; set; }
        public InferenceComponentContainerSpecification Container { get; set; }
        public InferenceComponentDataCacheConfig DataCacheConfig { get; set; }
        public string ModelName { get; set; }
        public InferenceComponentStartupParameters StartupParameters { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InferenceComponentComputeResourceRequirements
    {
        public int? MaxMemoryRequiredInMb { get; set; }
        public int? MinMemoryRequiredInMb { get; set; }
        public float? NumberOfAcceleratorDevicesRequired { get; set; }
        public float? NumberOfCpuCoresRequired { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class InferenceComponentContainerSpecification
    {
        public string ArtifactUrl { get; set; }
        private Dictionary<string, string> _environment = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> Environment { get { return this._environment; } set { this._environment = value; } }
        public string Image { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InferenceComponentDataCacheConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InferenceComponentStartupParameters
    {
    }
}
