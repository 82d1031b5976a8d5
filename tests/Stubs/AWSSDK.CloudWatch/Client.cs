// Test stub mirroring the public API of the AWS SDK for .NET v4 (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.CloudWatch.Model;

namespace Amazon.CloudWatch
{
    public partial class AmazonCloudWatchRequest : AmazonWebServiceRequest
    {
    }

    public partial class AmazonCloudWatchConfig : ClientConfig
    {
        public AmazonCloudWatchConfig() : base(null) { }

        public override string RegionEndpointServiceName => "monitoring";
        public override string ServiceVersion => "2010-08-01";
        public override string UserAgent => throw new NotImplementedException();

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotImplementedException();
    }

    public partial interface IAmazonCloudWatch : IAmazonService, IDisposable
    {
        Task<PutMetricAlarmResponse> PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

        static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonCloudWatchConfig();

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
        {
            var serviceClientConfig = clientConfig as AmazonCloudWatchConfig;
            if (serviceClientConfig == null)
            {
                throw new AmazonClientException("ClientConfig is not of type AmazonCloudWatchConfig to create AmazonCloudWatchClient");
            }

            return awsCredentials == null ? new AmazonCloudWatchClient(serviceClientConfig) : new AmazonCloudWatchClient(awsCredentials, serviceClientConfig);
        }
    }

    public partial class AmazonCloudWatchClient : AmazonServiceClient, IAmazonCloudWatch
    {
        public AmazonCloudWatchClient()
            : base(new AmazonCloudWatchConfig())
        {
        }

        public AmazonCloudWatchClient(RegionEndpoint region)
            : base(new AmazonCloudWatchConfig { RegionEndpoint = region })
        {
        }

        public AmazonCloudWatchClient(AmazonCloudWatchConfig config)
            : base(config)
        {
        }

        public AmazonCloudWatchClient(AWSCredentials credentials)
            : this(credentials, new AmazonCloudWatchConfig())
        {
        }

        public AmazonCloudWatchClient(AWSCredentials credentials, RegionEndpoint region)
            : this(credentials, new AmazonCloudWatchConfig { RegionEndpoint = region })
        {
        }

        public AmazonCloudWatchClient(AWSCredentials credentials, AmazonCloudWatchConfig clientConfig)
            : base(credentials, clientConfig)
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonCloudWatchConfig())
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, new AmazonCloudWatchConfig { RegionEndpoint = region })
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonCloudWatchConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonCloudWatchConfig())
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
            : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonCloudWatchConfig { RegionEndpoint = region })
        {
        }

        public AmazonCloudWatchClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonCloudWatchConfig clientConfig)
            : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
        {
        }

        public virtual Task<PutMetricAlarmResponse> PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken cancellationToken = default(CancellationToken))
            => throw new NotImplementedException();

        public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
            => throw new NotImplementedException();
    }
}
