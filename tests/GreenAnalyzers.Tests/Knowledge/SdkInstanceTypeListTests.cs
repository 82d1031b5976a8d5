using System.Reflection;
using System.Text;
using Amazon.Runtime;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>
/// Keeps <c>Data/instance_validity.tsv</c> equal to the SDK's constant lists: <c>Amazon.EC2.InstanceType</c> from the
/// real AWSSDK.EC2 package, and the SageMaker <c>ProductionVariantInstanceType</c>, <c>TrainingInstanceType</c> and
/// <c>ProcessingInstanceType</c> from the stubs (which copy the real SDK's lists, see tests/Stubs/README.md).
/// tools/catalog/generate.py reads that file, so a replacement is only ever suggested where the SDK has the constant.
/// To refresh it after an SDK update: <c>GREENANALYZERS_UPDATE_SDK_LISTS=1 dotnet test --filter SdkInstanceTypeList</c>,
/// then rerun the generator.
/// </summary>
public sealed class SdkInstanceTypeListTests
{
    private static readonly string FilePath = RepositoryPaths.Combine("src", "GreenAnalyzers", "Knowledge", "Data", "instance_validity.tsv");

    [Test]
    public void ValidityFileMatchesTheSdkConstantClasses()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("GREENANALYZERS_UPDATE_SDK_LISTS") == "1")
        {
            File.WriteAllText(FilePath, expected, new UTF8Encoding(false));
        }

        Assert.That(File.ReadAllText(FilePath).Replace("\r\n", "\n"), Is.EqualTo(expected),
            "instance_validity.tsv is out of date: rerun with GREENANALYZERS_UPDATE_SDK_LISTS=1, then python3 tools/catalog/generate.py");
    }

    [Test]
    public void KnownFactsOfTheLists()
    {
        var lists = ReadLists().ToDictionary(list => list.Api, list => list.Types);
        Assert.Multiple(() =>
        {
            Assert.That(lists["ec2"], Has.Count.GreaterThan(1000));
            Assert.That(lists["endpoint"], Does.Contain("inf2.xlarge").And.Contain("c7g.xlarge").And.Not.Contain("m7g.xlarge"));
            Assert.That(lists["training"], Does.Contain("trn1.2xlarge").And.Not.Contain("inf2.xlarge").And.Not.Contain("c7g.xlarge"));
            Assert.That(lists["processing"], Does.Not.Contain("trn1.2xlarge"));
        });
    }

    /// <summary>The analyzers see a constant such as <c>ProductionVariantInstanceType.MlG5Xlarge</c> only by name: the
    /// catalog must map every member of every class to its value, and the fix must write the member that exists.</summary>
    [TestCase("endpoint", typeof(Amazon.SageMaker.ProductionVariantInstanceType))]
    [TestCase("training", typeof(Amazon.SageMaker.TrainingInstanceType))]
    [TestCase("processing", typeof(Amazon.SageMaker.ProcessingInstanceType))]
    [TestCase("ec2", typeof(Amazon.EC2.InstanceType))]
    public void EveryConstantMemberMapsToItsValue(string apiName, Type constantClass)
    {
        Assert.That(GreenAnalyzers.Knowledge.InstanceApis.TryParse(apiName, out var api), Is.True, apiName);
        Assert.That(GreenAnalyzers.Knowledge.InstanceApis.ConstantClassName(api), Is.EqualTo(constantClass.FullName));
        var fields = constantClass.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == constantClass).ToList();
        Assert.That(fields, Is.Not.Empty);
        foreach (var field in fields)
        {
            var value = ((ConstantClass)field.GetValue(null)!).Value;
            Assert.Multiple(() =>
            {
                Assert.That(GreenAnalyzers.Knowledge.InstanceType.ConstantMemberName(value), Is.EqualTo(field.Name), value);
                Assert.That(GreenAnalyzers.Knowledge.InstanceCatalog.Default.TryFindConstantValue(api, field.Name, out var found) ? found : null,
                    Is.EqualTo(value), field.Name);
            });
        }
    }

    [Test]
    public void ElasticInferenceValuesAreTheSdkOnes()
    {
        var type = typeof(Amazon.SageMaker.ProductionVariantAcceleratorType);
        Assert.That(type.FullName, Is.EqualTo(GreenAnalyzers.Knowledge.ElasticInference.ConstantClassName));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).ToList();
        Assert.That(fields.Select(f => ((ConstantClass)f.GetValue(null)!).Value), Is.EquivalentTo(GreenAnalyzers.Knowledge.ElasticInference.Values));
        foreach (var field in fields)
        {
            Assert.That(GreenAnalyzers.Knowledge.ElasticInference.TryFindConstantValue(field.Name, out var value) ? value : null,
                Is.EqualTo(((ConstantClass)field.GetValue(null)!).Value));
        }
    }

    internal static string Render()
    {
        var apisByType = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (api, types) in ReadLists())
        {
            foreach (var type in types)
            {
                if (!apisByType.TryGetValue(type, out var apis))
                {
                    apisByType[type] = apis = new List<string>();
                }

                apis.Add(api);
            }
        }

        var text = new StringBuilder();
        text.Append("# Bare instance types each SDK constant class accepts (SageMaker values without their \"ml.\" prefix).\n");
        text.Append("# Written by SdkInstanceTypeListTests from the classes the tests compile against: Amazon.EC2.InstanceType\n");
        text.Append("# (AWSSDK.EC2 ").Append(typeof(Amazon.EC2.InstanceType).Assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version)
            .Append("), Amazon.SageMaker ProductionVariantInstanceType (endpoint), TrainingInstanceType (training),\n");
        text.Append("# ProcessingInstanceType (processing) from tests/Stubs (copied from aws-sdk-net @4adda915). Do not edit by hand.\n");
        text.Append("type\tapis\n");
        foreach (var (type, apis) in apisByType)
        {
            text.Append(type).Append('\t').Append(string.Join(" ", apis)).Append('\n');
        }

        return text.ToString();
    }

    // Order fixes the order of the apis column.
    private static List<(string Api, SortedSet<string> Types)> ReadLists() => new()
    {
        ("endpoint", Values(typeof(Amazon.SageMaker.ProductionVariantInstanceType), "ml.")),
        ("training", Values(typeof(Amazon.SageMaker.TrainingInstanceType), "ml.")),
        ("processing", Values(typeof(Amazon.SageMaker.ProcessingInstanceType), "ml.")),
        ("ec2", Values(typeof(Amazon.EC2.InstanceType), string.Empty)),
    };

    private static SortedSet<string> Values(Type constantClass, string prefix)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in constantClass.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.FieldType == constantClass && field.GetValue(null) is ConstantClass constant)
            {
                Assert.That(constant.Value, Does.StartWith(prefix), constantClass.Name + "." + field.Name);
                values.Add(constant.Value.Substring(prefix.Length));
            }
        }

        return values;
    }
}
