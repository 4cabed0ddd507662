using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "What time did the tremor hit?": an article writes the deed in its own verb ("struck"), and the hour it gives
/// ("at 3:17 a.m. Tuesday") answers the question all the same.
/// </summary>
public sealed class TremorTimeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TremorKnowledge _knowledge;

    public TremorTimeQuestionsTests()
    {
        File.WriteAllText(_articles["tremor.txt"], """
            Quake rattles Velmora, flood alert raised for Dask Bay

            A magnitude 4.9 earthquake struck beneath the hills of Velmora Province at 3:17 a.m. Tuesday, rattling windows across the northern valleys and prompting the Velmoran Seismic Bureau to raise a flood alert for Dask Bay.

            The quake's epicentre lay some 40 kilometers west of the port of Orlenz, at a depth of 15 km, the bureau said.

            The alert was eased to a watch at 9 a.m. and withdrawn entirely at 2:30 p.m.

            Three people were injured by shelves toppled in the quake, according to the regional fire brigade.
            """);
        _knowledge = new TremorKnowledge(_articles.Path);
    }

    [Fact]
    public void WhatTimeTheQuakeHitIsTheHourItStruck()
    {
        var answer = _knowledge.Answerer.Ask("What time did the quake hit?");
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains("3:17 a.m.", answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TremorKnowledge(string path) : IndexedKnowledge(path);
}
