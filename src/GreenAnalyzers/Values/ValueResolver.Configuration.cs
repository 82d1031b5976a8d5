using GreenAnalyzers.Configuration;

namespace GreenAnalyzers.Values;

/// <summary>
/// Values the code reads from the project's configuration files (Microsoft.Extensions.Configuration), judged with the sink
/// they reach. The reads followed, each with a constant key:
/// <list type="bullet">
/// <item><c>config["Bedrock:ModelId"]</c> and <c>config.GetValue&lt;string&gt;("Bedrock:ModelId")</c> on a configuration;</item>
/// <item>the same on a section, <c>config.GetSection("Bedrock")["ModelId"]</c> (or <c>GetRequiredSection</c>, or a local written
/// once with one), and a section's <c>Value</c>;</item>
/// <item>a property of an options class bound to a section anywhere in the compilation (<c>services.Configure&lt;T&gt;(section)</c>,
/// <c>services.AddOptions&lt;T&gt;().Bind(section)</c> or <c>.BindConfiguration("Bedrock")</c>, <c>section.Bind(instance)</c>,
/// <c>section.Get&lt;T&gt;()</c>): <c>options.Value.ModelId</c>, <c>_options.Models.Chat</c>.</item>
/// </list>
/// A configuration is a root (an <c>IConfiguration</c> that is not a section: the host's configuration); a section whose
/// origin the code does not show is unknown, and so is a class bound to two different sections.
/// </summary>
internal sealed partial class ValueResolver
{
    private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration";
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";
    private const string SectionInterface = "Microsoft.Extensions.Configuration.IConfigurationSection";
    private const string Binder = "Microsoft.Extensions.Configuration.ConfigurationBinder";

    // Shared by every analyzer's resolver of one compilation: the bindings are found once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, Lazy<Dictionary<ITypeSymbol, string?>>> s_boundSections = new();

    private readonly ConfigurationValues? _configuration;
    private readonly Lazy<Dictionary<ITypeSymbol, string?>>? _boundSections;

    /// <summary>A resolver that also reads the configuration files among <paramref name="options"/>' additional files.</summary>
    public ValueResolver(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        : this(compilation)
    {
        _configuration = ConfigurationValues.Create(options, cancellationToken);
        if (_configuration is not null)
        {
            _boundSections = s_boundSections.GetValue(compilation, _ => new Lazy<Dictionary<ITypeSymbol, string?>>(() => BoundSections(cancellationToken)));
        }
    }

    /// <summary>Whether the value is written in code, so that no configuration file can reach the sink through it: a
    /// constant (through conversions, such as a string converted to a ConstantClass), or a field of a referenced assembly (an
    /// SDK's ConstantClass member), whose initializer the resolver cannot follow. Decided without resolving anything, for a
    /// caller that wants only the configuration reads among a sink's values (issue 21: most sinks hold a constant).</summary>
    public static bool IsWrittenInCode(IOperation operation)
        => operation.ConstantValue.HasValue
           || operation.WithoutConversions() is { ConstantValue.HasValue: true } or IFieldReferenceOperation { Field.DeclaringSyntaxReferences.IsEmpty: true };

    /// <summary>Shapes that may read configuration (checked cheaply, before any key is worked out).</summary>
    private bool MayReadConfiguration(IOperation operation)
        => _configuration is not null
           && operation is IPropertyReferenceOperation { Instance: not null } or IInvocationOperation { TargetMethod.Name: "GetValue" };

    /// <summary>The values configuration files hold for the key <paramref name="operation"/> reads; unknown when it reads
    /// none (or no file has the key).</summary>
    private Candidates CollectConfiguration(IOperation operation, CancellationToken cancellationToken)
    {
        var values = _configuration is not null && ConfigurationKey(operation, cancellationToken) is { } key
            ? _configuration.Find(key)
            : ImmutableArray<ResolvedValue>.Empty;
        return values.IsEmpty ? Candidates.Unknown : new Candidates(new ResolvedValues(values), HasUnknown: false);
    }

    /// <summary>The configuration key a read names, or null.</summary>
    private string? ConfigurationKey(IOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } configuration } indexer
                when IsConfiguration(indexer.Property.ContainingType):
                return Combine(SectionPath(configuration, 0, cancellationToken), ConstantString(indexer.Arguments[0].Value));

