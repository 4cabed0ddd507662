using NewsBot.Knowledge;
using NewsBot.Knowledge.Attribution;

namespace NewsBot.Bot.Api;

/// <summary><c>GET /api/articles</c> and <c>GET /api/articles/{id}/quotes</c>: the quote export of the contract.</summary>
public static class ArticlesApi
{
    public static void MapArticles(this WebApplication app)
    {
        app.MapGet("/api/articles", (KnowledgeStore store) => store.Articles.Select(a => new
        {
            id = a.Id,
            headline = a.Headline,
            paragraphs = a.Paragraphs,
            quotes = a.Quotes,
            speakers = a.Speakers.Select(s => new { name = s.Name, type = s.Type.ToString(), role = s.Role, quotes = s.Quotes, direct = s.Direct, indirect = s.Indirect }),
        }));

        app.MapGet("/api/articles/{id}/quotes", (string id, KnowledgeStore store) =>
        {
            var attributed = store.Attributed(id);
            if (attributed is null)
                return Results.Problem($"There is no article with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
            return Results.Ok(new
            {
                id,
                headline = attributed.Article.Headline,
                quotes = attributed.Quotes.Select(q => new
                {
                    kind = q.Kind.ToString().ToLowerInvariant(),
                    paragraph = q.Paragraph,
                    content = q.Content.Count == 1 ? (object)Span(q.Content[0])! : q.Content.Select(Span),
                    source = Span(q.Source),
                    cue = Span(q.Cue),
                    speaker = q.Speaker is { } s ? new { name = s.Name, type = s.Type.ToString(), role = s.Role } : null,
                }),
            });
        });
    }

    private static object? Span(TextSpan? span) => span is null ? null : new { start = span.Start, end = span.End, text = span.Text };
}
