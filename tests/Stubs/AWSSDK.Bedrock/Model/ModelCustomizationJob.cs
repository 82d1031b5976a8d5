// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.Bedrock.Model
{
    public partial class CreateModelCustomizationJobRequest : AmazonBedrockRequest
    {
        public string BaseModelIdentifier { get; set; }
        public string ClientRequestToken { get; set; }
        public CustomizationConfig CustomizationConfig { get; set; }
        public CustomizationType CustomizationType { get; set; }
        public string CustomModelKmsKeyId { get; set; }
        public string CustomModelName { get; set; }
        private List<Tag> _customModelTags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> CustomModelTags { get { return this._customModelTags; } set { this._customModelTags = value; } }
        private Dictionary<string, string> _hyperParameters = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> HyperParameters { get { return this._hyperParameters; } set { this._hyperParameters = value; } }
        public string JobName { get; set; }
        private List<Tag> _jobTags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> JobTags { get { return this._jobTags; } set { this._jobTags = value; } }
        public OutputDataConfig OutputDataConfig { get; set; }
        public string RoleArn { get; set; }
        public TrainingDataConfig TrainingDataConfig { get; set; }
        public ValidationDataConfig ValidationDataConfig { get; set; }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateModelCustomizationJobResponse : AmazonWebServiceResponse
    {
        public string JobArn { get; set; }
    }

    public partial class CustomizationConfig
    {
        public DistillationConfig DistillationConfig { get; set; }
        public RFTConfig RftConfig { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class DistillationConfig
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class RFTConfig
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class OutputDataConfig
    {
        public string S3Uri { get; set; }
    }

    public partial class TrainingDataConfig
    {
        public InvocationLogsConfig InvocationLogsConfig { get; set; }
        public string S3Uri { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class InvocationLogsConfig
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ValidationDataConfig
    {
        private List<Validator> _validators = AWSConfigs.InitializeCollections ? new List<Validator>() : null;
        public List<Validator> Validators { get { return this._validators; } set { this._validators = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class Validator
    {
        public string S3Uri { get; set; }
    }
}