            case IInvocationOperation { TargetMethod.Name: "GetValue", Arguments.Length: >= 2 } getValue
                when getValue.TargetMethod.ContainingType.HasMetadataName(Binder) && getValue.TargetMethod.IsExtensionMethod:
                return Combine(SectionPath(getValue.Arguments[0].Value, 0, cancellationToken), ConstantString(getValue.Arguments[1].Value));

            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } section } value
                when value.Property.ContainingType.HasMetadataName(SectionInterface) || Implements(value.Property.ContainingType, SectionInterface):
                return SectionPath(section, 0, cancellationToken);

            case IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } property, Instance: { } instance }:
                return Combine(OptionsPath(instance, 0), property.Name);
        }

        return null;
    }

    /// <summary>The section path a configuration expression stands for: "" for a root, "Bedrock" for
    /// <c>config.GetSection("Bedrock")</c>; null when unknown.</summary>
    private string? SectionPath(IOperation? operation, int depth, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        operation = SkipConversions(operation);
        if (operation is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } getSection)
        {
            var (receiver, key) = getSection.Instance is { } instance
                ? (instance, getSection.Arguments.Length == 1 ? getSection.Arguments[0].Value : null)
                : (getSection.Arguments.Length == 2 ? getSection.Arguments[0].Value : null, getSection.Arguments.Length == 2 ? getSection.Arguments[1].Value : null);
            return IsConfiguration(getSection.TargetMethod.ContainingType) || getSection.TargetMethod.ContainingType.ContainingNamespace.IsNamespace(ConfigurationNamespace)
                ? Combine(SectionPath(receiver, depth + 1, cancellationToken), ConstantString(key))
                : null;
        }

        if (operation.Type is not { } type || !IsConfiguration(type))
        {
            return null;
        }

        if (SingleWrite(operation, cancellationToken) is { } written)
        {
            return SectionPath(written, depth + 1, cancellationToken); // var section = config.GetSection("Bedrock");
        }

        // A configuration that is not a section (IConfiguration, IConfigurationRoot, ConfigurationManager): the root.
        return type.HasMetadataName(SectionInterface) || Implements(type, SectionInterface) ? null : string.Empty;
    }

    /// <summary>The section an options object is bound to: its type's binding, or its parent's path and its property name.</summary>
    private string? OptionsPath(IOperation operation, int depth)
    {
        operation = SkipConversions(operation);
        if (depth > MaxDepth || operation.Type is not INamedTypeSymbol { DeclaringSyntaxReferences.IsEmpty: false } type)
        {
            return null; // only the project's own classes are bound options
        }

        if (_boundSections!.Value.TryGetValue(type.OriginalDefinition, out var section))
        {
            return section;
        }

        return operation is IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } property, Instance: { } parent }
            ? Combine(OptionsPath(parent, depth + 1), property.Name)
            : null;
    }

    /// <summary>Every options class bound to a section in this compilation, found once: only files that mention a binding
    /// are bound. A class bound to two different sections maps to null (unknown).</summary>
    private Dictionary<ITypeSymbol, string?> BoundSections(CancellationToken cancellationToken)
    {
        var sections = new Dictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("Configure<", StringComparison.Ordinal) < 0
                && text.IndexOf(".Bind(", StringComparison.Ordinal) < 0
                && text.IndexOf(".BindConfiguration(", StringComparison.Ordinal) < 0
                && text.IndexOf(".Get<", StringComparison.Ordinal) < 0)
            {
                continue;
            }

#pragma warning disable RS1030 // Bindings may sit in any file (Program.cs); only files that name one are bound, once per compilation.
            var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation
                    && IsBindingName(invocation.Expression)
                    && model.GetOperation(invocation, cancellationToken) is IInvocationOperation call
                    && Binding(call, cancellationToken) is { } binding)
                {
                    var bound = binding.Type.OriginalDefinition;
                    sections[bound] = sections.TryGetValue(bound, out var earlier) && earlier != binding.Section ? null : binding.Section;
                }
            }
        }

        return sections;
    }

    /// <summary>Whether a call's name is one a binding has (bound only then).</summary>
    private static bool IsBindingName(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        return name?.Identifier.ValueText is "Configure" or "Bind" or "BindConfiguration" or "Get";
    }

    /// <summary>The options class a call binds and the section it binds it to, or null.</summary>
    private (ITypeSymbol Type, string? Section)? Binding(IInvocationOperation call, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        var container = method.ContainingType;
        IOperation? Argument(string name) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name)?.Value;

        switch (method.Name)
        {
            // services.Configure<T>(config), services.Configure<T>(name, config)
            case "Configure" when method.TypeArguments.Length == 1 && container.HasMetadataName("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions"):
                return (method.TypeArguments[0], SectionPath(Argument("config"), 0, cancellationToken));

            // services.AddOptions<T>().Bind(config), .BindConfiguration("Section")
            case "Bind" when method.TypeArguments.Length == 1 && container.HasMetadataName("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions"):
                return (method.TypeArguments[0], SectionPath(Argument("config"), 0, cancellationToken));
            case "BindConfiguration" when method.TypeArguments.Length == 1 && container.HasMetadataName("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions"):
                return (method.TypeArguments[0], ConstantString(Argument("configSectionPath")));

            // section.Bind(instance), config.Bind("Section", instance), section.Get<T>()
            case "Bind" when container.HasMetadataName(Binder) && Argument("instance") is { } instance:
                return SkipConversions(instance).Type is { } type
                    ? (type, Combine(SectionPath(Argument("configuration"), 0, cancellationToken), Argument("key") is { } key ? ConstantString(key) : string.Empty))
                    : null;
            case "Get" when method.TypeArguments.Length == 1 && container.HasMetadataName(Binder):
                return (method.TypeArguments[0], SectionPath(Argument("configuration"), 0, cancellationToken));
        }

        return null;
    }

    private static bool IsConfiguration(ITypeSymbol type) => type.HasMetadataName(ConfigurationInterface) || Implements(type, ConfigurationInterface);

    private static bool Implements(ITypeSymbol type, string interfaceName)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.HasMetadataName(interfaceName))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ConstantString(IOperation? operation) => operation?.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>A path and a key joined as .NET configuration joins them (<c>Bedrock</c> + <c>ModelId</c>); null when either is unknown.</summary>
    private static string? Combine(string? path, string? key)
        => path is null || key is null ? null : path.Length == 0 ? key : key.Length == 0 ? path : path + ":" + key;
}
