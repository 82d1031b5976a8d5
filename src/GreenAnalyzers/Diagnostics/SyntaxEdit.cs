using System.Collections.Concurrent;

namespace GreenAnalyzers.Diagnostics;

/// <summary>
/// A fix described by the analyzer, which knows the semantics, as data — never as C# text — and applied by a generic code
/// fix that builds the syntax (<c>GreenAnalyzers.CodeFixes.FixData</c> reads it). For each <c>AdditionalLocations[i]</c>,
/// <c>Diagnostic.Properties</c> hold:
/// <list type="table">
/// <item><term><c>edit.i.kind</c></term><description>what to do there: one of the kinds below.</description></item>
/// <item><term><c>edit.i.member</c></term><description>the member an appended element assigns (<c>MaxTokens</c>), or the name of an added argument (<c>options</c>).</description></item>
/// <item><term><c>edit.i.key</c></term><description>the key of an appended dictionary entry, a typed value (written <c>["K"] = V</c>, or <c>{ "K", V }</c> in a collection initializer).</description></item>
/// <item><term><c>edit.i.value</c></term><description>the value written, typed by its prefix (<see cref="FixValue"/>): <c>string:</c>, <c>int:</c>,
/// <c>bool:</c>, <c>enum:Namespace.Type.Member</c>, <c>new:Namespace.Type</c>, <c>array:</c>, <c>copy:</c>. The elements of a
/// <c>new:</c> or <c>array:</c> value follow as <c>edit.i.value.0</c>, <c>edit.i.value.1</c>, … each with its own
/// <c>.member</c>, <c>.key</c> and <c>.value</c>, nested the same way.</description></item>
/// </list>
/// Types are named in full, as <c>ITypeSymbol.ToDisplayString()</c> writes them (<c>Amazon.SageMaker.Model.CaptureOption</c>,
/// <c>System.Collections.Generic.Dictionary&lt;string, int&gt;</c>); the fix writes
/// them <c>global::</c>-qualified, then simplifies them and adds the <c>using</c>. Every key starts with <see cref="KeyPrefix"/>,
/// so reports leave the whole script out (<see cref="PropertyKeys.IsFixPlumbing"/>).
/// </summary>
internal static class SyntaxEdit
{
    /// <summary>Target: text inside a string literal (or an interpolated string's text), such as the base model id in
    /// <c>"us.anthropic…"</c>. Writes the <c>string:</c> value there, escaped as that literal needs.</summary>
    public const string WriteString = "write_string";

    /// <summary>Target: the name of a static member as written (<c>MlG5Xlarge</c> in <c>ProductionVariantInstanceType.MlG5Xlarge</c>,
    /// <c>G5</c> in <c>InstanceClass.G5</c>). Writes the name of the <c>enum:</c> value's member there.</summary>
    public const string WriteMember = "write_member";

    /// <summary>Target: an object creation. Appends the element (a member assignment, a dictionary entry, or a collection
    /// element) to its initializer, in the author's layout.</summary>
    public const string Append = "append";

    /// <summary>Target: an argument list. Appends the value as an argument named <c>member</c>.</summary>
    public const string AddArgument = "add_argument";

    /// <summary>Target: an element of a collection expression or initializer. Inserts the value after it.</summary>
    public const string InsertAfter = "insert_after";

    /// <summary>Target: an expression. Replaces it with the value.</summary>
    public const string Replace = "replace";

    /// <summary>Target: a member assignment in an initializer, or an assignment statement. Removes it.</summary>
    public const string Remove = "remove";

    /// <summary>Target: a statement in a block. Moves it, with its comments, to just before the statement at the additional
    /// location whose index is the <c>int:</c> value (a statement in a block that holds the target), at that statement's
    /// indentation.</summary>
    public const string MoveBefore = "move_before";

    /// <summary>Target: a node another edit refers to (the destination of <see cref="MoveBefore"/>, an expression a
    /// <c>copy:</c> value repeats). Not edited itself.</summary>
    public const string Anchor = "anchor";

    /// <summary>The prefix of every key of the script.</summary>
    public const string KeyPrefix = "edit.";

    public const string KindSuffix = ".kind";
    public const string MemberSuffix = ".member";
    public const string KeySuffix = ".key";
    public const string ValueSuffix = ".value";

