global using NewsBot.Bot.Api;
