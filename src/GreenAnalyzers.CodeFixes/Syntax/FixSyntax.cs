using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GreenAnalyzers.CodeFixes.Syntax;

/// <summary>
/// Builds the syntax of a fix script's values (<see cref="FixValue"/>, <see cref="FixElement"/>): literals and member
/// accesses through <see cref="SyntaxGenerator"/>, object and array creations with initializers through
/// <see cref="SyntaxFactory"/> (the generator has no initializers). Written inline (<c>new T { A = 1, B = 2 }</c>), or, when
/// asked for lines, an initializer that holds initializers one element per line with a trailing comma, indented relative
/// to its first line (<see cref="ListLayout"/> shifts it to where it lands). Types are <c>global::</c>-qualified and
/// annotated, so the fix simplifies them and adds the <c>using</c>. Null when a value cannot be built (a
/// <c>copy:</c> whose expression is gone, a creation mixing members and plain elements).
/// </summary>
internal sealed class FixSyntax
{
    private const string IndentUnit = "    ";

    private readonly SyntaxGenerator _generator;
    private readonly Func<int, ExpressionSyntax?> _copy;

    /// <param name="generator">The document's generator.</param>
    /// <param name="copy">The expression at an additional location, for <c>copy:</c> values (null when absent).</param>
    public FixSyntax(SyntaxGenerator generator, Func<int, ExpressionSyntax?> copy)
    {
        _generator = generator;
        _copy = copy;
    }

    /// <summary>The value as an expression, inline or (<paramref name="lines"/>) with nested initializers on lines.</summary>
    public ExpressionSyntax? Expression(FixValue value, bool lines = false)
        => Build(value, lines ? string.Empty : null) is { } built ? Annotate(built) : null;

    /// <summary>An initializer element: <c>Member = value</c>, a dictionary entry (<c>["K"] = value</c> in an object
    /// initializer, <c>{ "K", value }</c> in a collection initializer), or the value alone.</summary>
    public ExpressionSyntax? Element(FixElement element, bool inCollectionInitializer, bool lines = false)
        => Element(element, inCollectionInitializer, lines ? string.Empty : null) is { } built ? Annotate(built) : null;

    /// <summary>An argument <c>name: value</c>.</summary>
    public ArgumentSyntax? Argument(string name, FixValue value)
        => Build(value, indent: null) is { } built
            ? SyntaxFactory.Argument(
                SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(name), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
                default,
                Annotate(built))
            : null;

    /// <summary>The syntax of <paramref name="value"/>; <paramref name="indent"/> is the indentation of its first line when it
    /// may span lines, null for inline.</summary>
    private ExpressionSyntax? Build(FixValue value, string? indent) => value switch
    {
        FixValue.Text text => (ExpressionSyntax)_generator.LiteralExpression(text.Value),
        FixValue.Number number => (ExpressionSyntax)_generator.LiteralExpression(number.Value),
        FixValue.Flag flag => (ExpressionSyntax)(flag.Value ? _generator.TrueLiteralExpression() : _generator.FalseLiteralExpression()),
        FixValue.Member member => TypeNames.Member(member.Type) is { } type
            ? (ExpressionSyntax)_generator.MemberAccessExpression(type, _generator.IdentifierName(member.Name))
            : null,
        FixValue.Copy copy => _copy(copy.Location)?.WithoutTrivia(),
        FixValue.Creation creation when creation.Elements.IsEmpty => TypeNames.Type(creation.Type) is { } type
            ? SyntaxFactory.ObjectCreationExpression(NewKeyword(), type, SyntaxFactory.ArgumentList(), null)
            : null,
        FixValue.Creation creation => TypeNames.Type(creation.Type) is { } type
            && Initializer(creation.Elements, indent) is { } initializer
                ? SyntaxFactory.ObjectCreationExpression(NewKeyword(), type.WithTrailingTrivia(initializer.Separator), null, initializer.Syntax)
                : null,
        FixValue.ArrayCreation array => Initializer(array.Elements, indent, SyntaxKind.ArrayInitializerExpression) is { } initializer
            ? SyntaxFactory.ImplicitArrayCreationExpression(
                NewKeyword().WithTrailingTrivia(), SyntaxFactory.Token(SyntaxKind.OpenBracketToken), default,
                SyntaxFactory.Token(SyntaxKind.CloseBracketToken).WithTrailingTrivia(initializer.Separator), initializer.Syntax)
            : null,
        _ => null,
    };