    /// <summary>The prefix of edit <paramref name="index"/>'s keys (<c>edit.0</c>).</summary>
    public static string Key(int index) => KeyPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A diagnostic at <paramref name="location"/> whose fix makes <paramref name="edits"/>, in order; with no edits,
    /// no fix.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IReadOnlyList<FixEdit> edits,
        string fixTitle,
        ImmutableDictionary<string, string?>.Builder properties,
        params object[] messageArgs)
    {
        Write(properties, edits, fixTitle);
        return Diagnostic.Create(descriptor, location, Targets(edits), properties.ToImmutable(), messageArgs);
    }

    /// <summary>A diagnostic at <paramref name="location"/> whose fix makes <paramref name="edits"/>, in order, with
    /// <paramref name="properties"/> already holding their script (<see cref="Scripts"/>); with no edits, no fix.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IReadOnlyList<FixEdit> edits,
        ImmutableDictionary<string, string?> properties,
        params object[] messageArgs)
        => Diagnostic.Create(descriptor, location, Targets(edits), properties, messageArgs);

    /// <summary>The places <paramref name="edits"/> act on, in order: a diagnostic's additional locations (null for none).</summary>
    public static Location[]? Targets(IReadOnlyList<FixEdit>? edits)
    {
        if (edits is not { Count: > 0 })
        {
            return null;
        }

        var targets = new Location[edits.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = edits[i].Target;
        }

        return targets;
    }

    /// <summary>Writes the script of <paramref name="edits"/> (and the fix title, when there is an edit) into <paramref name="properties"/>.</summary>
    public static void Write(ImmutableDictionary<string, string?>.Builder properties, IReadOnlyList<FixEdit> edits, string fixTitle)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            var prefix = Key(i);
            properties[prefix + KindSuffix] = edits[i].Kind;
            if (edits[i].Element is { } element)
            {
                Write(properties, prefix, element);
            }
        }

        if (edits.Count > 0)
        {
            properties[PropertyKeys.FixTitle] = fixTitle;
        }
    }

    private static void Write(ImmutableDictionary<string, string?>.Builder properties, string prefix, FixElement element)
    {
        if (element.Member is { } member)
        {
            properties[prefix + MemberSuffix] = member;
        }

        if (element.Key is { } key)
        {
            properties[prefix + KeySuffix] = key.Encode();
        }

        properties[prefix + ValueSuffix] = element.Value.Encode();
        var elements = element.Value switch
        {
            FixValue.Creation creation => creation.Elements,
            FixValue.ArrayCreation array => array.Elements,
            _ => ImmutableArray<FixElement>.Empty,
        };
        for (var i = 0; i < elements.Length; i++)
        {
            Write(properties, prefix + ValueSuffix + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), elements[i]);
        }
    }
}

/// <summary>
/// The properties of fix scripts, kept per compilation by what they hold — the edits' kinds and values, the fix title and
/// the figures beside them — never by where the edits apply: a rule that writes the same at many findings builds each
/// dictionary once (issue 21: building it cost more than the rest of such a finding).
/// </summary>
internal sealed class Scripts
{
    private static readonly Func<Content, ImmutableDictionary<string, string?>> s_build = content => content.Build();

    private readonly ConcurrentDictionary<Content, ImmutableDictionary<string, string?>> _byContent = new();

    /// <summary>The figures, then the script of <paramref name="edits"/> and <paramref name="fixTitle"/> (no script, and no
    /// title, without edits), as <see cref="SyntaxEdit.Write"/> writes it.</summary>
    public ImmutableDictionary<string, string?> For(IReadOnlyList<FixEdit> edits, string fixTitle, params (string Key, string? Value)[] figures)
        => _byContent.GetOrAdd(new Content(edits, fixTitle, figures), s_build);

    /// <summary>What a script holds: equal when every edit has the same kind and element (<see cref="FixElement"/> and
    /// <see cref="FixValue"/> compare by value), the titles and the figures are equal.</summary>
    private readonly struct Content : IEquatable<Content>
    {
        private readonly IReadOnlyList<FixEdit> _edits;
        private readonly string _fixTitle;
        private readonly (string Key, string? Value)[] _figures;

        public Content(IReadOnlyList<FixEdit> edits, string fixTitle, (string Key, string? Value)[] figures)
        {
            _edits = edits;
            _fixTitle = fixTitle;
            _figures = figures;
        }

        public ImmutableDictionary<string, string?> Build()
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            foreach (var (key, value) in _figures)
            {
                properties[key] = value;
            }

            SyntaxEdit.Write(properties, _edits, _fixTitle);
            return properties.ToImmutable();
        }

