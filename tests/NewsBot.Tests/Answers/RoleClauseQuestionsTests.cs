using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories whose speakers hold a role the article tells by what they did or lost, never by the noun a reader
/// asks with: a witness to a pier collapse ("who was fishing … when"), a widow ("whose husband drowned"), a donor
/// ("whose $3 million gift rebuilt …"); a second crash story with two people who saw it, so "the witness" is asked back;
/// two teachers told by what they teach; and two captains quoted, one asked by her ship ("the captain of the Sea Lark"), and an agency's commandant asked by its initials.
/// </summary>
public sealed class RoleClauseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly RoleClauseKnowledge _knowledge;

    public RoleClauseQuestionsTests()
    {
        File.WriteAllText(_articles["pier-collapse.txt"], """
            Old pier gives way under holiday crowd

            SALTHAVEN (Wire) – A section of the Victoria pier collapsed on Sunday, throwing a dozen people into the harbour.

            Pella Draycott, who was fishing off the end of the pier with her son when the boards split, said she heard a crack like a rifle shot. "One second we were standing on wood, the next there was nothing under us," Draycott said.

            Harbour engineer Colm Arkwright said the pier had failed an inspection in March. "We asked for the money to fix it twice," Arkwright said.

            Mirren Stoke, whose husband drowned when the pier fell, said the town had ignored the warnings. "He went out for a walk and never came home," Stoke said.

            Teodor Blane, the shipping magnate whose $3 million gift rebuilt the pier's east arm, said he would pay for a new one. "This town gave me everything," Blane said.
            """);
        File.WriteAllText(_articles["tram-crash.txt"], """
            Tram jumps the rails in city centre

            Two people were hurt when a tram left the rails on Quay Street on Friday.

            Osric Nell, who saw the tram tip onto its side, said it was going far too fast. "It came round the bend like a train," Nell said.

            Ada Pimm, who watched from a cafe window, said the driver climbed out unhurt. "He was shaking but he was fine," Pimm said.
            """);
        File.WriteAllText(_articles["ferry-rescue.txt"], """
            Ferry crew pulls nine from the sea

            The Coastal Rescue Agency (CRA) sent two boats after a yacht overturned off Brill Head on Saturday.

            The Sea Lark, a passenger ferry on its way to Brill, picked up nine sailors from the water.

            "The water was eight degrees and they had been in it an hour," the ferry's captain, Jorun Vesk, told reporters.

            "We train for this every month," said the agency's commandant, Ilse Varga.
            """);
        File.WriteAllText(_articles["tug-strike.txt"], """
            Tug crews walk out at Port Orme

            "We will not move a ship until the pay offer improves," said the captain of a harbour tug, Ward Pellin.
            """);
        File.WriteAllText(_articles["dam-vote.txt"], """
            Valley votes to keep the old mill dam

            Voters in Brindle chose on Tuesday to keep the mill dam that the state wanted torn down.

            Hester Quayle, who teaches water law at Brindle University, said the vote would not bind the state. "The dam sits on state land, and the state decides," Quayle said.

            Piet Soren, who teaches music at the valley school, said the children had sung at the dam every spring. "It is part of the town," Soren said.
            """);
        _knowledge = new RoleClauseKnowledge(_articles.Path);
    }

    [Theory]
    // "who was fishing … when the boards split": she was there when it happened
    [InlineData("What did the witness say about the pier?", "Pella Draycott")]
    // "whose husband drowned"
    [InlineData("What did the widow say?", "Mirren Stoke")]
    // "whose $3 million gift rebuilt …": the donor, or the booster a sports page would call him
    [InlineData("What did the donor say?", "Teodor Blane")]
    [InlineData("What did the booster say?", "Teodor Blane")]
    // "who teaches water law at …": the law professor, and the words before the role noun are the subject she teaches
    [InlineData("What did the law professor say?", "Hester Quayle")]
    [InlineData("What did the music teacher say?", "Piet Soren")]
    public void ARoleTheArticleTellsByAClauseFindsThePerson(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Theory]
    // two captains are quoted: the one of the ship the question names after "of"
    [InlineData("What did the captain of the Sea Lark say?", "Jorun Vesk")]
    // the body by its initials, which the article spells out, and the title it gives her
    [InlineData("What did the CRA commandant say?", "Ilse Varga")]
    public void ATitleNarrowedDownByWhoseItIsFindsThePersonQuotedBesideIt(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Fact]
    public void TwoPeopleOfTheRoleAreAskedBackNotGuessed()
    {
        // the pier's witness and the tram's two: which one is asked
        var answer = _knowledge.Answerer.Ask("What did the witness say?");
        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Contains("Osric Nell", answer.Message);
        Assert.Contains("Ada Pimm", answer.Message);
    }

    [Fact]
    public void APersonTheClauseDoesNotDescribeIsNeverTheRole()
    {
        // the engineer neither saw, lost nor gave anything: no widower, survivor or donor is him
        // and a teacher of music is no law professor, nor one of history
        foreach (var question in new[] { "What did the widower say?", "What did the survivor say?", "What did the history professor say?" })
        {
            var answer = _knowledge.Answerer.Ask(question);
            Assert.NotEqual(AnswerKind.Statements, answer.Kind);
        }
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class RoleClauseKnowledge(string path) : IndexedKnowledge(path);
}
