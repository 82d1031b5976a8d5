using Amazon.CDK;
using Amazon.CDK.AWS.AutoScaling;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace BedrockSupportDesk.Infrastructure;

/// <summary>The support desk's own capacity as an AWS CDK (C#) stack: the attachment-indexing workers in an Auto Scaling
/// group, and the host of the self-hosted reply-ranking model.</summary>
public sealed class SupportDeskStack : Stack
{
    public SupportDeskStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 2 });

        _ = new AutoScalingGroup(this, "IndexWorkers", new AutoScalingGroupProps
        {
            Vpc = vpc,
            InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.XLARGE),
            MachineImage = MachineImage.LatestAmazonLinux2023(),
            MinCapacity = 1,
            MaxCapacity = 4,
        });

        _ = new CfnInstance(this, "RankerHost", new CfnInstanceProps
        {
            ImageId = "ami-0abcdef1234567890", // a Deep Learning AMI
            InstanceType = "g5.xlarge",
        });
    }
}
