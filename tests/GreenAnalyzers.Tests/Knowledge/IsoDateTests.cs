using System.Globalization;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary><see cref="IsoDate.IsValid"/> reads dates without the framework's parser (every file's options hold one):
/// it must accept exactly what <c>DateTime.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c> accepts.</summary>
public sealed class IsoDateTests
{
    private static bool FrameworkAccepts(string text)
        => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [Test]
    public void EveryDayOfLeapAndCommonYearsAndTheirNeighbours()
    {
        var years = new[] { 1, 4, 100, 1900, 2000, 2023, 2024, 2026, 2100, 9999 };
        var failures = new List<string>();
        foreach (var year in years)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var text = $"{year:D4}-{month:D2}-{day:D2}";
                    if (IsoDate.IsValid(text) != FrameworkAccepts(text))
                    {
                        failures.Add(text);
                    }
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [TestCase("0000-01-01")]
    [TestCase("2026-12-08")]
    [TestCase("2026-12-8")]
    [TestCase("2026-1-08")]
    [TestCase("26-12-08")]
    [TestCase("2026/12/08")]
    [TestCase("2026-12-08 ")]
    [TestCase(" 2026-12-08")]
    [TestCase("2026-12-0a")]
    [TestCase("+026-12-08")]
    [TestCase("-026-12-08")]
    [TestCase("2026-+2-08")]
    [TestCase("٢٠٢٦-١٢-٠٨")]
    [TestCase("２０２６-１２-０８")]
    [TestCase("20261208xx")]
    [TestCase("")]
    public void AgreesWithTheFramework(string text) => Assert.That(IsoDate.IsValid(text), Is.EqualTo(FrameworkAccepts(text)), text);

    [Test]
    public void NullIsNoDate() => Assert.That(IsoDate.IsValid(null), Is.False);
}
