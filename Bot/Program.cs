using NewsBot.Bot;
using NewsBot.Knowledge;

// Content root = the app's own folder, so the bundled articles and the default index are found the same way
// under `dotnet run`, from a published folder and in tests.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Configure the knowledge store (articles folder + Lucene index) and the bot.
builder.Services.AddKnowledge(builder.Environment.ContentRootPath);
builder.Services.AddNewsBot();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapBotMessages();
app.MapHealth();
app.MapArticles();

app.Run();

public partial class Program;
