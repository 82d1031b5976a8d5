using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Construction;

/// <summary>One member assignment of a request under construction: <c>InferenceConfig.MaxTokens = 512</c> has the path
/// <c>[InferenceConfig, MaxTokens]</c>. <see cref="InInitializer"/> tells an initializer entry from a later statement.</summary>
internal sealed record MemberAssignment(ImmutableArray<string> Path, IOperation Value, bool InInitializer);

/// <summary>
/// How an SDK request object is built inside one method: its initializer (nested initializers included), the later
/// assignments to the local that holds it, and whether it escapes the method before the SDK call (returned, stored in a
/// field, passed to a method outside the AWS SDK, captured by a lambda). Rules that look for a missing member judge only
/// requests that do not escape: a helper elsewhere may complete them. Order within the method is not considered.
/// </summary>
internal sealed class ObjectConstruction
{
    private ObjectConstruction(IObjectCreationOperation creation, ImmutableArray<MemberAssignment> assignments, bool escapes, ImmutableHashSet<string> membersUsedLater)
    {
        Creation = creation;
        Assignments = assignments;
        Escapes = escapes;
        MembersUsedLater = membersUsedLater;
    }

    public IObjectCreationOperation Creation { get; }

    public ImmutableArray<MemberAssignment> Assignments { get; }

    public bool Escapes { get; }

    /// <summary>Top-level members read or written through the local after construction (<c>request.System.Add(…)</c>).</summary>
    public ImmutableHashSet<string> MembersUsedLater { get; }

    /// <summary>The last assignment to exactly this member path, or null.</summary>
    public MemberAssignment? Find(params string[] path)
    {
        MemberAssignment? found = null;
        foreach (var assignment in Assignments)
        {
            if (PathEquals(assignment.Path, path))
            {
                found = assignment;
            }
        }

        return found;
    }

    public static ObjectConstruction Analyze(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var assignments = ImmutableArray.CreateBuilder<MemberAssignment>();
        AddInitializer(creation.Initializer, ImmutableArray<string>.Empty, assignments);

        var usedLater = ImmutableHashSet.CreateBuilder<string>();
        var escapes = false;
        switch (Consumer(creation))
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                escapes = TrackLocal(creation, declarator.Symbol, assignments, usedLater, cancellationToken);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                escapes = TrackLocal(creation, local.Local, assignments, usedLater, cancellationToken);
                break;
            case IArgumentOperation argument:
                escapes = !IsSdkCall(argument);
                break;
            default:
                escapes = true; // returned, stored in a field or property, part of a larger expression
                break;
        }

        return new ObjectConstruction(creation, assignments.ToImmutable(), escapes, usedLater.ToImmutable());
    }

    private static void AddInitializer(IObjectOrCollectionInitializerOperation? initializer, ImmutableArray<string> prefix, ImmutableArray<MemberAssignment>.Builder assignments)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                    var path = prefix.Add(member.Member.Name);
                    assignments.Add(new MemberAssignment(path, assignment.Value, InInitializer: true));
                    if (SkipConversions(assignment.Value) is IObjectCreationOperation nested)
                    {
                        AddInitializer(nested.Initializer, path, assignments);
                    }

                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation member } memberInitializer:
                    AddInitializer(memberInitializer.Initializer, prefix.Add(member.Member.Name), assignments);
                    break;
            }
        }
    }

    /// <summary>Follows every use of the local in the enclosing body. Returns true when the request escapes.</summary>
    private static bool TrackLocal(
        IObjectCreationOperation creation, ILocalSymbol local, ImmutableArray<MemberAssignment>.Builder assignments,
        ImmutableHashSet<string>.Builder usedLater, CancellationToken cancellationToken)
    {
        IOperation top = creation;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        var owner = EnclosingFunction(creation);
        foreach (var operation in top.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (!Equals(EnclosingFunction(reference), owner))
            {
                return true; // captured by a lambda or local function: it may run anywhere
            }

            // Climb member accesses: request.InferenceConfig.MaxTokens
            var path = ImmutableArray<string>.Empty;
            IOperation current = reference;
            while (current.Parent is IMemberReferenceOperation member && member.Instance == current)
            {
                path = path.Add(member.Member.Name);
                current = member;
            }

            if (path.Length > 0)
            {
                usedLater.Add(path[0]);
                if (current.Parent is IAssignmentOperation assignment && assignment.Target == current)
                {
                    assignments.Add(new MemberAssignment(path, assignment.Value, InInitializer: false));
                    if (SkipConversions(assignment.Value) is IObjectCreationOperation nested)
                    {
                        AddInitializer(nested.Initializer, path, assignments);
                    }
                }

                continue;
            }

            switch (Consumer(reference))
            {
                case IArgumentOperation argument when IsSdkCall(argument):
                case IAssignmentOperation target when target.Target == Unwrapped(reference):
                    continue; // the SDK call itself, or the local being (re)assigned
                default:
                    return true; // returned, aliased, passed to a helper, stored
            }
        }

        return false;
    }

    /// <summary>The operation that consumes a value, looking through conversions and parentheses.</summary>
    private static IOperation? Consumer(IOperation operation) => Unwrapped(operation).Parent;

    private static IOperation Unwrapped(IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>A call into the AWS SDK (<c>ConverseAsync(request)</c>): it sends the request, it does not complete it.</summary>
    private static bool IsSdkCall(IArgumentOperation argument)
        => argument.Parent is IInvocationOperation { TargetMethod.ContainingNamespace: { } ns } && IsAmazonNamespace(ns);

    private static bool IsAmazonNamespace(INamespaceSymbol ns)
    {
        while (ns.ContainingNamespace is { IsGlobalNamespace: false } outer)
        {
            ns = outer;
        }

        return ns.Name == "Amazon";
    }

    private static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    private static bool PathEquals(ImmutableArray<string> path, IReadOnlyList<string> other)
    {
        if (path.Length != other.Count)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }
}
