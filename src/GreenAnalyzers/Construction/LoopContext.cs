namespace GreenAnalyzers.Construction;

/// <summary>A loop whose iterations run some code: a C# loop statement, or a <c>Parallel.For/ForEach/ForEachAsync</c> call
/// whose body lambda runs once per element.</summary>
/// <param name="Operation">The loop operation, or the <c>Parallel</c> invocation.</param>
/// <param name="Statement">The statement that holds the loop: where code hoisted out of it goes (before this statement).
/// Null for a <c>Parallel</c> call in an expression-bodied member.</param>
/// <param name="Body">The syntax that runs once per iteration (the loop body, or the lambda's body).</param>
/// <param name="OverCollection">The loop walks the items of a collection: <c>foreach</c>, <c>await foreach</c>, a <c>for</c>
/// bounded by <c>.Count</c>/<c>.Length</c>, <c>Parallel.ForEach(Async)</c>, or <c>Parallel.For</c> bounded by a count.</param>
internal sealed record Loop(IOperation Operation, StatementSyntax? Statement, SyntaxNode Body, bool OverCollection)
{
    /// <summary>Whether <paramref name="node"/> is declared inside this loop (an iteration variable, a body local, a lambda
    /// parameter of a <c>Parallel</c> body): values that change from one iteration to the next.</summary>
    public bool Declares(SyntaxNode node) => Operation.Syntax.Span.Contains(node.Span) && node.SyntaxTree == Operation.Syntax.SyntaxTree;
}

/// <summary>
/// The one answer to "does this code run once per iteration of a loop?", shared by the per-iteration rules (GA4002, GA4006).
/// Code in a <c>for</c>/<c>foreach</c>/<c>while</c>/<c>do</c>/<c>await foreach</c> body (or condition and increment) runs per
/// iteration; a <c>foreach</c> collection and a <c>for</c> initializer run once. The search stops at lambdas, anonymous
/// methods and local functions: they are code that runs later, maybe once, maybe never, so building one in a loop is not
/// per-iteration work. The one exception is the body lambda of <c>System.Threading.Tasks.Parallel.For/ForEach/ForEachAsync</c>,
/// which the runtime calls once per element: it is a loop body written as a lambda.
/// </summary>
internal static class LoopContext
{
    private const string ParallelType = "System.Threading.Tasks.Parallel";

    /// <summary>The loops that run <paramref name="operation"/> per iteration, innermost first, within its function.</summary>
    public static List<Loop> EnclosingLoops(IOperation operation)
    {
        var loops = new List<Loop>();
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop when RunsPerIteration(loop, child) && loop.Syntax is StatementSyntax statement:
                    loops.Add(new Loop(loop, statement, loop.Body.Syntax, OverCollection(loop)));
                    break;

                case IAnonymousFunctionOperation lambda:
                    if (ParallelBody(lambda) is not { } parallel)
                    {
                        return loops; // code that runs later is not per-iteration work
                    }

                    loops.Add(parallel);
                    current = parallel.Operation; // continue outside the Parallel call
                    break;

                case ILocalFunctionOperation:
                    return loops;
            }
        }

        return loops;
    }

    /// <summary>The innermost loop that runs <paramref name="operation"/> per iteration, or null.</summary>
    public static Loop? Innermost(IOperation operation)
    {
        var loops = EnclosingLoops(operation);
        return loops.Count > 0 ? loops[0] : null;
    }

    /// <summary>The body runs per iteration, and so do a <c>while</c> condition and a <c>for</c> condition or increment;
    /// a <c>foreach</c> collection and a <c>for</c> initializer run once.</summary>
    private static bool RunsPerIteration(ILoopOperation loop, IOperation child) => loop switch
    {
        IForEachLoopOperation forEach => child != forEach.Collection,
        IForLoopOperation forLoop => !forLoop.Before.Contains(child),
        _ => true,
    };

    private static bool OverCollection(ILoopOperation loop) => loop switch
    {
        IForEachLoopOperation => true,
        IForLoopOperation { Condition: IBinaryOperation condition } => IsCount(condition.LeftOperand) || IsCount(condition.RightOperand),
        _ => false,
    };

    /// <summary><c>items.Count</c>, <c>items.Length</c>, <c>items.LongLength</c> or <c>items.Count()</c>.</summary>
    private static bool IsCount(IOperation operation)
    {
        operation = operation.WithoutConversions();

        return operation switch
        {
            IPropertyReferenceOperation { Property.Name: "Count" or "Length" or "LongLength" } => true,
            IInvocationOperation { TargetMethod.Name: "Count" or "LongCount", Arguments.Length: 1 } => true,
            _ => false,
        };
    }

    /// <summary>The lambda passed as the body of <c>Parallel.For/ForEach/ForEachAsync</c>, seen as a loop over its source.</summary>
    private static Loop? ParallelBody(IAnonymousFunctionOperation lambda)
    {
        IOperation current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not IArgumentOperation { Parameter.Name: "body" } argument
            || argument.Parent is not IInvocationOperation { TargetMethod: { Name: "For" or "ForEach" or "ForEachAsync", ContainingType: { } type } } invocation
            || !type.HasMetadataName(ParallelType))
        {
            return null;
        }

        if (lambda.Syntax is not AnonymousFunctionExpressionSyntax function)
        {
            return null;
        }

        // The statement that holds the call: `Parallel.ForEach(…);` or `await Parallel.ForEachAsync(…);`
        var statement = invocation.Syntax.FirstAncestorOrSelf<StatementSyntax>();

        var overCollection = invocation.TargetMethod.Name != "For" || HasCountBound(invocation);
        return new Loop(invocation, statement, function.Body, overCollection);
    }

    private static bool HasCountBound(IInvocationOperation parallelFor)
    {
        foreach (var argument in parallelFor.Arguments)
        {
            if (argument.Parameter?.Name == "toExclusive" && IsCount(argument.Value))
            {
                return true;
            }
        }

        return false;
    }
}
