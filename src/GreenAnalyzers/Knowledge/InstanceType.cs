namespace GreenAnalyzers.Knowledge;

/// <summary>
/// An instance type value as written: <c>ml.g5.xlarge</c> (SageMaker) or <c>g5.xlarge</c> (EC2), split into family and
/// size. Family and size are lower-case; <see cref="Value"/> keeps what was written, so a fix can keep the form.
/// </summary>
internal sealed record InstanceType(string Value, bool HasMlPrefix, string Family, string Size)
{
    /// <summary>Longer than any AWS instance type by far; longer values are not parsed at all.</summary>
    public const int MaxLength = 64;

    private const string MlPrefix = "ml.";

    /// <summary>The type without the <c>ml.</c> prefix, lower-case: <c>g5.xlarge</c>. The catalog's key.</summary>
    public string Bare { get; } = Family + "." + Size;

    /// <summary>True when <see cref="Value"/> is written the way the SDK constants are (all lower-case).</summary>
    public bool IsCanonical => Value.Length == (HasMlPrefix ? MlPrefix.Length : 0) + Bare.Length
        && Value.EndsWith(Bare, System.StringComparison.Ordinal)
        && (!HasMlPrefix || Value.StartsWith(MlPrefix, System.StringComparison.Ordinal));

    /// <summary>Another bare type in the same form as this value (<c>ml.</c> prefix kept or not): what a fix writes.</summary>
    public string WithBareType(string bareType) => HasMlPrefix ? MlPrefix + bareType : bareType;

    /// <summary>
    /// The name the SDK gives the ConstantClass member of a wire value: split on every character that is not a letter or
    /// digit, upper-case the first letter of each piece, join (<c>ml.p6-b200.48xlarge</c> → <c>MlP6B20048xlarge</c>).
    /// Holds for every instance type constant of EC2 and SageMaker (api-surface.md §0).
    /// </summary>
    public static string ConstantMemberName(string value)
    {
        var name = new System.Text.StringBuilder(value.Length);
        var startOfPiece = true;
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                startOfPiece = true;
                continue;
            }

            name.Append(startOfPiece ? char.ToUpperInvariant(c) : c);
            startOfPiece = false;
        }

        return name.ToString();
    }

    /// <summary>Parses <c>[ml.]family.size</c> in any letter case; null for anything else. Never throws.</summary>
    public static InstanceType? Parse(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > MaxLength)
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        var hasMlPrefix = lower.StartsWith(MlPrefix, System.StringComparison.Ordinal);
        var rest = hasMlPrefix ? lower.Substring(MlPrefix.Length) : lower;
        var dot = rest.IndexOf('.');
        if (dot <= 0 || dot != rest.LastIndexOf('.'))
        {
            return null;
        }

        var family = rest.Substring(0, dot);
        var size = rest.Substring(dot + 1);
        return IsFamily(family) && IsSize(size) ? new InstanceType(value, hasMlPrefix, family, size) : null;
    }

    // Families start with a letter and carry a generation digit: g5, p6-b200, u-6tb1, c7i-flex.
    private static bool IsFamily(string text)
        => IsLetter(text[0]) && IsAlphanumeric(text[text.Length - 1]) && OnlyNameCharacters(text) && HasDigit(text);

    // Sizes: xlarge, 48xlarge, medium, metal, metal-24xl.
    private static bool IsSize(string text)
        => text.Length > 0 && IsAlphanumeric(text[0]) && IsAlphanumeric(text[text.Length - 1]) && OnlyNameCharacters(text) && HasLetter(text);

    private static bool OnlyNameCharacters(string text)
    {
        foreach (var c in text)
        {
            if (!IsAlphanumeric(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // ASCII only: char.IsLetter would accept letters no AWS type contains.
    private static bool IsLetter(char c) => c is >= 'a' and <= 'z';

    private static bool IsAlphanumeric(char c) => IsLetter(c) || c is >= '0' and <= '9';
}
