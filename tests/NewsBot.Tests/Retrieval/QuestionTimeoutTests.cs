using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>A question's patterns run out of time only when the thread stalls; a stall does not change what was asked.</summary>
public sealed class QuestionTimeoutTests
{
    private static RegexMatchTimeoutException Timeout() => new("what else did they report", "pattern", TimeSpan.FromSeconds(1));

    [Fact]
    public void AReadingThatTimesOutOnceIsReadAgain()
    {
        int reads = 0;
        var kind = Question.ReadTwice(() => ++reads == 1 ? throw Timeout() : QuestionKind.Statements, QuestionKind.Factoid);
        Assert.Equal(QuestionKind.Statements, kind);
        Assert.Equal(2, reads);
    }

    [Fact]
    public void AReadingThatTimesOutTwiceGivesTheFallback()
    {
        int reads = 0;
        var kind = Question.ReadTwice<QuestionKind>(() => { reads++; throw Timeout(); }, QuestionKind.Factoid);
        Assert.Equal(QuestionKind.Factoid, kind);
        Assert.Equal(2, reads);
    }

    [Fact]
    public void AnErrorThatIsNoTimeoutIsNotHidden() =>
        Assert.Throws<InvalidOperationException>(() => Question.ReadTwice<QuestionKind>(() => throw new InvalidOperationException(), QuestionKind.Factoid));

    public static TheoryData<string> LongestQuestions() =>
    [
        "what did " + string.Concat(Enumerable.Repeat("a ", 500)),
        "what else did " + string.Concat(Enumerable.Repeat("told me ", 125)),
        "what advice did " + string.Concat(Enumerable.Repeat("she gave ", 111)),
        "did " + string.Concat(Enumerable.Repeat("x said ", 142)),
        "what is " + string.Concat(Enumerable.Repeat("x's ", 248)),
    ];

    [Theory]
    [MemberData(nameof(LongestQuestions))]
    public void TheLongestQuestionIsReadFarWithinThePatternsTimeout(string question)
    {
        Question.Parse(question);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 3; i++) Question.Parse(question);
        // a few milliseconds each on a quiet machine; the patterns' timeout is a second
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(3 * 250), $"{clock.Elapsed.TotalMilliseconds / 3:F0} ms a parse");
    }
}
