using System.Globalization;

namespace GreenAnalyzers.Options;

/// <summary>Options of the Converse-request rules for one file. Unreadable values fall back to the defaults.</summary>
internal sealed class ConverseRequestOptions
{
    public const string DefaultMaxTokensKey = "default_max_tokens";
    public const string MinCharsKey = "min_chars";

    public const int DefaultMaxTokens = 1024;
    public const int DefaultMinChars = 4096;

    private static readonly OptionNames s_maxTokens = new(RuleIds.BoundOutputLength, DefaultMaxTokensKey);
    private static readonly OptionNames s_minChars = new(RuleIds.CacheStaticPrompt, MinCharsKey);

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
    {
        var reader = new OptionReader(options);
        return new ConverseRequestOptions(
            PositiveInt(reader.Get(s_maxTokens), DefaultMaxTokens),
            PositiveInt(reader.Get(s_minChars), DefaultMinChars));
    }

    private static int PositiveInt(string? text, int fallback)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
