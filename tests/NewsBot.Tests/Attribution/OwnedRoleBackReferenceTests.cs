using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Her lawyer, Tomas Vik, said …" then "according to her lawyer": the lawyer the article named is meant when "her"
/// stands for the same person whose lawyer he was named as; another owner, or two people with named lawyers, leave
/// the later lawyer unnamed.
/// </summary>
public sealed class OwnedRoleBackReferenceTests
{
    [Fact]
    public void TheSameOwnersLawyerIsTheNamedOne()
    {
        var quotes = Quotes("The former mayor of Granvik, Elsa Brun, was charged with fraud on Monday.\n\nHer lawyer, Tomas Vik, said she would plead not guilty.\n\n"
            + "Prosecutors say Brun moved 2 million crowns into her own accounts.\n\nAccording to her lawyer, Brun had paid every crown back.");
        Assert.Equal("Tomas Vik", Assert.Single(quotes, q => ContentOf(q).Contains("every crown")).Speaker?.Name);
    }

    [Fact]
    public void AnotherOwnersLawyerStaysUnnamed()
    {
        var quotes = Quotes("The former mayor of Granvik, Elsa Brun, was charged with fraud on Monday.\n\nHer lawyer, Tomas Vik, said she would plead not guilty.\n\n"
            + "Her deputy, Karin Lund, was charged too. According to her lawyer, Lund had signed nothing.");
        Assert.NotEqual("Tomas Vik", Assert.Single(quotes, q => ContentOf(q).Contains("signed nothing")).Speaker?.Name);
    }

    [Fact]
    public void TwoNamedLawyersLeaveTheLaterOneUnnamed()
    {
        var quotes = Quotes("The former mayor of Granvik, Elsa Brun, was charged with fraud on Monday.\n\nHer lawyer, Tomas Vik, said she would plead not guilty.\n\n"
            + "Her deputy, Karin Lund, was charged too. Her lawyer, Per Dahl, said Lund had signed nothing.\n\nBrun paid every crown back, her lawyer said.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("every crown"));
        Assert.NotEqual("Tomas Vik", quote.Speaker?.Name);
        Assert.NotEqual("Per Dahl", quote.Speaker?.Name);
    }
}
