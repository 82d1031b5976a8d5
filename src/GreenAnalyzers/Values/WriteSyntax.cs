using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Values;

/// <summary>Syntactic questions about writes, asked before any binding: cheap, and conservative (a name that might be written
/// or mutated counts as written, which only ever makes a value unknown).</summary>
internal static class WriteSyntax
{
    /// <summary>Members of arrays and lists that read without changing the elements; any other use of a collection
    /// (passing it on, aliasing it, a mutating member) may change them.</summary>
    private static readonly HashSet<string> ReadingMembers = new()
    {
        "Length", "LongLength", "Count", "Rank", "IsReadOnly", "Contains", "IndexOf", "LastIndexOf", "Exists", "Find", "FindAll",
        "TrueForAll", "ToArray", "ToList", "ToHashSet", "Select", "Where", "Any", "All", "First", "FirstOrDefault", "Last",
        "LastOrDefault", "Single", "SingleOrDefault", "Take", "Skip", "Distinct", "OrderBy", "Concat", "ElementAt", "GetEnumerator",
        "ToString", "Equals", "GetHashCode",
    };

    public static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    /// <summary>The innermost lambda, anonymous method or local function around <paramref name="node"/>, null in a member body.</summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (IsFunction(current))
            {
                return current;
            }

            if (current is MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The identifiers named <paramref name="name"/> in <paramref name="scope"/> that are written.</summary>
    public static List<SyntaxNode> WritesOf(string name, SyntaxNode scope)
    {
        var writes = new List<SyntaxNode>();
        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && IsWritten(identifier))
            {
                writes.Add(identifier);
            }
        }

        return writes;
    }

    /// <summary>Whether a collection named <paramref name="name"/> may be changed in <paramref name="scope"/>.</summary>
    public static bool MayMutate(string name, SyntaxNode scope)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && MayMutateThrough(identifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the variable <paramref name="node"/> names is written here: assigned (any assignment), incremented,
    /// passed by <c>ref</c>/<c>out</c>, referenced by <c>ref</c> or <c>&amp;</c>, or a deconstruction target.</summary>
    public static bool IsWritten(SyntaxNode node)
    {
        var expression = Expression(node);
        var parent = expression.Parent;
        switch (parent)
        {
            case AssignmentExpressionSyntax assignment:
                return assignment.Left == expression;
            case PrefixUnaryExpressionSyntax prefix:
                return prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression)
                    || prefix.IsKind(SyntaxKind.AddressOfExpression);
            case PostfixUnaryExpressionSyntax postfix:
                return postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression);
            case RefExpressionSyntax:
                return true;
            case ArgumentSyntax argument:
                return argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)
                    || IsDeconstructionTarget(argument);
        }

        return false;
    }

    /// <summary>Whether the elements of the collection <paramref name="node"/> names may change here (an element written, a
    /// member other than a known reading one, the collection passed on or aliased).</summary>
    public static bool MayMutateThrough(SyntaxNode node)
    {
        var expression = Expression(node);
        switch (expression.Parent)
        {
            case ForEachStatementSyntax forEach when forEach.Expression == expression:
            case BinaryExpressionSyntax or IsPatternExpressionSyntax:
                return false;
            case ElementAccessExpressionSyntax access when access.Expression == expression:
                return IsWritten(access);
            case MemberAccessExpressionSyntax access when access.Expression == expression:
                return !ReadingMembers.Contains(access.Name.Identifier.ValueText);
            case ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } access when access.Expression == expression:
                return !ReadingMembers.Contains(binding.Name.Identifier.ValueText);
            case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Join" } } }:
                return false; // string.Join reads
            case EqualsValueClauseSyntax or AssignmentExpressionSyntax or ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
                or ConditionalExpressionSyntax or CastExpressionSyntax or InitializerExpressionSyntax or SpreadElementSyntax:
                return true; // aliased or passed on: changed wherever it went, perhaps
        }

        return false;
    }

    /// <summary>The expression that holds the variable: the name, or <c>this.name</c>.</summary>
    private static SyntaxNode Expression(SyntaxNode node)
        => node.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == node ? access : node;

    private static bool IsDeconstructionTarget(ArgumentSyntax argument)
    {
        SyntaxNode current = argument;
        while (current.Parent is TupleExpressionSyntax tuple)
        {
            if (tuple.Parent is AssignmentExpressionSyntax assignment)
            {
                return assignment.Left == tuple;
            }

            if (tuple.Parent is not ArgumentSyntax outer)
            {
                return false;
            }

            current = outer;
        }

        return false;
    }
}
