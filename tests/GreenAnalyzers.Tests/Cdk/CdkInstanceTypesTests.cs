using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Cdk;

/// <summary>
/// <see cref="CdkInstanceTypes"/> against the real Amazon.CDK.Lib 2.160.0: every member of its <c>InstanceClass</c> and
/// <c>InstanceSize</c> enums maps to the value the CDK itself builds. The truth is the CDK's own JavaScript
/// (<c>aws-ec2/lib/instance-types.js</c>, <c>instanceClassMap</c> and the <c>InstanceSize</c> values), which jsii embeds in
/// the .NET assembly as the aws-cdk-lib tarball and runs when <c>InstanceType.Of</c> is called.
/// </summary>
public sealed class CdkInstanceTypesTests
{
    private static readonly Lazy<string> s_instanceTypesJs = new(ReadInstanceTypesJs);

    [Test]
    public void EveryInstanceClassMemberMapsToTheFamilyTheCdkBuilds()
    {
        var families = Matches(@"\[InstanceClass\.([A-Z0-9_]+)\]:""([a-z0-9-]+)""");
        var members = Enum.GetNames<Amazon.CDK.AWS.EC2.InstanceClass>();
        Assert.That(families.Keys, Is.EquivalentTo(members), "the JavaScript map and the .NET enum list the same members");
        Assert.Multiple(() =>
        {
            foreach (var member in members)
            {
                Assert.That(CdkInstanceTypes.Family(member), Is.EqualTo(families[member]), member);
            }
        });
    }

    [Test]
    public void EveryInstanceSizeMemberMapsToTheSizeTheCdkBuilds()
    {
        var sizes = Matches(@"InstanceSize2\.([A-Z0-9_]+)=""([a-z0-9-]+)""");
        var members = Enum.GetNames<Amazon.CDK.AWS.EC2.InstanceSize>();
        Assert.That(sizes.Keys, Is.EquivalentTo(members));
        Assert.Multiple(() =>
        {
            foreach (var member in members)
            {
                Assert.That(CdkInstanceTypes.Size(member), Is.EqualTo(sizes[member]), member);
                Assert.That(CdkInstanceTypes.SizeMember(sizes[member]), Is.EqualTo(member), sizes[member]);
            }
        });
    }

    [TestCase("inf2", "G5", "INF2")]
    [TestCase("inf2", "GRAPHICS5", "INFERENCE2")]
    [TestCase("c7g", "COMPUTE5", "COMPUTE7_GRAVITON3")]
    [TestCase("m7g", "STANDARD5", "STANDARD7_GRAVITON")]
    [TestCase("r7g", "MEMORY5", "MEMORY7_GRAVITON")]
    [TestCase("r8g", "R5", "R8G")]
    [TestCase("c8g", "COMPUTE5", "C8G")] // no alias in this CDK: the own name, which the analyzer then finds missing
    public void SuggestionsKeepTheStyleWritten(string family, string written, string expected)
        => Assert.That(CdkInstanceTypes.ClassMember(family, written), Is.EqualTo(expected));

    [Test]
    public void EverySuggestedMemberStandsForItsFamily()
    {
        var families = Matches(@"\[InstanceClass\.([A-Z0-9_]+)\]:""([a-z0-9-]+)""");
        Assert.Multiple(() =>
        {
            foreach (var (member, family) in families)
            {
                var suggested = CdkInstanceTypes.ClassMember(family, member);
                Assert.That(families.TryGetValue(suggested, out var built) ? built : null, Is.EqualTo(family), $"{member} → {suggested}");
            }
        });
    }

    private static Dictionary<string, string> Matches(string pattern)
        => Regex.Matches(s_instanceTypesJs.Value, pattern).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);

    private static string ReadInstanceTypesJs()
    {
        var assembly = typeof(Amazon.CDK.Stack).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith(".tgz", StringComparison.Ordinal));
        using var gzip = new GZipStream(assembly.GetManifestResourceStream(name)!, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name == "package/aws-ec2/lib/instance-types.js" && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                return reader.ReadToEnd();
            }
        }

        throw new InvalidOperationException("aws-ec2/lib/instance-types.js is not in " + name);
    }
}
