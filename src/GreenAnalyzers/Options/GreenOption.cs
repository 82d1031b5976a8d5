namespace GreenAnalyzers.Options;

/// <summary>Which keys spell an option: the global one (<c>green_analyzers.max_model_tier</c>), one per rule
/// (<c>green_analyzers.GA1001.max_model_tier</c>), or both.</summary>
internal enum OptionScope
{
    Global,
    PerRule,
    GlobalAndPerRule,
}

/// <summary>How a per-rule value meets the global one: it wins (a scalar), or it adds to it (an allow list).</summary>
internal enum PerRuleValue
{
    Overrides,
    AddsToGlobal,
}

/// <summary>Reads a trimmed, non-empty value; false when the value is not one the option accepts.</summary>
internal delegate bool OptionParser<T>(string text, out T value);

/// <summary>
/// One <c>green_analyzers.*</c> option, defined once: its name, scope and rules, what it accepts, its default and one line
/// of doc. The rules read it through <see cref="GreenOption{T}"/>, GA9001 checks keys and values against
/// <see cref="GreenOptions.All"/>, and the options table of docs/configuration.md is generated from it (GeneratedFilesTests).
/// The shape follows Roslynator's <c>ConfigOptionDescriptor</c> (key, default, description, value placeholder; dotnet/roslynator
/// src/Common/ConfigOptionDescriptor.cs at 0249e978), with the parser added so that reading and checking cannot disagree.
/// </summary>
internal abstract class GreenOption
{
    public const string Prefix = "green_analyzers.";

    private readonly ImmutableArray<string> _ruleKeys;

    protected GreenOption(string name, OptionScope scope, ImmutableArray<string> ruleIds, string accepted, string defaultText, string doc, PerRuleValue perRule)
    {
        Name = name;
        Scope = scope;
        RuleIds = ruleIds;
        Accepted = accepted;
        DefaultText = defaultText;
        Doc = doc;
        PerRule = perRule;
        GlobalKey = Prefix + name;
        _ruleKeys = HasRuleKeys ? ruleIds.Select(id => Prefix + id + "." + name).ToImmutableArray() : ImmutableArray<string>.Empty;
        var spellings = ImmutableArray.CreateBuilder<string>();
        if (HasGlobalKey)
        {
            spellings.Add(name);
        }

        spellings.AddRange(_ruleKeys.Select(key => key.Substring(Prefix.Length).ToLowerInvariant()));
        Spellings = spellings.ToImmutable();
    }

    /// <summary>The name after the prefix and rule id, lower case: <c>max_model_tier</c>.</summary>
    public string Name { get; }

    public OptionScope Scope { get; }

    /// <summary>The rules that read the option; with a per-rule scope, each has its own key.</summary>
    public ImmutableArray<string> RuleIds { get; }

    /// <summary>What a value may be, as GA9001 and the docs say it: <c>an integer from 1 to 100</c>.</summary>
    public string Accepted { get; }

    /// <summary>What applies when the option is unset or unreadable, as GA9001 and the docs say it.</summary>
    public string DefaultText { get; }

    /// <summary>One line: what the option changes.</summary>
    public string Doc { get; }

    public PerRuleValue PerRule { get; }

    /// <summary><c>green_analyzers.name</c>, whether or not the option has a global spelling.</summary>
    public string GlobalKey { get; }

    public bool HasGlobalKey => Scope != OptionScope.PerRule;

    public bool HasRuleKeys => Scope != OptionScope.Global;

    /// <summary>The keys GA9001 accepts for this option, lower case and without the prefix: <c>max_model_tier</c>,
    /// <c>ga1001.max_model_tier</c>.</summary>
    public ImmutableArray<string> Spellings { get; }

    /// <summary><c>green_analyzers.GA1001.name</c>; null when the option has no key for that rule.</summary>
    public string? RuleKey(string ruleId)
    {
        for (var i = 0; i < _ruleKeys.Length; i++)
        {
            if (RuleIds[i] == ruleId)
            {
                return _ruleKeys[i];
            }
        }

        return null;
    }

    public abstract bool IsValid(string value);

    /// <summary>A key's value, trimmed; null when unset or blank (as if unset).</summary>
    protected static string? Text(AnalyzerConfigOptions options, string? key)
        => key is not null && options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>An option and how to read it. A value that does not parse reads as the default (GA9001 reports it, naming
/// key, value and <see cref="GreenOption.Accepted"/>); reading never throws.</summary>
internal sealed class GreenOption<T> : GreenOption
{
    private readonly OptionParser<T> _parse;

    public GreenOption(
        string name, OptionScope scope, ImmutableArray<string> ruleIds, string accepted, T defaultValue, string defaultText, string doc,
        OptionParser<T> parse, PerRuleValue perRule = PerRuleValue.Overrides)
        : base(name, scope, ruleIds, accepted, defaultText, doc, perRule)
    {
        Default = defaultValue;
        _parse = parse;
    }

    public T Default { get; }

    public override bool IsValid(string value) => !string.IsNullOrWhiteSpace(value) && _parse(value.Trim(), out _);

    /// <summary>The value for the option's rule: its per-rule key when set, else the global key when set, else the
    /// default. (An option read by several rules with a per-rule spelling is read with <see cref="ReadGlobal"/> and
    /// <see cref="ReadForRule"/>.)</summary>
    public T Read(AnalyzerConfigOptions options)
        => Parse((HasRuleKeys ? Text(options, RuleKey(RuleIds[0])) : null) ?? (HasGlobalKey ? Text(options, GlobalKey) : null));

    /// <summary>Only the global key.</summary>
    public T ReadGlobal(AnalyzerConfigOptions options) => Parse(HasGlobalKey ? Text(options, GlobalKey) : null);

    /// <summary>Only the key of <paramref name="ruleId"/>.</summary>
    public T ReadForRule(AnalyzerConfigOptions options, string ruleId) => Parse(Text(options, RuleKey(ruleId)));

    /// <summary>The value of <paramref name="text"/>; the last text read and its value are kept, since options are read
    /// per file and a project's files nearly always say the same (issue 21: parsing them again, a date for instance, was
    /// a tenth of the cost of the model rules on SDK code).</summary>
    private T Parse(string? text)
    {
        if (text is null)
        {
            return Default;
        }

        if (_last is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Value;
        }

        var parsed = new Parsed(text, _parse(text, out var value) ? value : Default);
        _last = parsed; // a race keeps either of two equal answers
        return parsed.Value;
    }

    private Parsed? _last;

    private sealed class Parsed(string text, T value)
    {
        public string Text { get; } = text;

        public T Value { get; } = value;
    }
}
