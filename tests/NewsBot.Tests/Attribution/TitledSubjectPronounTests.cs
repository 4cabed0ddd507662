using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>"The Rev. Jo Doe of Grace Church stood beside Ruiz. ¶ “…,” he said.": the titled subject, not the person beside them, is who "he" stands for.</summary>
public sealed class TitledSubjectPronounTests
{
    [Theory]
    [InlineData("The Rev. Walter Thale stood beside Moreno outside the courthouse.")]
    [InlineData("The Rev. Walter Thale of Harbor Light Chapel, where the service was held, stood beside Moreno on the steps.")]
    [InlineData("Walter Thale of the Harbor Light Chapel stood beside Moreno on the steps.")]
    public void ThePronounAfterATitledSubjectIsThatSubject(string sentence)
    {
        var quotes = Quotes("Attorney Felix Moreno said the family would sue the town.\n\n" + sentence + "\n\n“We want answers, not anger,” he said.");
        var quote = Assert.Single(quotes, q => q.Paragraph == 3);
        Assert.Equal("Walter Thale", quote.Speaker?.Name);
    }
}
