using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Construction;

/// <summary>
/// The objects a local or field holds, when the code writes them in known places: a local's initializer when the local is
/// never written again; a field's initializer and constructor assignments when the field is private or readonly and is
/// written nowhere else (no method, lambda or <c>ref</c> can replace it). Anything else is unknown: empty.
/// Used for objects (a chat client, a request body) rather than constants, which the value resolver follows.
/// </summary>
internal static class HeldValue
{
    /// <summary>The values written to the local or field <paramref name="reference"/> reads; empty when unknown.</summary>
    public static ImmutableArray<IOperation> Of(IOperation reference, CancellationToken cancellationToken)
        => reference switch
        {
            ILocalReferenceOperation local => OfLocal(local, cancellationToken),
            IFieldReferenceOperation field => OfField(field, cancellationToken),
            _ => ImmutableArray<IOperation>.Empty,
        };

    private static ImmutableArray<IOperation> OfLocal(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value }
            || value.SyntaxTree != reference.Syntax.SyntaxTree
            || reference.SemanticModel?.GetOperation(value, cancellationToken) is not { } initializer)
        {
            return ImmutableArray<IOperation>.Empty;
        }

        IOperation root = reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local) && IsWritten(other))
            {
                return ImmutableArray<IOperation>.Empty; // reassigned, passed by ref, or aliased by a ref local
            }
        }

        return ImmutableArray.Create(initializer);
    }

    private static ImmutableArray<IOperation> OfField(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        if ((!field.IsReadOnly && field.DeclaredAccessibility != Accessibility.Private) || field.IsConst
            || reference.SemanticModel is not { } model || field.ContainingType is not { } type)
        {
            return ImmutableArray<IOperation>.Empty;
        }

        var values = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var declaration in field.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                && ModelFor(model, value.SyntaxTree)?.GetOperation(value, cancellationToken) is { } initializer)
            {
                values.Add(initializer);
            }
        }

        // Every write to the field in its type: each must be a plain assignment in a constructor.
        foreach (var part in type.DeclaringSyntaxReferences)
        {
            foreach (var name in part.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (name is not IdentifierNameSyntax { Identifier.ValueText: var text } identifier || text != field.Name)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                SyntaxNode access = identifier.Parent is MemberAccessExpressionSyntax member && member.Name == identifier ? member : identifier;
                if (ModelFor(model, identifier.SyntaxTree)?.GetOperation(access, cancellationToken) is not IFieldReferenceOperation fieldReference
                    || !SymbolEqualityComparer.Default.Equals(fieldReference.Field, field)
                    || !IsWritten(fieldReference))
                {
                    continue; // the name of something else, or a read
                }

                if (fieldReference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == fieldReference
                    && IsInConstructor(assignment.Syntax))
                {
                    values.Add(assignment.Value);
                    continue;
                }

                return ImmutableArray<IOperation>.Empty; // written by a method, a lambda or through ref: unknown
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Whether a reference to a variable writes it (assignment target, ++/--, ref/out argument, deconstruction, ref alias).</summary>
    private static bool IsWritten(IOperation reference)
    {
        var parent = reference.Parent;
        return parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
            ITupleOperation => true, // possibly the target of a deconstruction: treat as written
            _ => reference.Syntax.Parent is RefExpressionSyntax || reference.Syntax.Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword },
        };
    }

    /// <summary>In a constructor's own body (not a lambda or local function inside it, which may run later).</summary>
    private static bool IsInConstructor(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ConstructorDeclarationSyntax:
                    return true;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static SemanticModel? ModelFor(SemanticModel model, SyntaxTree tree)
    {
        if (model.SyntaxTree == tree)
        {
            return model;
        }

        if (!model.Compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

#pragma warning disable RS1030 // A field may be declared and assigned in another part of a partial type; only that file's model binds it. Rare.
        return model.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
    }
}
