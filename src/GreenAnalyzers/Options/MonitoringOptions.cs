namespace GreenAnalyzers.Options;

/// <summary>Options of GA5001 for one file (<see cref="GreenOptions"/>). Unreadable values fall back to the defaults (an
/// unset destination stays unset).</summary>
internal sealed class MonitoringOptions
{
    private MonitoringOptions(int samplingPercentage, string? destination)
    {
        SamplingPercentage = samplingPercentage;
        Destination = destination;
    }

    public int SamplingPercentage { get; }

    /// <summary>Where captured data goes; null when the team has not chosen one (then GA5001 offers no fix).</summary>
    public string? Destination { get; }

    public static MonitoringOptions Read(AnalyzerConfigOptions options)
        => new(GreenOptions.SamplingPercentage.Read(options), GreenOptions.DestinationS3Uri.Read(options));

    /// <summary>s3://bucket[/prefix] with a plausible bucket name, without spaces or control characters (a trailing remark
    /// or a stray line is not part of a destination). Quotes, backslashes and braces are fine: the fix builds the literal
    /// from the value, escaped.</summary>
    public static string? ParseDestination(string? value)
    {
        value = value?.Trim();
        if (value is null || !value.StartsWith("s3://", StringComparison.Ordinal) || value.Length <= 5)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return null;
            }
        }

        return value.Substring(5).Split('/')[0].Length >= 3 ? value : null;
    }
}
