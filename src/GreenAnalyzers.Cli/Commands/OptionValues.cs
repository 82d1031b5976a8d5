using System.ComponentModel;
using System.Globalization;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Commands;

/// <summary>
/// An enum option spelled as the docs spell it: lower case in, lower case in help and errors ("'html' is not a format:
/// table, markdown, sarif, json"). Spectre's own enum converter answers in the C# names ("Valid values are 'Table', …").
/// </summary>
internal abstract class OptionValueConverter<T>(string noun) : TypeConverter
    where T : struct, Enum
{
    /// <summary>The accepted spellings, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<T>().Select(Name).ToList();

    public static string Name(T value) => value.ToString().ToLowerInvariant();

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = value as string ?? string.Empty;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new CliException($"'{text}' is not {noun}: {string.Join(", ", Names)}.");
    }
}

internal sealed class ReportFormatConverter() : OptionValueConverter<ReportFormat>("a format");

internal sealed class FailOnConverter() : OptionValueConverter<FailOn>("a severity");
