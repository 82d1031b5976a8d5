using GreenAnalyzers.Configuration;

namespace GreenAnalyzers.Values;

/// <summary>A value known at compile time, and the places in source where it is written.</summary>
internal sealed class ResolvedValue
{
    private readonly System.Func<ImmutableArray<Location>>? _findWriteSites;
    private readonly SyntaxNode? _written;
    private ImmutableArray<Location> _writeSites;

    public ResolvedValue(string? text, IFieldSymbol? constantMember, ImmutableArray<Location> writeSites, long? enumValue = null)
    {
        Text = text;
        ConstantMember = constantMember;
        _writeSites = writeSites;
        EnumValue = enumValue;
    }

    /// <summary>A value written where <paramref name="written"/> stands (a literal, a ConstantClass member's name, an enum
    /// constant): its one write site, located only when asked for (most values are judged fine, and every sink's value is
    /// resolved, issue 21).</summary>
    public ResolvedValue(string? text, IFieldSymbol? constantMember, SyntaxNode written, long? enumValue = null)
    {
        Text = text;
        ConstantMember = constantMember;
        _written = written;
        EnumValue = enumValue;
    }

    /// <summary>A value the code reads from a configuration file, written there (a location outside the compilation: judged,
    /// never rewritten by a fix).</summary>
    public ResolvedValue(string text, ConfigurationOrigin configuration, Location written)
    {
        Text = text;
        Configuration = configuration;
        _writeSites = ImmutableArray.Create(written);
    }

    /// <summary>A value a known factory builds from constant parts (<see cref="Parts"/>), written where the call is.</summary>
    public ResolvedValue(ImmutableArray<ResolvedValue> parts, Location written)
    {
        Parts = parts;
        _writeSites = ImmutableArray.Create(written);
    }

    /// <summary>A value whose write sites lie elsewhere (a constant's initializer, the parts of an interpolation): found
    /// only when a finding needs them, since most values are judged fine and binding an initializer is not free.</summary>
    public ResolvedValue(string? text, System.Func<ImmutableArray<Location>> findWriteSites)
    {
        Text = text;
        _findWriteSites = findWriteSites;
    }

    private ResolvedValue(ResolvedValue value, Location origin)
    {
        Text = value.Text;
        ConstantMember = value.ConstantMember;
        EnumValue = value.EnumValue;
        Parts = value.Parts;
        Configuration = value.Configuration;
        _writeSites = value._writeSites;
        _findWriteSites = value._findWriteSites;
        _written = value._written;
        Origin = origin;
    }

    /// <summary>Where this value enters the flow when it is one of several that may reach the sink (the assignment on one
    /// path, one branch of a conditional, one element of a collection a loop walks): a finding about it sits there.
    /// Null when it is the only value that reaches the sink, whose finding sits on the sink.</summary>
    public Location? Origin { get; }

    /// <summary>The syntax that spells the value when the resolver saw it written in one place (a literal, a ConstantClass
    /// member's name, an enum constant), whose location is <see cref="WriteSites"/>' one; null otherwise. A fix that edits the
    /// node finds it here rather than searching the file for its span.</summary>
    public SyntaxNode? WrittenNode => _written;

    /// <summary>This value, reached through <paramref name="origin"/>; a value already placed keeps its innermost origin.</summary>
    public ResolvedValue From(Location origin) => Origin is null ? new ResolvedValue(this, origin) : this;

    /// <summary>The string value, when known (a literal, constant, constant interpolation, or a ConstantClass created
    /// from a constant string).</summary>
    public string? Text { get; }

    /// <summary>The static member when the value is a ConstantClass member such as
    /// <c>ProductionVariantInstanceType.MlG5Xlarge</c>, or a Region such as <c>RegionEndpoint.EUWest1</c> (its string lives in
    /// metadata, so <see cref="Text"/> may be null).</summary>
    public IFieldSymbol? ConstantMember { get; }

    /// <summary>The underlying value of an enum constant (<c>GraphOptimizationLevel.ORT_ENABLE_BASIC</c> is 1), whose write
    /// site is the whole expression that spells it.</summary>
    public long? EnumValue { get; }

    /// <summary>The constant arguments, in parameter order, of a factory the resolver knows, when the value is built by one:
    /// the AWS CDK's <c>InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE)</c>, whose value the CDK computes from
    /// two enum members. Empty otherwise.</summary>
    public ImmutableArray<ResolvedValue> Parts { get; } = ImmutableArray<ResolvedValue>.Empty;

    /// <summary>The configuration key and file the value is read from, when the code reads it from configuration
    /// (<c>config["Bedrock:ModelId"]</c>, an options class bound to a section); null otherwise.</summary>
    public ConfigurationOrigin? Configuration { get; }

    /// <summary>Spans of the source tokens that spell the value: string literal tokens, interpolated text, or the member
    /// name of a ConstantClass access. A fix edits one of these; a <c>const</c> declared in another file contributes the
    /// span of its initializer there.</summary>
    public ImmutableArray<Location> WriteSites
    {
        get
        {
            if (_writeSites.IsDefault)
            {
                // a race computes the same sites twice, harmlessly
                _writeSites = _written is not null ? ImmutableArray.Create(_written.GetLocation()) : _findWriteSites!();
            }

            return _writeSites;
        }
    }

    /// <summary>Whether the value is <paramref name="value"/>. A ConstantClass member from metadata is compared by name, the
    /// SDK's naming being the value without separators (<c>Sagemaker</c> = "sagemaker", <c>CONTINUED_PRE_TRAINING</c>).</summary>
    public bool Is(string value)
        => Text is { } text
            ? text == value
            : ConstantMember is { } member && string.Equals(WithoutSeparators(member.Name), WithoutSeparators(value), System.StringComparison.OrdinalIgnoreCase);

    private static string WithoutSeparators(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The one write site whose source text contains <paramref name="fragment"/>, with the span of the
    /// fragment inside it: the place a fix rewrites. Null when the fragment is split across sites or not in source.</summary>
    public Location? FindWritten(string fragment, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var site in WriteSites)
        {
            if (site.SourceTree is not { } tree)
            {
                continue;
            }

            // Searched in a buffer kept per thread, not in a new string per finding (issue 21).
            var span = site.SourceSpan;
            var offset = TokenSearch.IndexOf(tree.GetText(cancellationToken), span, fragment);
            if (offset >= 0)
            {
                return Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(span.Start + offset, fragment.Length));
            }
        }

        return null;
    }
}
