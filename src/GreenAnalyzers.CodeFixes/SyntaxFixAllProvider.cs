using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix All for syntax edits that may nest (GA1003 edits the request whose <c>System</c> list GA1004 edits): every
/// target node is annotated in the original tree first, then the fixes run one after another, each finding its node
/// by annotation. Every diagnostic of the requested ids is fixed, whatever the equivalence key (see
/// <see cref="ReplaceValueFixAllProvider"/>).
/// </summary>
internal sealed class SyntaxFixAllProvider : FixAllProvider
{
    private readonly Func<SyntaxGenerator, SyntaxNode, FixTargets, Diagnostic, SyntaxNode?> _fix;

    public SyntaxFixAllProvider(Func<SyntaxGenerator, SyntaxNode, FixTargets, Diagnostic, SyntaxNode?> fix) => _fix = fix;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var documents = new List<(DocumentId Id, List<Diagnostic> Diagnostics)>();
        var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
        foreach (var project in projects)
        {
            var found = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } only
                ? await fixAllContext.GetDocumentDiagnosticsAsync(only).ConfigureAwait(false)
                : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (var group in found.Where(d => fixAllContext.DiagnosticIds.Contains(d.Id) && d.AdditionalLocations.Count > 0).GroupBy(d => d.Location.SourceTree))
            {
                if (group.Key is not null && fixAllContext.Solution.GetDocumentId(group.Key) is { } id)
                {
                    documents.Add((id, group.ToList()));
                }
            }
        }

        if (documents.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        return CodeAction.Create(
            "Add the missing members",
            async cancellationToken =>
            {
                var changed = solution;
                foreach (var (id, diagnostics) in documents)
                {
                    changed = (await FixDocumentAsync(changed.GetDocument(id)!, diagnostics, cancellationToken).ConfigureAwait(false)).Project.Solution;
                }

                return changed;
            },
            fixAllContext.CodeActionEquivalenceKey ?? "GreenAnalyzers.SyntaxEdit");
    }

    /// <summary>Applies the fixes of <paramref name="diagnostics"/> to one document, in order, then simplifies and adds usings.</summary>
    public async Task<Document> FixDocumentAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Mark every target of every diagnostic in the original tree; edits then find them by mark, wherever they moved.
        var marked = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
        var work = new List<(FixTargets Targets, Diagnostic Diagnostic)>();
        foreach (var diagnostic in diagnostics)
        {
            var marks = new List<SyntaxAnnotation>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                var mark = new SyntaxAnnotation(FixTargets.AnnotationKind);
                marks.Add(mark);
                if (!marked.TryGetValue(node, out var list))
                {
                    marked[node] = list = new List<SyntaxAnnotation>();
                }

                list.Add(mark);
            }

            work.Add((new FixTargets(marks), diagnostic));
        }

        root = root.ReplaceNodes(marked.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marked[original]));
        var generator = SyntaxGenerator.GetGenerator(document);
        foreach (var (targets, diagnostic) in work)
        {
            if (_fix(generator, root, targets, diagnostic) is { } fixedRoot)
            {
                root = fixedRoot;
            }
        }

        var changed = document.WithSyntaxRoot(root);
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The nodes a diagnostic's fix edits (its additional locations), found again in a tree already edited.</summary>
internal sealed class FixTargets
{
    /// <summary>The kind of the annotations that mark targets.</summary>
    public const string AnnotationKind = "GreenAnalyzers.FixTarget";

    private readonly IReadOnlyList<SyntaxAnnotation> _marks;

    public FixTargets(IReadOnlyList<SyntaxAnnotation> marks) => _marks = marks;

    public SyntaxNode? Find(SyntaxNode root, int index)
        => index >= 0 && index < _marks.Count ? root.GetAnnotatedNodes(_marks[index]).FirstOrDefault() : null;

    /// <summary>A copy of <paramref name="node"/> without the marks, so that writing it again elsewhere leaves each mark on one node.</summary>
    public static T Unmarked<T>(T node)
        where T : SyntaxNode
        => node.ReplaceNodes(node.GetAnnotatedNodes(AnnotationKind), (_, rewritten) => rewritten.WithoutAnnotations(AnnotationKind));
}
