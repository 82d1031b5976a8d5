using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAnalyzers.CodeFixes.Syntax;

/// <summary>
/// Full type names from a fix script (<c>Amazon.SageMaker.Model.CaptureOption</c>,
/// <c>System.Collections.Generic.List&lt;Amazon.SageMaker.Model.CaptureOption&gt;</c>) as <c>global::</c>-qualified syntax,
/// built from their identifiers; null when the text is anything but dotted identifiers (with type arguments for a type,
/// which may also be C#'s predefined types, as <c>ITypeSymbol.ToDisplayString()</c> writes them: <c>Dictionary&lt;string, int&gt;</c>).
/// </summary>
internal static class TypeNames
{
    /// <summary>A type in a type position (<c>new T { … }</c>): qualified names, type arguments allowed.</summary>
    public static NameSyntax? Type(string text)
    {
        var position = 0;
        return Name(text, ref position, generics: true) is { } name && position == text.Length ? name : null;
    }

    /// <summary>A type in an expression, left of a member (<c>T.Member</c>): member accesses, as the parser writes them.</summary>
    public static ExpressionSyntax? Member(string text)
    {
        ExpressionSyntax? expression = null;
        foreach (var part in text.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return null;
            }

            expression = expression is null
                ? Global(SyntaxFactory.IdentifierName(part))
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, expression, SyntaxFactory.IdentifierName(part));
        }

        return expression;
    }

    private static NameSyntax? Name(string text, ref int position, bool generics)
    {
        NameSyntax? name = null;
        while (true)
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            var identifier = text.Substring(start, position - start);
            if (!IsIdentifier(identifier))
            {
                return null;
            }

            SimpleNameSyntax simple = SyntaxFactory.IdentifierName(identifier);
            if (generics && position < text.Length && text[position] == '<')
            {
                position++;
                var arguments = new List<SyntaxNodeOrToken>();
                while (true)
                {
                    if ((Predefined(text, ref position) ?? (TypeSyntax?)Name(text, ref position, generics)) is not { } argument || position >= text.Length)
                    {
                        return null;
                    }

                    arguments.Add(argument);
                    if (text[position] == '>')
                    {
                        position++;
                        break;
                    }

                    if (text[position] != ',')
                    {
                        return null;
                    }

                    position++;
                    while (position < text.Length && text[position] == ' ')
                    {
                        position++;
                    }

                    arguments.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                }

                simple = SyntaxFactory.GenericName(SyntaxFactory.Identifier(identifier), SyntaxFactory.TypeArgumentList(SyntaxFactory.SeparatedList<TypeSyntax>(arguments)));
            }

            name = name is null ? Global(simple) : SyntaxFactory.QualifiedName(name, simple);
            if (position < text.Length && text[position] == '.')
            {
                position++;
                continue;
            }

            return name;
        }
    }

    /// <summary>A predefined type (<c>string</c>, <c>int</c>, …) standing as a whole type argument, or null (nothing read).</summary>
    private static PredefinedTypeSyntax? Predefined(string text, ref int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var kind = SyntaxFacts.GetKeywordKind(text.Substring(position, end - position));
        if (!SyntaxFacts.IsPredefinedType(kind) || kind == SyntaxKind.VoidKeyword || (end < text.Length && text[end] is not (',' or '>')))
        {
            return null;
        }

        position = end;
        return SyntaxFactory.PredefinedType(SyntaxFactory.Token(kind));
    }

    private static AliasQualifiedNameSyntax Global(SimpleNameSyntax name)
        => SyntaxFactory.AliasQualifiedName(SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), name);

    private static bool IsIdentifier(string text)
        => SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;
}
