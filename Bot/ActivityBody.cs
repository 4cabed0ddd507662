using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>Checks that a request body is a JSON object with a "type", the least an activity must be.</summary>
public static class ActivityBody
{
    public static async Task<string?> ProblemAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            if (string.IsNullOrWhiteSpace(body)) return "The request body is empty; send a Bot Framework activity as JSON.";
            JToken token;
            try { token = JToken.Parse(body); }
            catch (JsonException e) { return $"The request body is not valid JSON ({e.Message.Split('.')[0]})."; }
            if (token is not JObject activity) return "The request body must be a JSON object (a Bot Framework activity).";
            if (activity["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
                return "The activity has no \"type\".";
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
