using System.Globalization;

namespace GreenAnalyzers.Options;

/// <summary>Options of GA5001 for one file. Unreadable values fall back to the defaults (an unset destination stays unset).</summary>
internal sealed class MonitoringOptions
{
    public const string SamplingPercentageKey = "sampling_percentage";
    public const string DestinationKey = "destination_s3_uri";

    public const int DefaultSamplingPercentage = 10;

    private static readonly OptionNames s_sampling = new(RuleIds.CaptureEndpointData, SamplingPercentageKey);
    private static readonly OptionNames s_destination = new(RuleIds.CaptureEndpointData, DestinationKey);

    private MonitoringOptions(int samplingPercentage, string? destination)
    {
        SamplingPercentage = samplingPercentage;
        Destination = destination;
    }

    public int SamplingPercentage { get; }

    /// <summary>Where captured data goes; null when the team has not chosen one (then GA5001 offers no fix).</summary>
    public string? Destination { get; }

    public static MonitoringOptions Read(AnalyzerConfigOptions options)
    {
        var reader = new OptionReader(options);
        var sampling = int.TryParse(reader.Get(s_sampling), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value is >= 1 and <= 100 ? value : DefaultSamplingPercentage;
        return new MonitoringOptions(sampling, ParseDestination(reader.Get(s_destination)));
    }

    /// <summary>s3://bucket[/prefix] with a plausible bucket name, and nothing that would break a C# string literal.</summary>
    public static string? ParseDestination(string? value)
    {
        value = value?.Trim();
        if (value is null || !value.StartsWith("s3://", StringComparison.Ordinal) || value.Length <= 5)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is '"' or '\\' or '{' or '}' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return null;
            }
        }

        return value.Substring(5).Split('/')[0].Length >= 3 ? value : null;
    }
}
