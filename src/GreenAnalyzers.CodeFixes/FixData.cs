using System.Collections.Immutable;
using System.Globalization;
using GreenAnalyzers.CodeFixes.Syntax;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// The one reader of the fix script an analyzer writes (<see cref="SyntaxEdit"/>): one step per additional location, or
/// null when anything is missing or malformed (an unknown kind or prefix, a name that is not an identifier or type name, a
/// step without the value its kind needs). Then no fix is offered; reading never throws.
/// </summary>
internal static class FixData
{
    /// <summary>Deeper nesting than any fix writes: a malformed script, not a value.</summary>
    private const int MaxDepth = 8;

    /// <summary>One step: its kind (<see cref="SyntaxEdit"/>'s constants) and what it writes, if anything.</summary>
    internal sealed record Step(string Kind, FixElement? Element)
    {
        public FixValue? Value => Element?.Value;
    }

    public static IReadOnlyList<Step>? Read(Diagnostic diagnostic) => Read(diagnostic.Properties, diagnostic.AdditionalLocations.Count);

    public static IReadOnlyList<Step>? Read(ImmutableDictionary<string, string?> properties, int locations)
    {
        if (locations == 0)
        {
            return null;
        }

        var steps = new List<Step>(locations);
        for (var i = 0; i < locations; i++)
        {
            var prefix = SyntaxEdit.Key(i);
            if (!properties.TryGetValue(prefix + SyntaxEdit.KindSuffix, out var kind) || kind is null)
            {
                return null;
            }

            FixElement? element = null;
            if (properties.ContainsKey(prefix + SyntaxEdit.ValueSuffix) && (element = Element(properties, prefix, depth: 0)) is null)
            {
                return null;
            }

            var step = new Step(kind, element);
            if (!Fits(step, locations))
            {
                return null;
            }

            steps.Add(step);
        }

        return steps;
    }

    /// <summary>Whether a step carries what its kind needs, and nothing a fixer would have to guess about.</summary>
    private static bool Fits(Step step, int locations) => step.Kind switch
    {
        SyntaxEdit.WriteString => step.Element is { Value: FixValue.Text, Member: null, Key: null },
        SyntaxEdit.WriteMember => step.Element is { Value: FixValue.Member, Member: null, Key: null },
        SyntaxEdit.Append => step.Element is { } element && (element.Member is null || element.Key is null),
        SyntaxEdit.AddArgument => step.Element is { Member: not null, Key: null },
        SyntaxEdit.InsertAfter or SyntaxEdit.Replace => step.Element is { Member: null, Key: null },
        SyntaxEdit.MoveBefore => step.Element is { Value: FixValue.Number { Value: var anchor }, Member: null, Key: null } && anchor >= 0 && anchor < locations,
        SyntaxEdit.Remove or SyntaxEdit.Anchor => step.Element is null,
        _ => false,
    };

    private static FixElement? Element(ImmutableDictionary<string, string?> properties, string prefix, int depth)
    {
        string? member = null;
        if (properties.TryGetValue(prefix + SyntaxEdit.MemberSuffix, out var memberText)
            && (member = memberText) is not null && !SyntaxFacts.IsValidIdentifier(member))
        {
            return null;
        }

        FixValue? key = null;
        if (properties.TryGetValue(prefix + SyntaxEdit.KeySuffix, out var keyText)
            && ((key = Scalar(keyText)) is null || key is FixValue.Copy))
        {
            return null;
        }

        return properties.TryGetValue(prefix + SyntaxEdit.ValueSuffix, out var valueText)
            && Value(properties, prefix + SyntaxEdit.ValueSuffix, valueText, depth) is { } value
                ? new FixElement(value, member, key)
                : null;
    }

    private static FixValue? Value(ImmutableDictionary<string, string?> properties, string prefix, string? text, int depth)
    {
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith(FixValue.NewPrefix, StringComparison.Ordinal))
        {
            var type = text.Substring(FixValue.NewPrefix.Length);
            return TypeNames.Type(type) is not null && Elements(properties, prefix, depth) is { } elements ? new FixValue.Creation(type, elements) : null;
        }

        if (text == FixValue.ArrayPrefix)
        {
            return Elements(properties, prefix, depth) is { IsEmpty: false } elements ? new FixValue.ArrayCreation(elements) : null;
        }

        return Scalar(text);
    }

    /// <summary>The elements <c>prefix.0</c>, <c>prefix.1</c>, … up to the first index that is absent: all of them assign
    /// (a member or a key) or none does, as in one initializer.</summary>
    private static ImmutableArray<FixElement>? Elements(ImmutableDictionary<string, string?> properties, string prefix, int depth)
    {
        if (depth >= MaxDepth)
        {
            return null;
        }

        var elements = ImmutableArray.CreateBuilder<FixElement>();
        for (var i = 0; ; i++)
        {
            var child = prefix + "." + i.ToString(CultureInfo.InvariantCulture);
            if (!properties.ContainsKey(child + SyntaxEdit.ValueSuffix))
            {
                // The end, unless an element lacks its value.
                return properties.ContainsKey(child + SyntaxEdit.MemberSuffix) || properties.ContainsKey(child + SyntaxEdit.KeySuffix) ? null : elements.ToImmutable();
            }

            if (Element(properties, child, depth + 1) is not { } element
                || (i > 0 && (element.Member is null && element.Key is null) != (elements[0].Member is null && elements[0].Key is null)))
            {
                return null;
            }

            elements.Add(element);
        }
    }

    /// <summary>A value without elements: <c>string:</c>, <c>int:</c>, <c>bool:</c>, <c>enum:</c>, <c>copy:</c>.</summary>
    private static FixValue? Scalar(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith(FixValue.StringPrefix, StringComparison.Ordinal))
        {
            return new FixValue.Text(text.Substring(FixValue.StringPrefix.Length));
        }

        if (text.StartsWith(FixValue.IntPrefix, StringComparison.Ordinal))
        {
            return int.TryParse(text.Substring(FixValue.IntPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? new FixValue.Number(number)
                : null;
        }

        if (text.StartsWith(FixValue.BoolPrefix, StringComparison.Ordinal))
        {
            return text.Substring(FixValue.BoolPrefix.Length) switch
            {
                "true" => new FixValue.Flag(true),
                "false" => new FixValue.Flag(false),
                _ => null,
            };
        }

        if (text.StartsWith(FixValue.EnumPrefix, StringComparison.Ordinal))
        {
            var name = text.Substring(FixValue.EnumPrefix.Length);
            var dot = name.LastIndexOf('.');
            return dot > 0
                && name.Substring(0, dot) is var type && TypeNames.Member(type) is not null
                && name.Substring(dot + 1) is var member && SyntaxFacts.IsValidIdentifier(member)
                    ? new FixValue.Member(type, member)
                    : null;
        }

        if (text.StartsWith(FixValue.CopyPrefix, StringComparison.Ordinal))
        {
            return int.TryParse(text.Substring(FixValue.CopyPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var location)
                ? new FixValue.Copy(location)
                : null;
        }

        return null;
    }
}
