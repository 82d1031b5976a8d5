// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
namespace Amazon.BedrockRuntime.Model
{
    // ModelId as in the v4 SDK's generated InvokeModelWithBidirectionalStreamRequest (aws/aws-sdk-net,
    // sdk/src/Services/BedrockRuntime/Generated/Model); its BodyPublisher (the event stream the caller feeds) is left out:
    // no rule reads it.
    public partial class InvokeModelWithBidirectionalStreamRequest : AmazonBedrockRuntimeRequest
    {
        public string ModelId { get; set; }
    }
}
