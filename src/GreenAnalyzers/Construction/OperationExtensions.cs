namespace GreenAnalyzers.Construction;

/// <summary>Looking through the conversions (and parentheses) the compiler wraps around a value, and finding the
/// operation of a piece of syntax below one already in hand, in one place.</summary>
internal static class OperationExtensions
{
    /// <summary>The value inside any conversions: <c>new StoppingCondition { … }</c> rather than its conversion to the property type.</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The outermost conversion or parenthesis around a value: its parent is what consumes the value.</summary>
    public static IOperation WithEnclosingConversions(this IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The operation written as <paramref name="syntax"/> below <paramref name="ancestor"/>, as the semantic model
    /// gives it: the first one not made up by the compiler (not the implicit <c>Add</c> call or conversion around an
    /// element). Searching the ancestor's own tree is cheap; the model, asked only when the host's tree does not expose the
    /// node (older compilers give collection expressions no element operations), maps the whole method on first use.</summary>
    public static IOperation? FindOperation(this IOperation ancestor, SyntaxNode syntax, CancellationToken cancellationToken)
    {
        foreach (var operation in ancestor.Descendants())
        {
            if (operation.Syntax == syntax && !operation.IsImplicit)
            {
                return operation;
            }
        }

        return ancestor.SemanticModel?.GetOperation(syntax, cancellationToken);
    }
}
