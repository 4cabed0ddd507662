using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>Where something was held: a venue named in the sentence answers it, however the sentence leads up to it.</summary>
public sealed class PlaceAnswerTests
{
    private const string Asked = "where was the first town forum held?";

    [Theory]
    [InlineData("The candidate was led off the grounds of Kestrel University hours before the first forum.")]
    [InlineData("The University of Tarsk hosted the first forum.")]
    [InlineData("Hundreds lined up outside Brindle Memorial Hall for the forum.")]
    public void AVenueByItsNameIsAPlace(string sentence) =>
        Assert.True(AnswerTypes.Matches(AnswerType.Place, sentence, Asked));

    [Theory]
    // the venue the question names is no answer to where it was
    [InlineData("The forum drew students of Kestrel University.", "where did kestrel university students gather?")]
    // "The Center" is no name
    [InlineData("The Center said the forum was full.", Asked)]
    [InlineData("The forum was full, organizers said.", Asked)]
    public void NoVenueOrTheOneAskedIsNoPlace(string sentence, string question) =>
        Assert.False(AnswerTypes.Matches(AnswerType.Place, sentence, question));
}
