using System.Collections.Immutable;
using System.Composition;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix shape "replace a value where it is written": writes the analyzer's value (<see cref="SyntaxEdit.WriteString"/>,
/// <see cref="SyntaxEdit.WriteMember"/>) at each additional location (a model id or instance type inside a literal,
/// escaped as that literal needs, or a ConstantClass or enum member name such as <c>MlG5Xlarge</c>), wherever that is:
/// the sink itself, or a <c>const</c> declared in another file. Only that token text changes, so comments, quotes,
/// prefixes and ARN shape around it are untouched.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider)), Shared]
public sealed class ReplaceValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.UseSmallerModel, RuleIds.ReplaceLegacyModel,
        RuleIds.ServeOnInferentia, RuleIds.TrainOnTrainium, RuleIds.UseGraviton, RuleIds.MoveOffOlderAccelerator,
        RuleIds.LoadQuantizedModel);

    public override FixAllProvider GetFixAllProvider() => ReplaceValueFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ValueEdit.From(diagnostic) is not { Count: > 0 } edits
                || !diagnostic.Properties.TryGetValue(PropertyKeys.FixTitle, out var title) || title is null
                || !await ValueEdit.CanWriteAllAsync(edits, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => ValueEdit.ApplyAsync(solution, new[] { diagnostic }, cancellationToken),
                    EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }
    }

    /// <summary>One key per rule, independent of the values: Fix All and <c>dotnet format analyzers</c> group by it.</summary>
    internal static string EquivalenceKey(string diagnosticId) => "GreenAnalyzers.ReplaceValue." + diagnosticId;
}
