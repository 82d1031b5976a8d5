using System.Collections.Concurrent;

namespace GreenAnalyzers.Analyzers;

/// <summary>GA1003's one way of reporting, shared by every entry point that can send an unbounded generation request
/// (Converse, Microsoft.Extensions.AI chat clients, InvokeModel bodies, Semantic Kernel): the model when the catalog knows
/// it, its output price in the message, and the bound the fix writes.</summary>
internal static class OutputBound
{
    /// <summary>The model a text names, when it is a verified catalog entry (the message then quotes its output price).
    /// Asked through <see cref="KnownModels"/>, one per compilation.</summary>
    private static (ModelReference Reference, ModelEntry Entry)? KnownModel(string text)
        => ModelReference.Parse(text) is { } reference
            && ModelCatalog.Default.TryFind(reference, out var entry, out reference)
            && entry.Verified
                ? (reference, entry)
                : null;

    /// <summary>A GA1003 diagnostic: "<paramref name="what"/> sets no <paramref name="missing"/>, …". With no edits, no fix.</summary>
    public static Diagnostic Create(
        Location location, string what, string missing, (ModelReference Reference, ModelEntry Entry)? model, ConverseRequestOptions options,
        IReadOnlyList<FixEdit> edits, string fixTitle)
        => Create(location, what, missing, Judge(model, options, edits, fixTitle), edits);

    /// <summary>A GA1003 diagnostic from a judgement (<see cref="Judge"/>) kept by a caller whose fix writes the same
    /// wherever it reports; <paramref name="edits"/> give the places.</summary>
    public static Diagnostic Create(Location location, string what, string missing, Judgement judgement, IReadOnlyList<FixEdit> edits)
        => Diagnostic.Create(Rules.BoundOutputLength, location, SyntaxEdit.Targets(edits), judgement.Properties, what, missing, judgement.Price);

    /// <summary>As above, for a fix of one edit at <paramref name="target"/>.</summary>
    public static Diagnostic Create(Location location, string what, string missing, Judgement judgement, Location target)
        => Diagnostic.Create(Rules.BoundOutputLength, location, new[] { target }, judgement.Properties, what, missing, judgement.Price);

    /// <summary>What a GA1003 finding on this model says under these options, with the script of <paramref name="edits"/>
    /// (what they write, not where).</summary>
    public static Judgement Judge(
        (ModelReference Reference, ModelEntry Entry)? model, ConverseRequestOptions options, IReadOnlyList<FixEdit> edits, string fixTitle)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.MaxTokens] = options.MaxTokens.ToString(CultureInfo.InvariantCulture);

        var price = string.Empty;
        if (model is { } known)
        {
            var modelPrice = known.Entry.PriceFor(known.Reference);
            properties[PropertyKeys.Model] = known.Reference.Value;
            properties[PropertyKeys.OutputPrice] = modelPrice.Output.ToString(CultureInfo.InvariantCulture);
            properties[PropertyKeys.PriceSource] = modelPrice.Source.Label;
            properties[PropertyKeys.PriceDate] = modelPrice.Source.Date;
            price = string.Format(CultureInfo.InvariantCulture, ", at {0} per 1M output tokens for '{1}' ({2})",
                Usd.Format(modelPrice.Output), known.Reference.Value, modelPrice.Source.Citation);
        }

        SyntaxEdit.Write(properties, edits, fixTitle);
        return new Judgement(properties.ToImmutable(), price);
    }

    /// <summary>A GA1003 finding's properties (its fix script included) and the price its message quotes.</summary>
    public sealed record Judgement(ImmutableDictionary<string, string?> Properties, string Price);

    /// <summary>The model a value names (<see cref="KnownModel"/>), for one compilation, kept by the value's text: a project
    /// names the same few models in request after request, and each would be parsed and looked up again (issue 21). Every
    /// GA1003 entry point builds one at its compilation start.</summary>
    public sealed class KnownModels
    {
        private static readonly Func<string, (ModelReference Reference, ModelEntry Entry)?> s_find = KnownModel;

        private readonly ConcurrentDictionary<string, (ModelReference Reference, ModelEntry Entry)?> _byText = new(StringComparer.Ordinal);

        public (ModelReference Reference, ModelEntry Entry)? Of(ResolvedValue? value)
            => value is { Text: { } text } ? _byText.GetOrAdd(text, s_find) : null;
    }
}
