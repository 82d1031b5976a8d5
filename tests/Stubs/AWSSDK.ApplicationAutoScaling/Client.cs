// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.ApplicationAutoScaling.Model;

namespace Amazon.ApplicationAutoScaling
{
    public partial class AmazonApplicationAutoScalingRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonApplicationAutoScalingConfig : ClientConfig
    {
        public AmazonApplicationAutoScalingConfig() : base(null) { }

        public override string RegionEndpointServiceName => "application-autoscaling";
        public override string ServiceVersion => "2016-02-06";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonApplicationAutoScaling : IAmazonService, IDisposable
    {
        Task<PutScalingPolicyResponse> PutScalingPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonApplicationAutoScalingConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonApplicationAutoScalingConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonApplicationAutoScalingConfig to create AmazonApplicationAutoScalingClient");
            }

            return awsCredentials == null ? new AmazonApplicationAutoScalingClient(serviceClientConfig) : new AmazonApplicationAutoScalingClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonApplicationAutoScalingClient : AmazonServiceClient, IAmazonApplicationAutoScaling
    {
        public AmazonApplicationAutoScalingClient()
            : base(new AmazonApplicationAutoScalingConfig())
        {
        }

        public AmazonApplicationAutoScalingClient(RegionEndpoint region)
            : base(new AmazonApplicationAutoScalingConfig { RegionEndpoint = region })
        {
        }

        public AmazonApplicationAutoScalingClient(AmazonApplicationAutoScalingConfig config)
            : base(config)
        {
        }

        public AmazonApplicationAutoScalingClient(AWSCredentials credentials)
            : this(credentials, new AmazonApplicationAutoScalingConfig())
        {
        }

        public AmazonApplicationAutoScalingClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonApplicationAutoScalingConfig { RegionEndpoint = region })
        {
        }

        public AmazonApplicationAutoScalingClient(AWSCredentials credentials, AmazonApplicationAutoScalingConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonApplicationAutoScalingConfig())
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonApplicationAutoScalingConfig { RegionEndpoint = region })
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonApplicationAutoScalingConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonApplicationAutoScalingConfig())
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonApplicationAutoScalingConfig { RegionEndpoint = region })
        {
        }

        public AmazonApplicationAutoScalingClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonApplicationAutoScalingConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<PutScalingPolicyResponse> PutScalingPolicyAsync(PutScalingPolicyRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public virtual Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
