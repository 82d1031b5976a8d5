using System.Collections.Immutable;
using System.Composition;
using GreenAnalyzers.CodeFixes.Syntax;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix shape "edit the code's structure": applies the <see cref="SyntaxEdit"/> script the analyzer put in the
/// diagnostic (append a member or entry, insert a block, replace or remove a value, move a statement out of a loop),
/// building the values it writes from data (<see cref="FixSyntax"/>) and keeping the author's layout.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SyntaxEditCodeFixProvider)), Shared]
public sealed class SyntaxEditCodeFixProvider : CodeFixProvider
{
    private static readonly SyntaxFixAllProvider s_fixAll = new(Apply);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.BoundOutputLength, RuleIds.CacheStaticPrompt, RuleIds.UseManagedSpotTraining, RuleIds.CreateOncePerLoop,
        RuleIds.KeepGraphOptimizations, RuleIds.QuantizeServingContainer, RuleIds.CaptureEndpointData, RuleIds.ProfileTrainingJobs);

    public override FixAllProvider GetFixAllProvider() => s_fixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixData.Read(diagnostic) is null
                || !diagnostic.Properties.TryGetValue(PropertyKeys.FixTitle, out var title) || title is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => s_fixAll.FixDocumentAsync(document, new[] { diagnostic }, cancellationToken),
                    EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static string EquivalenceKey(string diagnosticId) => "GreenAnalyzers.SyntaxEdit." + diagnosticId;

    /// <summary>Runs every edit of the diagnostic in order; each finds its target again after the previous edit.</summary>
    private static SyntaxNode? Apply(SyntaxGenerator generator, SyntaxNode root, FixTargets targets, Diagnostic diagnostic)
    {
        if (FixData.Read(diagnostic) is not { } steps)
        {
            return null; // no script, or a malformed one: no fix
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var current = root;
            var build = new FixSyntax(generator, index => targets.Find(current, index) is ExpressionSyntax copied ? FixTargets.Unmarked(copied) : null);
            if (targets.Find(root, i) is not { } target || Apply(root, targets, target, steps[i], build) is not { } edited)
            {
                return null; // all or nothing: half a fix could leave an invalid request
            }

            root = edited;
        }

        return root;
    }

    private static SyntaxNode? Apply(SyntaxNode root, FixTargets targets, SyntaxNode target, FixData.Step step, FixSyntax build)
    {
        switch (step.Kind)
        {
            case SyntaxEdit.Append when target.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
                && build.Element(step.Element!, creation.Initializer?.IsKind(SyntaxKind.CollectionInitializerExpression) == true, lines: HasMultilineInitializer(creation)) is { } member:
                return root.ReplaceNode(creation, WithMember(creation, member));

            case SyntaxEdit.MoveBefore when target is StatementSyntax { Parent: BlockSyntax } statement && step.Value is FixValue.Number { Value: var anchorIndex }:
                return MoveBefore(root, statement, targets, anchorIndex);

            case SyntaxEdit.Anchor:
                return root;

            case SyntaxEdit.InsertAfter when target.FirstAncestorOrSelf<ExpressionSyntax>() is { } element && build.Expression(step.Value!) is { } inserted:
                return element.Parent switch
                {
                    ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } item => root.ReplaceNode(collection, collection.WithElements(
                        ListLayout.InsertAfter(collection.Elements, collection.Elements.IndexOf(item), (CollectionElementSyntax)SyntaxFactory.ExpressionElement(inserted), collection.CloseBracketToken))),
                    InitializerExpressionSyntax initializer => root.ReplaceNode(initializer, initializer.WithExpressions(
                        ListLayout.InsertAfter(initializer.Expressions, initializer.Expressions.IndexOf(element), inserted, initializer.CloseBraceToken))),
                    _ => null,
                };

            case SyntaxEdit.AddArgument when target is ArgumentListSyntax arguments && build.Argument(step.Element!.Member!, step.Value!) is { } argument:
                return root.ReplaceNode(arguments, arguments.WithArguments(arguments.Arguments.Count == 0
                    ? arguments.Arguments.Add(argument)
                    : arguments.Arguments.Add(argument.WithLeadingTrivia(SyntaxFactory.Space))));

            case SyntaxEdit.Replace when target is ExpressionSyntax expression && build.Expression(step.Value!) is { } replacement:
                return root.ReplaceNode(expression, replacement.WithTriviaFrom(expression));

            case SyntaxEdit.Remove when target.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignment:
                return assignment.Parent switch
                {
                    InitializerExpressionSyntax initializer => root.ReplaceNode(initializer, ListLayout.Remove(initializer, assignment)),
                    ExpressionStatementSyntax statement => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia),
                    _ => null,
                };

            default:
                return null;
        }
    }

    /// <summary>Whether an object creation's initializer spans lines: then a nested object appended to it does too.</summary>
    private static bool HasMultilineInitializer(BaseObjectCreationExpressionSyntax creation)
        => creation.Initializer is { } initializer
            && initializer.OpenBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line
                != initializer.CloseBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line;

    /// <summary>Moves <paramref name="statement"/> out of the block it is in (its whole lines go) to just before the anchor
    /// statement, re-indented from its own level to the anchor's. A top-level anchor gets a top-level statement before it.</summary>
    private static SyntaxNode? MoveBefore(SyntaxNode root, StatementSyntax statement, FixTargets targets, int anchorIndex)
    {
        if (targets.Find(root, anchorIndex) is not StatementSyntax { Parent: BlockSyntax or GlobalStatementSyntax } anchor || !anchor.Span.Contains(statement.Span))
        {
            return null;
        }

        var moved = Indentation.Shift(root.ToFullString(), statement, Indentation.Of(statement), Indentation.Of(anchor));
        var without = root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
        if (without is null || targets.Find(without, anchorIndex) is not StatementSyntax destination)
        {
            return null;
        }

        // Blank lines that set the loop apart now set apart the moved declaration and the loop together.
        var leading = destination.GetLeadingTrivia();
        var blank = BlankLines(leading);
        moved = moved.WithLeadingTrivia(leading.Take(blank).Concat(moved.GetLeadingTrivia()));
        without = without.ReplaceNode(destination, destination.WithLeadingTrivia(leading.Skip(blank)));
        destination = (StatementSyntax)targets.Find(without, anchorIndex)!;
        return destination.Parent is GlobalStatementSyntax global // a loop among top-level statements: the move is one too
            ? without.InsertNodesBefore(global, new[] { SyntaxFactory.GlobalStatement(moved) })
            : without.InsertNodesBefore(destination, new[] { moved });
    }

    /// <summary>How many leading trivia make up whole blank lines (whitespace up to and including the last line break
    /// before any comment or directive).</summary>
    private static int BlankLines(SyntaxTriviaList leading)
    {
        var count = 0;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                count = i + 1;
            }
            else if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        return count;
    }

    private static BaseObjectCreationExpressionSyntax WithMember(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member)
    {
        if (creation.Initializer is { } initializer)
        {
            // Several diagnostics may ask for the same member on one object (an options object shared by two calls): once.
            return AssignsSameMember(initializer, member) ? creation : creation.WithInitializer(ListLayout.Append(initializer, member));
        }

        // new CreateTrainingJobRequest() → new CreateTrainingJobRequest() { … }
        var newInitializer = ListLayout.Append(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression), member)
            .WithLeadingTrivia(SyntaxFactory.Space)
            .WithTrailingTrivia(creation.GetTrailingTrivia());
        return creation.WithoutTrailingTrivia().WithInitializer(newInitializer);
    }

    private static bool AssignsSameMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
        => member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } }
            && initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && left.Identifier.ValueText == name);
}
