// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.Bedrock.Model
{
    public partial class CreateModelInvocationJobRequest : AmazonBedrockRequest
    {
        public string ClientRequestToken { get; set; }
        public ModelInvocationJobInputDataConfig InputDataConfig { get; set; }
        public string JobName { get; set; }
        public string ModelId { get; set; }
        public ModelInvocationJobOutputDataConfig OutputDataConfig { get; set; }
        public string RoleArn { get; set; }
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;
        public List<Tag> Tags { get { return this._tags; } set { this._tags = value; } }
        public int? TimeoutDurationInHours { get; set; }
        public VpcConfig VpcConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class CreateModelInvocationJobResponse : AmazonWebServiceResponse
    {
        public string JobArn { get; set; }
    }

    public partial class ModelInvocationJobInputDataConfig
    {
        public ModelInvocationJobS3InputDataConfig S3InputDataConfig { get; set; }
    }

    public partial class ModelInvocationJobS3InputDataConfig
    {
        public string S3BucketOwner { get; set; }
        public S3InputFormat S3InputFormat { get; set; }
        public string S3Uri { get; set; }
    }

    public partial class ModelInvocationJobOutputDataConfig
    {
        public ModelInvocationJobS3OutputDataConfig S3OutputDataConfig { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ModelInvocationJobS3OutputDataConfig
    {
        public string S3BucketOwner { get; set; }
        public string S3EncryptionKeyId { get; set; }
        public string S3Uri { get; set; }
    }
}