    private ExpressionSyntax? Element(FixElement element, bool inCollectionInitializer, string? indent)
    {
        if (Build(element.Value, indent) is not { } value)
        {
            return null;
        }

        if (element.Member is { } member)
        {
            return Assignment(SyntaxFactory.IdentifierName(member), value);
        }

        if (element.Key is not { } keyValue)
        {
            return value;
        }

        if (Build(keyValue, indent: null) is not { } key)
        {
            return null;
        }

        return inCollectionInitializer
            ? SyntaxFactory.InitializerExpression(
                SyntaxKind.ComplexElementInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SeparatedList<ExpressionSyntax>(new SyntaxNodeOrToken[] { key, Comma(SyntaxFactory.Space), value.WithTrailingTrivia(SyntaxFactory.Space) }),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
            : Assignment(SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(key)))), value);
    }

    /// <summary><c>{ a, b }</c> inline, or one element per line when <paramref name="indent"/> allows lines and an element
    /// holds an initializer itself. <c>Separator</c> is the trivia between what precedes the brace and the brace.</summary>
    private (InitializerExpressionSyntax Syntax, SyntaxTriviaList Separator)? Initializer(
        System.Collections.Immutable.ImmutableArray<FixElement> elements, string? indent, SyntaxKind? kind = null)
    {
        var members = elements.Count(e => e.Member is not null || e.Key is not null);
        if (members != 0 && members != elements.Length)
        {
            return null; // an initializer is either an object's (members, indexers) or a collection's
        }

        kind ??= members == 0 ? SyntaxKind.CollectionInitializerExpression : SyntaxKind.ObjectInitializerExpression;
        var lines = indent is not null && elements.Any(e => e.Value is FixValue.Creation { Elements.IsEmpty: false } or FixValue.ArrayCreation);
        var inner = lines ? indent + IndentUnit : null;
        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < elements.Length; i++)
        {
            if (Element(elements[i], kind == SyntaxKind.CollectionInitializerExpression, inner) is not { } element)
            {
                return null;
            }

            if (lines)
            {
                items.Add(element.WithLeadingTrivia(SyntaxFactory.Whitespace(inner!)));
                items.Add(Comma(SyntaxFactory.EndOfLine("\n")));
            }
            else
            {
                items.Add(i == elements.Length - 1 ? element.WithTrailingTrivia(SyntaxFactory.Space) : element);
                if (i < elements.Length - 1)
                {
                    items.Add(Comma(SyntaxFactory.Space));
                }
            }
        }

        var open = SyntaxFactory.Token(SyntaxKind.OpenBraceToken);
        var close = SyntaxFactory.Token(SyntaxKind.CloseBraceToken);
        var syntax = lines
            ? SyntaxFactory.InitializerExpression(
                kind.Value,
                open.WithLeadingTrivia(Indentation(indent!)).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n")),
                SyntaxFactory.SeparatedList<ExpressionSyntax>(items),
                close.WithLeadingTrivia(Indentation(indent!)))
            : SyntaxFactory.InitializerExpression(kind.Value, open.WithTrailingTrivia(SyntaxFactory.Space), SyntaxFactory.SeparatedList<ExpressionSyntax>(items), close);
        return (syntax, lines ? SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine("\n")) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
    }

    private static SyntaxTriviaList Indentation(string indent)
        => indent.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(indent));

    private static AssignmentExpressionSyntax Assignment(ExpressionSyntax left, ExpressionSyntax right)
        => SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            left.WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            right);

    private static SyntaxToken NewKeyword() => SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space);

    private static SyntaxToken Comma(SyntaxTrivia trailing) => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing);

    /// <summary>Marks the outermost <c>global::</c> names so the fix simplifies them (and the names inside them) and adds their <c>using</c>.</summary>
    private static T Annotate<T>(T node)
        where T : SyntaxNode
    {
        var qualified = node.DescendantNodesAndSelf()
            .Where(n => n is QualifiedNameSyntax or MemberAccessExpressionSyntax
                && n.GetFirstToken().IsKind(SyntaxKind.GlobalKeyword)
                && n.Parent is not (QualifiedNameSyntax or MemberAccessExpressionSyntax))
            .ToList();
        return node.ReplaceNodes(qualified, (original, _) => original.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
    }
}
