namespace GreenAnalyzers.Options;

/// <summary>
/// Reads <c>green_analyzers.*</c> keys from .editorconfig / .globalconfig. A per-rule key
/// (<c>green_analyzers.GA1001.max_model_tier</c>) wins over the global one (<c>green_analyzers.max_model_tier</c>);
/// lists are comma-separated, with spaces and empty entries tolerated. Keys are case-insensitive.
/// </summary>
internal readonly struct OptionReader
{
    public const string Prefix = "green_analyzers.";

    private static readonly char[] s_comma = [','];

    private readonly AnalyzerConfigOptions _options;

    public OptionReader(AnalyzerConfigOptions options) => _options = options;

    /// <summary>The per-rule value when set, else the global one, else null.</summary>
    public string? Get(OptionNames key) => TryGet(key.RuleKey) ?? TryGet(key.GlobalKey);

    /// <summary>Only the per-rule key.</summary>
    public ImmutableArray<string> GetRuleList(OptionNames key) => Split(TryGet(key.RuleKey));

    /// <summary>Only the global key, as written.</summary>
    public string? GetGlobal(OptionNames key) => TryGet(key.GlobalKey);

    /// <summary>Only the global key.</summary>
    public ImmutableArray<string> GetGlobalList(OptionNames key) => Split(TryGet(key.GlobalKey));

    private string? TryGet(string key)
        => _options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static ImmutableArray<string> Split(string? value)
    {
        if (value is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in value.Split(s_comma, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>An option's two spellings, composed once rather than on every read (options are read for every file):
/// per rule (<c>green_analyzers.GA1001.max_model_tier</c>) and global (<c>green_analyzers.max_model_tier</c>).</summary>
internal sealed class OptionNames
{
    public OptionNames(string ruleId, string name)
    {
        RuleKey = OptionReader.Prefix + ruleId + "." + name;
        GlobalKey = OptionReader.Prefix + name;
    }

    public string RuleKey { get; }

    public string GlobalKey { get; }
}
