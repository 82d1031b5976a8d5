using System.Collections.Immutable;
using System.Composition;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix shape "replace a value where it is written": writes the analyzer's <c>replacement</c> over the span of
/// <c>AdditionalLocations[0]</c> (a model id or instance type inside a literal, or a ConstantClass member name such as
/// <c>MlG5Xlarge</c>), wherever that
/// is: the sink itself, or a <c>const</c> declared in another file. A text edit, so comments, quotes, prefixes and
/// ARN shape around it are untouched.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider)), Shared]
public sealed class ReplaceValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.UseSmallerModel, RuleIds.ReplaceLegacyModel,
        RuleIds.ServeOnInferentia, RuleIds.TrainOnTrainium, RuleIds.UseGraviton, RuleIds.MoveOffOlderAccelerator,
        RuleIds.LoadQuantizedModel);

    public override FixAllProvider GetFixAllProvider() => ReplaceValueFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ValueEdit.From(diagnostic) is null
                || !diagnostic.Properties.TryGetValue(PropertyKeys.FixTitle, out var title) || title is null)
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

        return Task.CompletedTask;
    }

    /// <summary>One key per rule, independent of the values: Fix All and <c>dotnet format analyzers</c> group by it.</summary>
    internal static string EquivalenceKey(string diagnosticId) => "GreenAnalyzers.ReplaceValue." + diagnosticId;
}
