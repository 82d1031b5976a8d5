using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>
/// A finding's identity for baselines, stable when lines move: the rule id, the file path relative to the root, the
/// enclosing member (<c>Type.Member</c>) and the first line of the flagged code with whitespace collapsed. No line or
/// column number. Only the first line of the span counts, so an edit deep inside a flagged object initializer (adding a
/// member) keeps the finding accepted. Identical code twice in one member gives one fingerprint twice; baselines count
/// occurrences, so a third copy is still new.
/// </summary>
internal static partial class Fingerprint
{
    private const int MaxTextLength = 200;

    public static string Compute(string ruleId, string path, string member, string flaggedText)
    {
        var data = string.Join('\n', ruleId, path, member, Normalize(flaggedText));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..32];
    }

    /// <summary>A value in a configuration file: the rule, the file and the value's JSON pointer (<c>/Bedrock/ModelId</c>),
    /// so reformatting the file or adding keys around the value keeps the finding accepted.</summary>
    public static string ForConfigurationValue(string ruleId, string path, string jsonPointer)
        => Compute(ruleId, path, "json:" + jsonPointer, string.Empty);

    /// <summary>The first non-blank line, whitespace collapsed, at most <see cref="MaxTextLength"/> characters.</summary>
    public static string Normalize(string text)
    {
        var firstLine = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        var collapsed = Whitespace().Replace(firstLine, " ");
        return collapsed.Length <= MaxTextLength ? collapsed : collapsed[..MaxTextLength];
    }

    /// <summary>"Namespace-free" type and member names around a node: <c>TicketTriage.Classify</c>,
    /// <c>Outer.Inner.Property</c>, <c>Service..ctor</c>, or <c>&lt;top-level&gt;</c> in top-level statements.</summary>
    public static string EnclosingMember(SyntaxNode node)
    {
        var names = new List<string>();
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            var name = ancestor switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax d => d.Identifier.ValueText,
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                ConstructorDeclarationSyntax c => c.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor",
                DestructorDeclarationSyntax => "Finalize",
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                IndexerDeclarationSyntax => "this[]",
                EventDeclarationSyntax e => e.Identifier.ValueText,
                BaseFieldDeclarationSyntax field => string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.ValueText,
                ConversionOperatorDeclarationSyntax conversion => "operator " + conversion.Type,
                GlobalStatementSyntax => "<top-level>",
                _ => null,
            };
            if (name is not null)
            {
                names.Add(name);
            }
        }

        names.Reverse();
        return string.Join('.', names);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
