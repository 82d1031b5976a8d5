namespace GreenAnalyzers.Diagnostics;

/// <summary>
/// A structural fix described by the analyzer, which knows the semantics, and applied by one generic code fix: for each
/// <c>AdditionalLocations[i]</c> the property <c>edit.i</c> holds <c>verb:code</c>. Code names types as
/// <c>global::Namespace.Type</c>; the fix simplifies them and adds the <c>using</c>.
/// </summary>
internal static class SyntaxEdit
{
    /// <summary>Target: an object creation. Appends <c>code</c>, an initializer element (a member assignment
    /// <c>X = 1</c>, an indexer assignment <c>["K"] = "v"</c> or a collection element <c>{ "K", "v" }</c>), to its initializer.</summary>
    public const string Append = "append";

    /// <summary>Target: an argument list. Appends <c>code</c>, an argument (<c>options: new ChatOptions { … }</c>), to it.</summary>
    public const string AddArgument = "add_argument";

    /// <summary>Target: an element of a collection expression or initializer. Inserts <c>code</c> after it.</summary>
    public const string InsertAfter = "insert_after";

    /// <summary>Target: an expression. Replaces it with <c>code</c>.</summary>
    public const string Replace = "replace";

    /// <summary>Target: a member assignment in an initializer, or an assignment statement. Removes it.</summary>
    public const string Remove = "remove";

    /// <summary>Target: a statement in a block. Moves it, with its comments, to just before the statement at the additional
    /// location whose index is <c>code</c> (a statement in a block that holds the target), at that statement's indentation.</summary>
    public const string MoveBefore = "move_before";

    /// <summary>Target: a node another edit refers to (the destination of <see cref="MoveBefore"/>). Not edited itself.</summary>
    public const string Anchor = "anchor";

    /// <summary>Whether an object creation's initializer spans lines: then code appended to it should too.</summary>
    public static bool HasMultilineInitializer(SyntaxNode creation)
        => creation is Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax { Initializer: { } initializer }
            && initializer.OpenBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line
                != initializer.CloseBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line;

    /// <summary>The prefix of the <c>edit.i</c> properties.</summary>
    public const string KeyPrefix = "edit.";

    public static string Key(int index) => KeyPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A diagnostic at <paramref name="location"/> whose fix makes <paramref name="edits"/>, in order.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IReadOnlyList<(SyntaxNode Target, string Verb, string Code)> edits,
        string fixTitle,
        ImmutableDictionary<string, string?>.Builder properties,
        params object[] messageArgs)
    {
        var locations = new List<Location>();
        for (var i = 0; i < edits.Count; i++)
        {
            locations.Add(edits[i].Target.GetLocation());
            properties[Key(i)] = edits[i].Verb + ":" + edits[i].Code;
        }

        if (edits.Count > 0)
        {
            properties[PropertyKeys.FixTitle] = fixTitle;
        }

        return Diagnostic.Create(descriptor, location, locations, properties.ToImmutable(), messageArgs);
    }
}
