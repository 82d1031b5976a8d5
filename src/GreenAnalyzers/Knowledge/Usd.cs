using System.Globalization;

namespace GreenAnalyzers.Knowledge;

/// <summary>One spelling of money for every message and report: cents from a dollar up ("$5.50", "$11.00"); below a
/// dollar a third decimal when it matters ("$0.805", "$0.035"); below a cent as many as it takes ("$0.0002").</summary>
internal static class Usd
{
    public static string Format(decimal value)
    {
        var format = value >= 1 ? "0.00" : value >= 0.01m ? "0.00#" : "0.00####";
        return "$" + value.ToString(format, CultureInfo.InvariantCulture);
    }
}
