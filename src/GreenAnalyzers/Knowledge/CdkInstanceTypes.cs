namespace GreenAnalyzers.Knowledge;

/// <summary>
/// The AWS CDK for C#'s EC2 instance types (<c>Amazon.CDK.AWS.EC2</c>): <c>InstanceType.Of(InstanceClass, InstanceSize)</c>
/// builds the wire value from two enum members, which the analyzers see only by name (jsii enums carry no string value in
/// .NET metadata). Most class members are the family in upper case (<c>G5</c>, <c>U_3TB1</c> → <c>u-3tb1</c>); the
/// others are descriptive aliases (<c>GRAPHICS5</c> → <c>g5</c>), listed here from <c>instanceClassMap</c> in
/// <c>aws-cdk-lib/aws-ec2/lib/instance-types.js</c> of aws-cdk-lib 2.160.0 (embedded in Amazon.CDK.Lib 2.160.0;
/// <c>CdkInstanceTypesTests</c> compares every member of the real enums with it). A member this table does not know (a
/// newer CDK's alias) lower-cases to no valid EC2 type and is never judged.
/// </summary>
internal static class CdkInstanceTypes
{
    public const string InstanceTypeName = "Amazon.CDK.AWS.EC2.InstanceType";
    public const string InstanceClassName = "Amazon.CDK.AWS.EC2.InstanceClass";
    public const string InstanceSizeName = "Amazon.CDK.AWS.EC2.InstanceSize";

