// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.Bedrock.Model
{
    public partial class PutModelInvocationLoggingConfigurationRequest : AmazonBedrockRequest
    {
        public LoggingConfig LoggingConfig { get; set; }
    }

    public partial class PutModelInvocationLoggingConfigurationResponse : AmazonWebServiceResponse
    {
    }

    public partial class LoggingConfig
    {
        public bool? AudioDataDeliveryEnabled { get; set; }
        public CloudWatchConfig CloudWatchConfig { get; set; }
        public bool? EmbeddingDataDeliveryEnabled { get; set; }
        public bool? ImageDataDeliveryEnabled { get; set; }
        public S3Config S3Config { get; set; }
        public bool? TextDataDeliveryEnabled { get; set; }
        public bool? VideoDataDeliveryEnabled { get; set; }
    }

    public partial class CloudWatchConfig
    {
        public S3Config LargeDataDeliveryS3Config { get; set; }
        public string LogGroupName { get; set; }
        public string RoleArn { get; set; }
    }

    public partial class S3Config
    {
        public string BucketName { get; set; }
        public string KeyPrefix { get; set; }
    }
}
