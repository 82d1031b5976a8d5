using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAnalyzers.CodeFixes.Syntax;

/// <summary>
/// Inserts an element into an initializer or collection expression the way its author wrote the others: one per line
/// with the same indentation (keeping a trailing comma if they use one), or inline after <c>", "</c>. Comments stay
/// with the element they follow: only whitespace and separators are added.
/// </summary>
internal static class ListLayout
{
    /// <summary>Appends <paramref name="element"/> to an object or collection initializer.</summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        if (initializer.Expressions.Count == 0)
        {
            return initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SingletonSeparatedList(element.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space)))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        return initializer.WithExpressions(InsertAfter(initializer.Expressions, initializer.Expressions.Count - 1, element, initializer.CloseBraceToken));
    }

    /// <summary>Inserts <paramref name="element"/> after the element at <paramref name="index"/>.</summary>
    public static SeparatedSyntaxList<T> InsertAfter<T>(SeparatedSyntaxList<T> list, int index, T element, SyntaxToken closeToken)
        where T : SyntaxNode
    {
        var multiline = IsMultiline(list, closeToken);
        var anchor = list[index];
        var separatorAfterAnchor = index < list.SeparatorCount ? list.GetSeparator(index) : (SyntaxToken?)null;
        var newLine = anchor.GetTrailingTrivia().Concat(separatorAfterAnchor?.TrailingTrivia ?? default)
            .FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (newLine == default)
        {
            newLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        var indentation = anchor.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToList();
        element = multiline
            ? Indent(element.WithoutTrivia(), indentation, newLine).WithLeadingTrivia(indentation)
            : element.WithoutTrivia().WithLeadingTrivia(SyntaxFactory.Space);

        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < list.Count; i++)
        {
            if (i != index)
            {
                items.Add(list[i]);
                if (i < list.SeparatorCount)
                {
                    items.Add(list.GetSeparator(i));
                }

                continue;
            }

            if (separatorAfterAnchor is { } separator)
            {
                // anchor, its comma, then the new element and a comma like the anchor's (a trailing comma stays trailing)
                items.Add(anchor);
                items.Add(separator);
                items.Add(multiline ? element : element.WithLeadingTrivia()); // inline: the comma before already has its space
                items.Add(Comma(multiline ? SyntaxFactory.TriviaList(newLine) : separator.TrailingTrivia));
            }
            else if (multiline)
            {
                // last element on its own line: the comma takes the anchor's line ending (and any comment before it)
                items.Add(anchor.WithTrailingTrivia());
                items.Add(Comma(anchor.GetTrailingTrivia()));
                items.Add(element.WithTrailingTrivia(newLine));
            }
            else
            {
                // inline last element: ", element", then whatever stood before the closing token
                items.Add(anchor.WithTrailingTrivia());
                items.Add(Comma(SyntaxFactory.TriviaList()));
                items.Add(element.WithTrailingTrivia(anchor.GetTrailingTrivia()));
            }
        }

        return SyntaxFactory.SeparatedList<T>(items);
    }

    /// <summary>Removes <paramref name="element"/> from an initializer with the comma that follows it (or precedes it, when
    /// it is the last one without a trailing comma); its line goes with it when it stood on its own line.</summary>
    public static InitializerExpressionSyntax Remove(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var list = initializer.Expressions;
        var index = list.IndexOf(element);
        var lastWithoutComma = index == list.Count - 1 && list.SeparatorCount < list.Count;
        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < list.Count; i++)
        {
            if (i == index)
            {
                continue; // the element goes with its own comma and indentation
            }

            if (lastWithoutComma && i == index - 1)
            {
                // the removed element was last without a trailing comma: drop the comma before it, keep its line ending
                items.Add(list[i].WithTrailingTrivia(list[index].GetTrailingTrivia()));
                continue;
            }

            items.Add(list[i]);
            if (i < list.SeparatorCount)
            {
                items.Add(list.GetSeparator(i));
            }
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    /// <summary>Indents the inner lines of a multi-line element by the list's indentation, with the document's line ending.</summary>
    private static T Indent<T>(T element, IReadOnlyList<SyntaxTrivia> indentation, SyntaxTrivia newLine)
        where T : SyntaxNode
    {
        if (!element.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            return element;
        }

        var lines = element.ReplaceTrivia(element.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)), (_, _) => newLine);
        return lines.ReplaceTokens(
            lines.DescendantTokens().Where(token => token.GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)),
            (original, _) => original.WithLeadingTrivia(indentation.Concat(original.LeadingTrivia)));
    }

    /// <summary>Elements on their own lines: a line break before the closing token or after the last element.</summary>
    private static bool IsMultiline<T>(SeparatedSyntaxList<T> list, SyntaxToken closeToken)
        where T : SyntaxNode
        => closeToken.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            || list[list.Count - 1].GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia)
            || (list.SeparatorCount == list.Count && list.GetSeparator(list.Count - 1).TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia));

    private static SyntaxToken Comma(SyntaxTriviaList trailing)
        => SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, trailing);
}
