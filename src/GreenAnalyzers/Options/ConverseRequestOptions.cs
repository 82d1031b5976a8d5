namespace GreenAnalyzers.Options;

/// <summary>Options of the Converse-request rules for one file (<see cref="GreenOptions"/>). Unreadable values fall back to the defaults.</summary>
internal sealed class ConverseRequestOptions
{
    private ConverseRequestOptions(int maxTokens, int minChars)
    {
        MaxTokens = maxTokens;
        MinChars = minChars;
    }

    /// <summary>GA1003: the <c>MaxTokens</c> the fix writes.</summary>
    public int MaxTokens { get; }

    /// <summary>GA1004: the shortest constant prompt worth a cache point.</summary>
    public int MinChars { get; }

    public static ConverseRequestOptions Read(AnalyzerConfigOptions options)
        => new(GreenOptions.DefaultMaxTokens.Read(options), GreenOptions.MinChars.Read(options));
}
