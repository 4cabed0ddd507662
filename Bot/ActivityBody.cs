using System.Text.Json;

namespace NewsBot.Bot;

/// <summary>
/// Checks that a request body is a JSON object with a "type", the least an activity must be, so malformed input gets
/// a 400 with a plain explanation instead of reaching the adapter. A forward-only read of the bytes <see cref="BotMessages"/>
/// then parses.
/// </summary>
public static class ActivityBody
{
    public static string? Check(ReadOnlySpan<byte> body)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty) return "The request body is empty; send a Bot Framework activity as JSON.";
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject) return "The request body must be a JSON object (a Bot Framework activity).";
            bool hasType = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                // top-level properties only: "type" must be a non-empty string
                bool isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType) hasType = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0 && !IsBlank(reader.GetString());
                reader.Skip();
            }
            while (reader.Read()) { } // the rest must still be valid JSON
            return hasType ? null : "The activity has no \"type\".";
        }
        catch (JsonException e)
        {
            return $"The request body is not a JSON activity ({e.Message.Split('.')[0]}).";
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
