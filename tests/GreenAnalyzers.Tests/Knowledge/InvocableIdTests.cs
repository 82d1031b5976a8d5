using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>The geographies whose inference profiles keep a call near a Region, from the Region's system name or the name of
/// its <c>Amazon.RegionEndpoint</c> field (the forms the client's Region is found in).</summary>
public sealed class InvocableIdTests
{
    [TestCase("eu-west-1", "eu")]
    [TestCase("EUWest1", "eu")]
    [TestCase("us-east-2", "us")]
    [TestCase("USEast1Regional", "us")]
    [TestCase("ca-central-1", "ca")]
    [TestCase("ap-south-1", "apac")]
    [TestCase("ap-northeast-1", "jp,apac")]
    [TestCase("APNortheast3", "jp,apac")]
    [TestCase("ap-southeast-2", "au,apac")]
    [TestCase("us-gov-west-1", "us-gov")]
    [TestCase("USGovCloudEast1", "us-gov")]
    [TestCase("us-iso-east-1", "")]     // isolated partitions: the commercial us. profiles do not serve them
    [TestCase("USIsobEast1", "")]
    [TestCase("us-isof-south-1", "")]
    [TestCase("EUIsoeWest1", "")]
    [TestCase("eusc-de-east-1", "")]    // the European Sovereign Cloud is a partition of its own
    [TestCase("EUSCDeEast1", "")]
    [TestCase("cn-north-1", "")]
    [TestCase("sa-east-1", "")]
    [TestCase("not-a-region", "")]
    public void GeographiesOfARegion(string region, string geographies)
        => Assert.That(string.Join(",", InvocableId.GeographiesOf(region)), Is.EqualTo(geographies));
}