        public bool Equals(Content other)
        {
            if (_fixTitle != other._fixTitle || _edits.Count != other._edits.Count || _figures.Length != other._figures.Length)
            {
                return false;
            }

            for (var i = 0; i < _edits.Count; i++)
            {
                if (_edits[i].Kind != other._edits[i].Kind || !Equals(_edits[i].Element, other._edits[i].Element))
                {
                    return false;
                }
            }

            for (var i = 0; i < _figures.Length; i++)
            {
                if (_figures[i] != other._figures[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Content other && Equals(other);

        public override int GetHashCode()
        {
            var hash = _fixTitle.GetHashCode();
            foreach (var edit in _edits)
            {
                hash = unchecked((hash * 31) + edit.Kind.GetHashCode());
                hash = unchecked((hash * 31) + (edit.Element?.GetHashCode() ?? 0));
            }

            foreach (var figure in _figures)
            {
                hash = unchecked((hash * 31) + figure.GetHashCode());
            }

            return hash;
        }
    }
}

/// <summary>One step of a fix: what to do (<paramref name="Kind"/>, one of <see cref="SyntaxEdit"/>'s kinds) at
/// <paramref name="Target"/>, and what to write there.</summary>
internal sealed record FixEdit(Location Target, string Kind, FixElement? Element = null)
{
    public FixEdit(SyntaxNode target, string kind, FixElement? element = null)
        : this(target.GetLocation(), kind, element)
    {
    }

    public FixEdit(SyntaxNode target, string kind, FixValue value)
        : this(target.GetLocation(), kind, new FixElement(value))
    {
    }
}

/// <summary>An element a fix writes: <see cref="Value"/> alone (a collection element, an inserted or replacing value), or
/// assigned to <see cref="Member"/> (<c>Member = Value</c>, an argument <c>Member: Value</c>), or a dictionary entry
/// under <see cref="Key"/>.</summary>
internal sealed record FixElement(FixValue Value, string? Member = null, FixValue? Key = null)
{
    /// <summary><c>member = value</c>.</summary>
    public static FixElement Assign(string member, FixValue value) => new(value, Member: member);
}

/// <summary>A value a fix writes, typed; <see cref="Encode"/> gives its one-line form (the prefix, then the payload).</summary>
internal abstract record FixValue
{
    public const string StringPrefix = "string:";
    public const string IntPrefix = "int:";
    public const string BoolPrefix = "bool:";
    public const string EnumPrefix = "enum:";
    public const string NewPrefix = "new:";
    public const string ArrayPrefix = "array:";
    public const string CopyPrefix = "copy:";

    private FixValue()
    {
    }

    public abstract string Encode();

    /// <summary><c>string:text</c>, everything after the prefix verbatim: a string literal.</summary>
    public sealed record Text(string Value) : FixValue
    {
        public override string Encode() => StringPrefix + Value;
    }

    /// <summary><c>int:1024</c>: an integer literal.</summary>
    public sealed record Number(int Value) : FixValue
    {
        public override string Encode() => IntPrefix + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary><c>bool:true</c>: <c>true</c> or <c>false</c>.</summary>
    public sealed record Flag(bool Value) : FixValue
    {
        public override string Encode() => BoolPrefix + (Value ? "true" : "false");
    }

    /// <summary><c>enum:Namespace.Type.Member</c>: an enum member or a static field (a ConstantClass value) of a type.</summary>
    public sealed record Member(string Type, string Name) : FixValue
    {
        public override string Encode() => EnumPrefix + Type + "." + Name;
    }

    /// <summary><c>new:Namespace.Type</c>: <c>new Type { elements }</c>; member assignments, dictionary entries or collection elements.</summary>
    public sealed record Creation(string Type, ImmutableArray<FixElement> Elements) : FixValue
    {
        public override string Encode() => NewPrefix + Type;

        /// <summary>By value, elements included (a record compares an <see cref="ImmutableArray{T}"/> by reference).</summary>
        public bool Equals(Creation? other) => other is not null && Type == other.Type && SameElements(Elements, other.Elements);

        public override int GetHashCode() => HashOf(Type.GetHashCode(), Elements);
    }

    /// <summary><c>array:</c>: an implicitly typed array, <c>new[] { elements }</c>.</summary>
    public sealed record ArrayCreation(ImmutableArray<FixElement> Elements) : FixValue
    {
        public override string Encode() => ArrayPrefix;

        /// <summary>By value, elements included.</summary>
        public bool Equals(ArrayCreation? other) => other is not null && SameElements(Elements, other.Elements);

        public override int GetHashCode() => HashOf(17, Elements);
    }

    /// <summary><c>copy:2</c>: the expression at <c>AdditionalLocations[2]</c> (an <see cref="SyntaxEdit.Anchor"/>), written
    /// again, so both stay in step (a wait as long as the runtime the code names).</summary>
    public sealed record Copy(int Location) : FixValue
    {
        public override string Encode() => CopyPrefix + Location.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Creation New(string type, params FixElement[] elements) => new(type, ImmutableArray.Create(elements));

    private static bool SameElements(ImmutableArray<FixElement> elements, ImmutableArray<FixElement> others)
    {
        if (elements.IsDefaultOrEmpty || others.IsDefaultOrEmpty)
        {
            return elements.IsDefaultOrEmpty && others.IsDefaultOrEmpty;
        }

        if (elements.Length != others.Length)
        {
            return false;
        }

        for (var i = 0; i < elements.Length; i++)
        {
            if (!elements[i].Equals(others[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int HashOf(int seed, ImmutableArray<FixElement> elements)
    {
        var hash = seed;
        foreach (var element in elements.IsDefault ? ImmutableArray<FixElement>.Empty : elements)
        {
            hash = unchecked((hash * 31) + element.GetHashCode());
        }

        return hash;
    }
}
