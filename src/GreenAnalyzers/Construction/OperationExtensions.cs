using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Construction;

/// <summary>Looking through the conversions (and parentheses) the compiler wraps around a value, in one place.</summary>
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
}
