using System.Collections.Immutable;
using GreenAnalyzers.Cli.Loading;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>Turns diagnostics into <see cref="Finding"/>s: relative paths, fingerprints, and whether a code fix offers
/// itself. A file in several projects (or target frameworks) is reported once.</summary>
internal sealed class FindingFactory(GreenRules rules, Target target)
{
    public async Task<IReadOnlyList<Finding>> CreateAsync(IEnumerable<ProjectDiagnostics> results, CancellationToken cancellationToken)
    {
        var findings = new Dictionary<(string, string, int, int, int, int, string), Finding>();
        foreach (var (project, diagnostics, _) in results)
        {
            foreach (var diagnostic in diagnostics)
            {
                var finding = await CreateAsync(project, diagnostic, cancellationToken);
                findings.TryAdd((finding.RuleId, finding.Path, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Message), finding);
            }
        }

        return findings.Values.Order(Finding.Order).ToList();
    }

    private async Task<Finding> CreateAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var severity = Severities.From(diagnostic.Severity) ?? Severity.Info;
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var properties = diagnostic.Properties
            .Where(p => p.Value is not null && !PropertyKeys.IsFixPlumbing(p.Key))
            .ToImmutableSortedDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        var fixable = await IsFixableAsync(project, diagnostic, cancellationToken);

        if (diagnostic.Location.Kind == LocationKind.ExternalFile)
        {
            // A value in a configuration file (appsettings.json): located by line and column, identified by its JSON pointer.
            var lineSpan = diagnostic.Location.GetLineSpan();
            var filePath = target.Relative(lineSpan.Path);
            diagnostic.Properties.TryGetValue(PropertyKeys.JsonPointer, out var pointer);
            return new Finding(diagnostic.Id, severity, message, filePath,
                lineSpan.StartLinePosition.Line + 1, lineSpan.StartLinePosition.Character + 1,
                lineSpan.EndLinePosition.Line + 1, lineSpan.EndLinePosition.Character + 1,
                Fingerprint.ForConfigurationValue(diagnostic.Id, filePath, pointer ?? string.Empty), fixable, properties);
        }

        if (diagnostic.Location.SourceTree is not { } tree)
        {
            // Compilation-level (an option in .editorconfig, say): the project is the place to look.
            var projectPath = target.Relative(project.FilePath ?? project.Name);
            return new Finding(diagnostic.Id, severity, message, projectPath, 0, 0, 0, 0,
                Fingerprint.Compute(diagnostic.Id, projectPath, string.Empty, message), fixable, properties);
        }

        var span = diagnostic.Location.GetLineSpan();
        var path = target.Relative(tree.FilePath);
        var root = await tree.GetRootAsync(cancellationToken);
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var text = (await tree.GetTextAsync(cancellationToken)).ToString(diagnostic.Location.SourceSpan);
        return new Finding(
            diagnostic.Id,
            severity,
            message,
            path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            Fingerprint.Compute(diagnostic.Id, path, Fingerprint.EnclosingMember(node), text),
            fixable,
            properties);
    }

    /// <summary>Asks the rule's code fix provider, as the IDE's light bulb does: a fix registers itself or not.</summary>
    private async Task<bool> IsFixableAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (rules.FixerFor(diagnostic.Id) is not { } fixer
            || diagnostic.Location.SourceTree is not { } tree
            || project.GetDocument(tree) is not { } document)
        {
            return false;
        }

        var registered = false;
        var context = new CodeFixContext(document, diagnostic, (_, _) => registered = true, cancellationToken);
        await fixer.RegisterCodeFixesAsync(context);
        return registered;
    }
}
