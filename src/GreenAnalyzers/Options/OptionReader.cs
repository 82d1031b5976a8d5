using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Options;

/// <summary>
/// Reads <c>green_analyzers.*</c> keys from .editorconfig / .globalconfig. A per-rule key
/// (<c>green_analyzers.GA1001.max_model_tier</c>) wins over the global one (<c>green_analyzers.max_model_tier</c>);
/// lists are comma-separated, with spaces and empty entries tolerated. Keys are case-insensitive.
/// </summary>
internal readonly struct OptionReader
{
    public const string Prefix = "green_analyzers.";

    private readonly AnalyzerConfigOptions _options;

    public OptionReader(AnalyzerConfigOptions options) => _options = options;

    /// <summary>The per-rule value when set, else the global one, else null.</summary>
    public string? Get(string ruleId, string name)
        => TryGet(Prefix + ruleId + "." + name) ?? TryGet(Prefix + name);

    /// <summary>Only the per-rule key.</summary>
    public ImmutableArray<string> GetRuleList(string ruleId, string name) => Split(TryGet(Prefix + ruleId + "." + name));

    /// <summary>Only the global key, as written.</summary>
    public string? GetGlobal(string name) => TryGet(Prefix + name);

    /// <summary>Only the global key.</summary>
    public ImmutableArray<string> GetGlobalList(string name) => Split(TryGet(Prefix + name));

    private string? TryGet(string key)
        => _options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static ImmutableArray<string> Split(string? value)
    {
        if (value is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
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