    private const string XLarge = "XLARGE";
    private const string Metal = "METAL";

    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["STANDARD3"] = "m3",
        ["STANDARD4"] = "m4",
        ["STANDARD5"] = "m5",
        ["STANDARD5_NVME_DRIVE"] = "m5d",
        ["STANDARD5_AMD"] = "m5a",
        ["STANDARD5_AMD_NVME_DRIVE"] = "m5ad",
        ["STANDARD5_HIGH_PERFORMANCE"] = "m5n",
        ["STANDARD5_NVME_DRIVE_HIGH_PERFORMANCE"] = "m5dn",
        ["STANDARD5_HIGH_COMPUTE"] = "m5zn",
        ["MEMORY3"] = "r3",
        ["MEMORY4"] = "r4",
        ["MEMORY5"] = "r5",
        ["MEMORY6_AMD"] = "r6a",
        ["MEMORY6_INTEL"] = "r6i",
        ["MEMORY6_INTEL_NVME_DRIVE"] = "r6id",
        ["MEMORY6_INTEL_HIGH_PERFORMANCE"] = "r6in",
        ["MEMORY6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE"] = "r6idn",
        ["MEMORY5_HIGH_PERFORMANCE"] = "r5n",
        ["MEMORY5_NVME_DRIVE"] = "r5d",
        ["MEMORY5_NVME_DRIVE_HIGH_PERFORMANCE"] = "r5dn",
        ["MEMORY5_AMD"] = "r5a",
        ["MEMORY5_AMD_NVME_DRIVE"] = "r5ad",
        ["HIGH_MEMORY_3TB_1"] = "u-3tb1",
        ["HIGH_MEMORY_6TB_1"] = "u-6tb1",
        ["HIGH_MEMORY_9TB_1"] = "u-9tb1",
        ["HIGH_MEMORY_12TB_1"] = "u-12tb1",
        ["HIGH_MEMORY_18TB_1"] = "u-18tb1",
        ["HIGH_MEMORY_24TB_1"] = "u-24tb1",
        ["MEMORY5_EBS_OPTIMIZED"] = "r5b",
        ["MEMORY6_GRAVITON"] = "r6g",
        ["MEMORY6_GRAVITON2_NVME_DRIVE"] = "r6gd",
        ["MEMORY7_GRAVITON"] = "r7g",
        ["MEMORY7_GRAVITON3_NVME_DRIVE"] = "r7gd",
        ["MEMORY7_INTEL_BASE"] = "r7i",
        ["MEMORY7_INTEL"] = "r7iz",
        ["MEMORY7_AMD"] = "r7a",
        ["MEMORY8_GRAVITON"] = "r8g",
        ["COMPUTE3"] = "c3",
        ["COMPUTE4"] = "c4",
        ["COMPUTE5"] = "c5",
        ["COMPUTE5_NVME_DRIVE"] = "c5d",
        ["COMPUTE5_AMD"] = "c5a",
        ["COMPUTE5_AMD_NVME_DRIVE"] = "c5ad",
        ["COMPUTE5_HIGH_PERFORMANCE"] = "c5n",
        ["COMPUTE6_INTEL"] = "c6i",
        ["COMPUTE6_INTEL_HIGH_PERFORMANCE"] = "c6in",
        ["COMPUTE6_INTEL_NVME_DRIVE"] = "c6id",
        ["COMPUTE6_AMD"] = "c6a",
        ["COMPUTE6_GRAVITON2"] = "c6g",
        ["COMPUTE6_GRAVITON2_NVME_DRIVE"] = "c6gd",
        ["COMPUTE6_GRAVITON2_HIGH_NETWORK_BANDWIDTH"] = "c6gn",
        ["COMPUTE7_GRAVITON3"] = "c7g",
        ["COMPUTE7_GRAVITON3_NVME_DRIVE"] = "c7gd",
        ["COMPUTE7_GRAVITON3_HIGH_NETWORK_BANDWIDTH"] = "c7gn",
        ["COMPUTE7_INTEL"] = "c7i",
        ["COMPUTE7_AMD"] = "c7a",
        ["STORAGE2"] = "d2",
        ["STORAGE3"] = "d3",
        ["STORAGE3_ENHANCED_NETWORK"] = "d3en",
        ["TRAINING_ACCELERATOR1"] = "trn1",
        ["TRAINING_ACCELERATOR1_ENHANCED_NETWORK"] = "trn1n",
        ["STORAGE_COMPUTE_1"] = "h1",
        ["IO3"] = "i3",
        ["IO3_DENSE_NVME_DRIVE"] = "i3en",
        ["STORAGE4_GRAVITON"] = "i4g",
        ["STORAGE4_GRAVITON_NETWORK_OPTIMIZED"] = "im4gn",
        ["STORAGE4_GRAVITON_NETWORK_STORAGE_OPTIMIZED"] = "is4gen",
        ["BURSTABLE2"] = "t2",
        ["BURSTABLE3"] = "t3",
        ["BURSTABLE3_AMD"] = "t3a",
        ["BURSTABLE4_GRAVITON"] = "t4g",
        ["MEMORY_INTENSIVE_1"] = "x1",
        ["MEMORY_INTENSIVE_1_EXTENDED"] = "x1e",
        ["MEMORY_INTENSIVE_2_GRAVITON2"] = "x2g",
        ["MEMORY_INTENSIVE_2_GRAVITON2_NVME_DRIVE"] = "x2gd",
        ["FPGA1"] = "f1",
        ["GRAPHICS3_SMALL"] = "g3s",
        ["GRAPHICS3"] = "g3",
        ["GRAPHICS4_NVME_DRIVE_HIGH_PERFORMANCE"] = "g4dn",
        ["GRAPHICS4_AMD_NVME_DRIVE"] = "g4ad",
        ["GRAPHICS5"] = "g5",
        ["GRAPHICS5_GRAVITON2"] = "g5g",
        ["GRAPHICS6"] = "g6",
        ["PARALLEL2"] = "p2",
        ["PARALLEL3"] = "p3",
        ["PARALLEL3_NVME_DRIVE_HIGH_PERFORMANCE"] = "p3dn",
        ["PARALLEL4_NVME_DRIVE_EXTENDED"] = "p4de",
        ["PARALLEL4"] = "p4d",
        ["PARALLEL5"] = "p5",
        ["ARM1"] = "a1",
        ["STANDARD6_GRAVITON"] = "m6g",
        ["STANDARD6_INTEL"] = "m6i",
        ["STANDARD6_INTEL_NVME_DRIVE"] = "m6id",
        ["STANDARD6_INTEL_HIGH_PERFORMANCE"] = "m6in",
        ["STANDARD6_INTEL_NVME_DRIVE_HIGH_PERFORMANCE"] = "m6idn",
        ["STANDARD6_AMD"] = "m6a",
        ["STANDARD6_GRAVITON2_NVME_DRIVE"] = "m6gd",
        ["STANDARD7_GRAVITON"] = "m7g",
        ["STANDARD7_GRAVITON3_NVME_DRIVE"] = "m7gd",
        ["STANDARD7_INTEL"] = "m7i",
        ["STANDARD7_INTEL_FLEX"] = "m7i-flex",
        ["STANDARD7_AMD"] = "m7a",
        ["HIGH_COMPUTE_MEMORY1"] = "z1d",
        ["INFERENCE1"] = "inf1",
        ["INFERENCE2"] = "inf2",
        ["MACINTOSH1_INTEL"] = "mac1",
        ["MACINTOSH2_M1"] = "mac2",
        ["MACINTOSH2_M2"] = "mac2-m2",
        ["MACINTOSH2_M2_PRO"] = "mac2-m2pro",
        ["MACINTOSH2_M1_ULTRA"] = "mac2-m1ultra",
        ["VIDEO_TRANSCODING1"] = "vt1",
        ["HIGH_PERFORMANCE_COMPUTING6_AMD"] = "hpc6a",
        ["HIGH_PERFORMANCE_COMPUTING6_INTEL_NVME_DRIVE"] = "hpc6id",
        ["HIGH_PERFORMANCE_COMPUTING7_AMD"] = "hpc7a",
        ["HIGH_PERFORMANCE_COMPUTING7_GRAVITON"] = "hpc7g",
        ["IO4_INTEL"] = "i4i",
        ["MEMORY_INTENSIVE_2_XT_INTEL"] = "x2iedn",
        ["MEMORY_INTENSIVE_2_INTEL"] = "x2idn",
        ["MEMORY_INTENSIVE_2_XTZ_INTEL"] = "x2iezn",
        ["DEEP_LEARNING1"] = "dl1",
        ["DEEP_LEARNING2_QUALCOMM"] = "dl2q",
    };

    /// <summary>The family an <c>InstanceClass</c> member stands for: <c>G5</c> and <c>GRAPHICS5</c> → <c>g5</c>.</summary>
    public static string Family(string classMember)
        => s_aliases.TryGetValue(classMember, out var family) ? family : classMember.ToLowerInvariant().Replace('_', '-');

    /// <summary>The size an <c>InstanceSize</c> member stands for: <c>XLARGE2</c> → <c>2xlarge</c>, <c>XLARGE24METAL</c> →
    /// <c>metal-24xl</c>, <c>LARGE</c> → <c>large</c>.</summary>
    public static string Size(string sizeMember)
    {
        if (sizeMember.StartsWith(XLarge, StringComparison.Ordinal) && sizeMember.Length > XLarge.Length)
        {
            var count = sizeMember.Substring(XLarge.Length);
            return count.EndsWith(Metal, StringComparison.Ordinal)
                ? "metal-" + count.Substring(0, count.Length - Metal.Length) + "xl"
                : count + "xlarge";
        }

        return sizeMember.ToLowerInvariant();
    }

    /// <summary>The <c>InstanceSize</c> member name of a size (the inverse of <see cref="Size"/>).</summary>
    public static string SizeMember(string size)
    {
        if (size.StartsWith("metal-", StringComparison.Ordinal) && size.EndsWith("xl", StringComparison.Ordinal))
        {
            return XLarge + size.Substring("metal-".Length, size.Length - "metal-".Length - "xl".Length) + Metal;
        }

        return size.EndsWith("xlarge", StringComparison.Ordinal) && size.Length > "xlarge".Length
            ? XLarge + size.Substring(0, size.Length - "xlarge".Length)
            : size.ToUpperInvariant();
    }

    /// <summary>The <c>InstanceClass</c> member names for a family, in the style of <paramref name="written"/>: the
    /// descriptive alias where the code wrote one and the CDK has one for the family, else the family's own name
    /// (<c>GRAPHICS5</c> → <c>INFERENCE2</c>, <c>G5</c> → <c>INF2</c>). The caller checks the enum has it.</summary>
    public static string ClassMember(string family, string written)
    {
        var own = family.ToUpperInvariant().Replace('-', '_');
        if (s_aliases.ContainsKey(written))
        {
            foreach (var alias in s_aliases)
            {
                if (alias.Value == family && alias.Key != own)
                {
                    return alias.Key;
                }
            }
        }

        return own;
    }
}
