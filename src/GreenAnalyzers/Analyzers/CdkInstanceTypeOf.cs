using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// The AWS CDK's <c>InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE2)</c> in a compilation that references
/// Amazon.CDK.AWS.EC2: the instance type its two enum members stand for (<c>g5.2xlarge</c>), and a fix that writes the
/// suggestion's members (<c>InstanceClass.INF2</c>, <c>InstanceSize.XLARGE</c>) where the call names them, only when this
/// CDK version has both.
/// </summary>
internal sealed class CdkInstanceTypeOf
{
    private readonly INamedTypeSymbol _classes;
    private readonly INamedTypeSymbol _sizes;
    private readonly string _classesName; // named once per compilation, not per finding: the fix writes it
    private readonly string _sizesName;
    private readonly Lazy<Dictionary<long, string>> _classNames;
    private readonly Lazy<Dictionary<long, string>> _sizeNames;

    private CdkInstanceTypeOf(INamedTypeSymbol classes, INamedTypeSymbol sizes)
    {
        _classes = classes;
        _sizes = sizes;
        _classesName = classes.ToDisplayString();
        _sizesName = sizes.ToDisplayString();
        _classNames = new Lazy<Dictionary<long, string>>(() => NamesByValue(classes));
        _sizeNames = new Lazy<Dictionary<long, string>>(() => NamesByValue(sizes));
    }

    /// <summary>Null when the compilation has no CDK EC2 instance classes and sizes (no Amazon.CDK.Lib): nothing to read.</summary>
    public static CdkInstanceTypeOf? Create(Compilation compilation)
    {
        var classes = SymbolLookup.TypesByMetadataName(compilation, CdkInstanceTypes.InstanceClassName);
        var sizes = SymbolLookup.TypesByMetadataName(compilation, CdkInstanceTypes.InstanceSizeName);
        return classes.Length == 1 && sizes.Length == 1 && classes[0].TypeKind == TypeKind.Enum && sizes[0].TypeKind == TypeKind.Enum
            ? new CdkInstanceTypeOf(classes[0], sizes[0])
            : null;
    }

    /// <summary>The instance type an <c>InstanceType.Of</c> value names (<c>g5.2xlarge</c>), or null when it is not one.</summary>
    public string? Value(ResolvedValue value)
        => value.Parts.Length == 2
            && MemberName(_classNames.Value, value.Parts[0]) is { } classMember
            && MemberName(_sizeNames.Value, value.Parts[1]) is { } sizeMember
                ? CdkInstanceTypes.Family(classMember) + "." + CdkInstanceTypes.Size(sizeMember)
                : null;

    /// <summary>The finding on an <c>InstanceType.Of</c> value, with a fix that rewrites the member names in the call. No fix
    /// when this CDK version lacks the suggested class or size, or when a member is not written in the call itself (a
    /// constant declared elsewhere may be shared by calls of other sizes, whose suggestion differs).</summary>
    public Diagnostic Report(Finding finding, ResolvedValue value, IOperation sinkValue, CancellationToken cancellationToken)
        => finding.ToDiagnostic(sinkValue, value, finding.Replacement is FixValue.Text { Value: var suggested } ? Edits(value, suggested, cancellationToken) : null);

    /// <summary>One <see cref="SyntaxEdit.WriteMember"/> per name that changes (the class, the size, or both), keeping
    /// everything else in the call (named arguments, comments).</summary>
    private FixEdit[]? Edits(ResolvedValue value, string suggested, CancellationToken cancellationToken)
    {
        if (InstanceType.Parse(suggested) is not { } target
            || value.WriteSites.Length != 1
            || value.WriteSites[0] is not { SourceTree: { } tree } call
            || MemberName(_classNames.Value, value.Parts[0]) is not { } writtenClass
            || MemberName(_sizeNames.Value, value.Parts[1]) is not { } writtenSize
            || NameWrittenIn(value.Parts[0], call, cancellationToken) is not { } className
            || NameWrittenIn(value.Parts[1], call, cancellationToken) is not { } sizeName)
        {
            return null;
        }

        var newClass = CdkInstanceTypes.ClassMember(target.Family, writtenClass);
        var newSize = CdkInstanceTypes.SizeMember(target.Size);
        if (_classes.GetMembers(newClass).IsEmpty || _sizes.GetMembers(newSize).IsEmpty)
        {
            return null; // this CDK version has no member for the suggestion: report, write nothing that would not compile
        }

        var classEdit = Reporting.Write(Location.Create(tree, className), new FixValue.Member(_classesName, newClass));
        return newSize == writtenSize
            ? new[] { classEdit }
            : new[] { classEdit, Reporting.Write(Location.Create(tree, sizeName), new FixValue.Member(_sizesName, newSize)) };
    }

    /// <summary>The span of the enum member's name when the part is written as a member (<c>InstanceClass.G5</c>, or
    /// <c>G5</c> under <c>using static</c>) inside the call; null otherwise (a cast, a constant declared elsewhere).</summary>
    private static TextSpan? NameWrittenIn(ResolvedValue part, Location call, CancellationToken cancellationToken)
    {
        if (part.WriteSites.Length != 1
            || part.WriteSites[0] is not { SourceTree: { } tree } site
            || tree != call.SourceTree
            || !call.SourceSpan.Contains(site.SourceSpan))
        {
            return null;
        }

        return (part.WrittenNode ?? tree.GetRoot(cancellationToken)).FindNode(site.SourceSpan, getInnermostNodeForTie: true) switch
        {
            MemberAccessExpressionSyntax access => access.Name.Span,
            IdentifierNameSyntax name => name.Span,
            _ => null,
        };
    }

    private static string? MemberName(Dictionary<long, string> names, ResolvedValue part)
        => part.EnumValue is { } number && names.TryGetValue(number, out var name) ? name : null;

    private static Dictionary<long, string> NamesByValue(INamedTypeSymbol enumType)
    {
        var names = new Dictionary<long, string>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: var value } && value is not null)
            {
                // jsii enums number their members 0, 1, 2, …: one name per value.
                names[System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)] = member.Name;
            }
        }

        return names;
    }
}
