using System.Runtime.CompilerServices;
using GreenAnalyzers.Json;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Configuration;

/// <summary>What a string value in a configuration file looks like: a Bedrock model reference or an instance type.</summary>
internal enum ConfigurationValueKind
{
    ModelId,
    InstanceType,
}

/// <summary>One string value of a configuration file that the rules may judge: where it is (offset, length, JSON pointer)
/// and the .NET configuration key that reaches it (<c>Bedrock:Models:0</c>).</summary>
internal sealed record ConfigurationValue(string Text, ConfigurationValueKind Kind, string Pointer, string Key, ImmutableArray<string> Segments, int Offset, int Length);

/// <summary>
/// The JSON configuration files the analyzers are given (AdditionalFiles): <c>appsettings*.json</c>, and any file a
/// team names with the <c>GreenAnalyzersConfigurationFile</c> item (which sets the item metadata read here). A file is
/// read once per content (the parse is kept with its <see cref="SourceText"/>); only string values shaped like a model id
/// or an instance type are kept. Keys never decide whether a value is judged; invalid or oversized JSON is silence.
/// </summary>
internal static class ConfigurationFile
{
    /// <summary>The item metadata the package's targets set on a team-named file (compiler-visible).</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.GreenAnalyzersConfigurationFile";

    private static readonly ConditionalWeakTable<SourceText, ScanResult> s_scans = new();

    public static bool IsConfigurationFile(AdditionalText file, AnalyzerConfigOptions options)
    {
        if (!GreenOptions.ConfigurationFiles.Read(options))
        {
            // green_analyzers.configuration_files = false: globally, or for the files an .editorconfig section matches
            return false;
        }

        var name = System.IO.Path.GetFileName(file.Path);
        return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (options.TryGetValue(MetadataKey, out var named) && string.Equals(named.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The values of a file worth judging; empty for invalid, oversized or non-configuration JSON.</summary>
    public static ImmutableArray<ConfigurationValue> Scan(SourceText text, CancellationToken cancellationToken)
    {
        if (text.Length > JsonReader.DefaultMaxLength)
        {
            return ImmutableArray<ConfigurationValue>.Empty; // not read at all: no copy of a large file is made
        }

        cancellationToken.ThrowIfCancellationRequested();
        return s_scans.GetValue(text, t => new ScanResult(ScanText(t.ToString()))).Values;
    }

    private static ImmutableArray<ConfigurationValue> ScanText(string text)
    {
        var root = JsonReader.Parse(text, out _);
        if (root is null)
        {
            return ImmutableArray<ConfigurationValue>.Empty;
        }

        var values = ImmutableArray.CreateBuilder<ConfigurationValue>();
        Walk(root, string.Empty, new List<string>(), values);
        return values.ToImmutable();
    }

    private static void Walk(JsonValue value, string pointer, List<string> segments, ImmutableArray<ConfigurationValue>.Builder values)
    {
        switch (value.Kind)
        {
            case JsonKind.Object:
                foreach (var member in value.Members)
                {
                    segments.Add(member.Key);
                    Walk(member.Value, JsonPointer(pointer, member.Key), segments, values);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JsonKind.Array:
                for (var i = 0; i < value.Items.Count; i++)
                {
                    var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    segments.Add(index);
                    Walk(value.Items[i], pointer + "/" + index, segments, values);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JsonKind.String when Classify(value.Text!) is { } kind:
                values.Add(new ConfigurationValue(value.Text!, kind, pointer, string.Join(":", segments), segments.ToImmutableArray(), value.Offset, value.Length));
                break;
        }
    }

    /// <summary>A cheap first look; the rules decide with the catalogs. A model id has a provider segment
    /// (<c>anthropic.…</c>) or is a Bedrock ARN; an instance type parses as one.</summary>
    private static ConfigurationValueKind? Classify(string text)
    {
        if (InstanceType.Parse(text) is not null)
        {
            return ConfigurationValueKind.InstanceType;
        }

        return ModelReference.Parse(text) is { Shape: not ModelReferenceShape.OtherArn } ? ConfigurationValueKind.ModelId : null;
    }

    /// <summary>RFC 6901: <c>~</c> and <c>/</c> in a key are escaped.</summary>
    private static string JsonPointer(string pointer, string key) => pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The workload a configuration value is taken to serve, from its key path and its form: a key segment
    /// containing "train" → SageMaker training, "processing" → SageMaker processing, otherwise hosting for an
    /// <c>ml.</c> value; a bare type is EC2.</summary>
    public static InstanceApi InstanceApiFor(ConfigurationValue value, InstanceType type)
    {
        if (!type.HasMlPrefix)
        {
            return InstanceApi.Ec2;
        }

        foreach (var segment in value.Segments)
        {
            if (segment.IndexOf("train", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return InstanceApi.Training;
            }

            if (segment.IndexOf("processing", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return InstanceApi.Processing;
            }
        }

        return InstanceApi.Endpoint;
    }

    /// <summary>Where the value is written in the file, for a diagnostic.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, ConfigurationValue value)
    {
        var span = new TextSpan(value.Offset, value.Length);
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>A holder, so the weak table can keep an immutable array.</summary>
    private sealed class ScanResult
    {
        public ScanResult(ImmutableArray<ConfigurationValue> values) => Values = values;

        public ImmutableArray<ConfigurationValue> Values { get; }
    }
}
