// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System.Collections.Generic;
using System.IO;
using Amazon.Runtime;
using Amazon.Runtime.Documents;

namespace Amazon.SageMaker.Model
{
    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    // members from the service model as known to the author, not read at the pinned commit; see README
    public partial class VpcConfig
    {
        private List<string> _securityGroupIds = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> SecurityGroupIds { get { return this._securityGroupIds; } set { this._securityGroupIds = value; } }
        private List<string> _subnets = AWSConfigs.InitializeCollections ? new List<string>() : null;
        public List<string> Subnets { get { return this._subnets; } set { this._subnets = value; } }
    }
}
