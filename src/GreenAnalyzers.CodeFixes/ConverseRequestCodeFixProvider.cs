using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GreenAnalyzers.CodeFixes.Syntax;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix shape "add the missing member to the request": GA1003 adds <c>MaxTokens</c> (or the whole
/// <c>InferenceConfig</c>) to the initializer the analyzer points at; GA1004 inserts a cache-point block after the last
/// constant block of the prompt. Types are written fully qualified and simplified, adding a <c>using</c> if needed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConverseRequestCodeFixProvider)), Shared]
public sealed class ConverseRequestCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.BoundOutputLength, RuleIds.CacheStaticPrompt);

    private static readonly SyntaxFixAllProvider s_fixAll = new(Fix);

    public override FixAllProvider GetFixAllProvider() => s_fixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(PropertyKeys.FixTitle, out var title) || title is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => FixAsync(document, diagnostic, cancellationToken), "GreenAnalyzers.AddMember." + diagnostic.Id),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => s_fixAll.FixDocumentAsync(document, new[] { diagnostic }, cancellationToken);

    private static SyntaxNode? Fix(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
        => diagnostic.Id == RuleIds.BoundOutputLength ? AddMaxTokens(root, target, diagnostic) : AddCachePoint(root, target, diagnostic);

    private static SyntaxNode? AddMaxTokens(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
    {
        if (target.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation
            || !diagnostic.Properties.TryGetValue(PropertyKeys.MaxTokens, out var text)
            || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var maxTokens))
        {
            return null;
        }

        var maxTokensAssignment = Assign("MaxTokens", SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(maxTokens)));
        var element = diagnostic.Properties.TryGetValue(PropertyKeys.AddTo, out var addTo) && addTo == "request"
            ? Assign("InferenceConfig", SyntaxFactory.ObjectCreationExpression(
                    Type("Amazon.BedrockRuntime.Model.InferenceConfiguration").WithTrailingTrivia(SyntaxFactory.Space),
                    argumentList: null,
                    SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(maxTokensAssignment))
                        .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space))
                        .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)))
                .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space)))
            : maxTokensAssignment;

        return root.ReplaceNode(creation, WithElement(creation, element));
    }

    private static SyntaxNode? AddCachePoint(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(PropertyKeys.BlockType, out var blockType) || blockType is null
            || target.FirstAncestorOrSelf<ExpressionSyntax>() is not { } block)
        {
            return null;
        }

        // new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }
        var cachePoint = SyntaxFactory.ParseExpression(
            $"new {blockType} {{ CachePoint = new Amazon.BedrockRuntime.Model.CachePointBlock {{ Type = Amazon.BedrockRuntime.CachePointType.Default }} }}");
        cachePoint = Qualify(cachePoint);

        switch (block.Parent)
        {
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element:
                var index = collection.Elements.IndexOf(element);
                return root.ReplaceNode(collection, collection.WithElements(
                    ListLayout.InsertAfter(collection.Elements, index, (CollectionElementSyntax)SyntaxFactory.ExpressionElement(cachePoint), collection.CloseBracketToken)));
            case InitializerExpressionSyntax initializer:
                return root.ReplaceNode(initializer, initializer.WithExpressions(
                    ListLayout.InsertAfter(initializer.Expressions, initializer.Expressions.IndexOf(block), cachePoint, initializer.CloseBraceToken)));
            default:
                return null;
        }
    }

    private static BaseObjectCreationExpressionSyntax WithElement(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax element)
    {
        if (creation.Initializer is { } initializer)
        {
            return creation.WithInitializer(ListLayout.Append(initializer, element));
        }

        // new ConverseRequest() → new ConverseRequest() { InferenceConfig = … }
        var trailing = creation.GetTrailingTrivia();
        var newInitializer = ListLayout.Append(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression), element)
            .WithLeadingTrivia(SyntaxFactory.Space)
            .WithTrailingTrivia(trailing);
        return creation.WithoutTrailingTrivia().WithInitializer(newInitializer);
    }

    private static AssignmentExpressionSyntax Assign(string member, ExpressionSyntax value)
        => SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(member).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            value);

    private static TypeSyntax Type(string fullName)
        => SyntaxFactory.ParseTypeName("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>Writes every qualified name in <paramref name="expression"/> as global::…, annotated for simplification and imports.</summary>
    private static ExpressionSyntax Qualify(ExpressionSyntax expression)
        => expression.ReplaceNodes(
            expression.DescendantNodesAndSelf().OfType<QualifiedNameSyntax>().Where(n => n.Parent is not QualifiedNameSyntax)
                .Concat<SyntaxNode>(expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>().Where(m => m.Parent is not MemberAccessExpressionSyntax)),
            (original, _) => original switch
            {
                QualifiedNameSyntax name => Type(name.ToString()).WithTriviaFrom(name),
                MemberAccessExpressionSyntax access => SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression, Type(((MemberAccessExpressionSyntax)access).Expression.ToString()), access.Name)
                    .WithTriviaFrom(access),
                _ => original,
            });
}
