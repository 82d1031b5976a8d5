// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.Bedrock.Model
{
    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ListFoundationModelsRequest : AmazonBedrockRequest
    {
        public ModelCustomization ByCustomizationType { get; set; }
        public InferenceType ByInferenceType { get; set; }
        public ModelModality ByOutputModality { get; set; }
        public string ByProvider { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class ListFoundationModelsResponse : AmazonWebServiceResponse
    {
        private List<FoundationModelSummary> _modelSummaries = AWSConfigs.InitializeCollections ? new List<FoundationModelSummary>() : null;
        public List<FoundationModelSummary> ModelSummaries { get { return this._modelSummaries; } set { this._modelSummaries = value; } }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class FoundationModelSummary
    {
        private List<string> _customizationsSupported = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> CustomizationsSupported { get { return this._customizationsSupported; } set { this._customizationsSupported = value; } }
        private List<string> _inferenceTypesSupported = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> InferenceTypesSupported { get { return this._inferenceTypesSupported; } set { this._inferenceTypesSupported = value; } }
        private List<string> _inputModalities = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> InputModalities { get { return this._inputModalities; } set { this._inputModalities = value; } }
        public string ModelArn { get; set; }
        public string ModelId { get; set; }
        public FoundationModelLifecycle ModelLifecycle { get; set; }
        public string ModelName { get; set; }
        private List<string> _outputModalities = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> OutputModalities { get { return this._outputModalities; } set { this._outputModalities = value; } }
        public string ProviderName { get; set; }
        public bool? ResponseStreamingSupported { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class FoundationModelLifecycle
    {
        public FoundationModelLifecycleStatus Status { get; set; }
    }
}
