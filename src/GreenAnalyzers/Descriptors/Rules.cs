using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Descriptors;

/// <summary>The one catalog of rule descriptors. Every analyzer reports through these; tests check each
/// against its docs page and the release-tracking files.</summary>
internal static class Rules
{
    public const string HelpLinkBase = "https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UseSmallerModel = Create(
        RuleIds.UseSmallerModel,
        title: "Use a smaller model where it serves",
        messageFormat: "'{0}' is a {1}-tier model; '{2}' costs {3} ({4})",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Warning,
        description: "A frontier model spends far more energy and money per token than a smaller sibling of the same family. "
            + "Many tasks (classification, extraction, summarising, routing) are served as well by the smaller model. "
            + "The message quotes list prices from GreenAnalyzers' dated knowledge catalog.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(UseSmallerModel);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id));
}

/// <summary>Rule ids; fixed forever once shipped.</summary>
internal static class RuleIds
{
    public const string UseSmallerModel = "GA1001";
}
