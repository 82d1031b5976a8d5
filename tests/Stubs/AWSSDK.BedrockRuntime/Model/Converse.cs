// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.BedrockRuntime.Model
{
    public partial class ConverseRequest : AmazonBedrockRuntimeRequest
    {
        public Document AdditionalModelRequestFields { get; set; }
        private List<string> _additionalModelResponseFieldPaths = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> AdditionalModelResponseFieldPaths { get { return this._additionalModelResponseFieldPaths; } set { this._additionalModelResponseFieldPaths = value; } }
        public GuardrailConfiguration GuardrailConfig { get; set; }
        public InferenceConfiguration InferenceConfig { get; set; }
        private List<Message> _messages = AWSConfigs.InitializeCollections ? new List<Message>() : null;
        public List<Message> Messages { get { return this._messages; } set { this._messages = value; } }
        public string ModelId { get; set; }
        public PerformanceConfiguration PerformanceConfig { get; set; }
        private Dictionary<string, PromptVariableValues> _promptVariables = AWSConfigs.InitializeCollections ? new Dictionary<string, PromptVariableValues>() : null;
        public Dictionary<string, PromptVariableValues> PromptVariables { get { return this._promptVariables; } set { this._promptVariables = value; } }
        private Dictionary<string, string> _requestMetadata = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> RequestMetadata { get { return this._requestMetadata; } set { this._requestMetadata = value; } }
        public ServiceTier ServiceTier { get; set; }
        private List<SystemContentBlock> _system = AWSConfigs.InitializeCollections ? new List<SystemContentBlock>() : null;
        public List<SystemContentBlock> System { get { return this._system; } set { this._system = value; } }
        public ToolConfiguration ToolConfig { get; set; }
    }

    public partial class ConverseResponse : AmazonWebServiceResponse
    {
        public Document AdditionalModelResponseFields { get; set; }
        public ConverseMetrics Metrics { get; set; }
        public ConverseOutput Output { get; set; }
        public PerformanceConfiguration PerformanceConfig { get; set; }
        public ServiceTier ServiceTier { get; set; }
        public StopReason StopReason { get; set; }
        public ConverseTrace Trace { get; set; }
        public TokenUsage Usage { get; set; }
    }

    public partial class ConverseStreamRequest : AmazonBedrockRuntimeRequest
    {
        public Document AdditionalModelRequestFields { get; set; }
        private List<string> _additionalModelResponseFieldPaths = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> AdditionalModelResponseFieldPaths { get { return this._additionalModelResponseFieldPaths; } set { this._additionalModelResponseFieldPaths = value; } }
        public GuardrailStreamConfiguration GuardrailConfig { get; set; }
        public InferenceConfiguration InferenceConfig { get; set; }
        private List<Message> _messages = AWSConfigs.InitializeCollections ? new List<Message>() : null;
        public List<Message> Messages { get { return this._messages; } set { this._messages = value; } }
        public string ModelId { get; set; }
        public PerformanceConfiguration PerformanceConfig { get; set; }
        private Dictionary<string, PromptVariableValues> _promptVariables = AWSConfigs.InitializeCollections ? new Dictionary<string, PromptVariableValues>() : null;
        public Dictionary<string, PromptVariableValues> PromptVariables { get { return this._promptVariables; } set { this._promptVariables = value; } }
        private Dictionary<string, string> _requestMetadata = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
        public Dictionary<string, string> RequestMetadata { get { return this._requestMetadata; } set { this._requestMetadata = value; } }
        public ServiceTier ServiceTier { get; set; }
        private List<SystemContentBlock> _system = AWSConfigs.InitializeCollections ? new List<SystemContentBlock>() : null;
        public List<SystemContentBlock> System { get { return this._system; } set { this._system = value; } }
        public ToolConfiguration ToolConfig { get; set; }
    }

    // Stream type simplified: the real ConverseStreamOutput is an event stream; see README
    public partial class ConverseStreamResponse : AmazonWebServiceResponse
    {
        public ConverseStreamOutput Stream { get; set; }
    }

    // Real class is an event-stream enumerable; stub is an empty placeholder
    public partial class ConverseStreamOutput
    {
    }

    public partial class InferenceConfiguration
    {
        public int? MaxTokens { get; set; }
        private List<string> _stopSequences = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> StopSequences { get { return this._stopSequences; } set { this._stopSequences = value; } }
        public float? Temperature { get; set; }
        public float? TopP { get; set; }
    }

    public partial class Message
    {
        private List<ContentBlock> _content = AWSConfigs.InitializeCollections ? new List<ContentBlock>() : null;
        public List<ContentBlock> Content { get { return this._content; } set { this._content = value; } }
        public ConversationRole Role { get; set; }
    }

    public partial class ContentBlock
    {
        public AudioBlock Audio { get; set; }
        public CachePointBlock CachePoint { get; set; }
        public CitationsContentBlock CitationsContent { get; set; }
        public DocumentBlock Document { get; set; }
        public GuardrailConverseContentBlock GuardContent { get; set; }
        public ImageBlock Image { get; set; }
        public ReasoningContentBlock ReasoningContent { get; set; }
        public SearchResultBlock SearchResult { get; set; }
        public string Text { get; set; }
        public ToolResultBlock ToolResult { get; set; }
        public ToolUseBlock ToolUse { get; set; }
        public VideoBlock Video { get; set; }
    }

    public partial class SystemContentBlock
    {
        public CachePointBlock CachePoint { get; set; }
        public GuardrailConverseContentBlock GuardContent { get; set; }
        public string Text { get; set; }
    }

    public partial class CachePointBlock
    {
        public CacheTTL Ttl { get; set; }
        public CachePointType Type { get; set; }
    }

    public partial class PerformanceConfiguration
    {
        public PerformanceConfigLatency Latency { get; set; }
    }

    public partial class ServiceTier
    {
        public ServiceTierType Type { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ConverseOutput
    {
        public Message Message { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class TokenUsage
    {
        public int? CacheReadInputTokens { get; set; }
        public int? CacheWriteInputTokens { get; set; }
        public int? InputTokens { get; set; }
        public int? OutputTokens { get; set; }
        public int? TotalTokens { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ConverseMetrics
    {
        public long? LatencyMs { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ConverseTrace
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ToolConfiguration
    {
        public ToolChoice ToolChoice { get; set; }
        private List<Tool> _tools = AWSConfigs.InitializeCollections ? new List<Tool>() : null;
        public List<Tool> Tools { get { return this._tools; } set { this._tools = value; } }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class Tool
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ToolChoice
    {
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class GuardrailConfiguration
    {
        public string GuardrailIdentifier { get; set; }
        public string GuardrailVersion { get; set; }
        public GuardrailTrace Trace { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class GuardrailStreamConfiguration
    {
        public string GuardrailIdentifier { get; set; }
        public string GuardrailVersion { get; set; }
        public GuardrailStreamProcessingMode StreamProcessingMode { get; set; }
        public GuardrailTrace Trace { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class PromptVariableValues
    {
        public string Text { get; set; }
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class AudioBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class CitationsContentBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class DocumentBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class GuardrailConverseContentBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ImageBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ReasoningContentBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class SearchResultBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ToolResultBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class ToolUseBlock
    {
    }

    // UNVERIFIED: members not read from the SDK source; see README
    public partial class VideoBlock
    {
    }
}
