using Rapport.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddRapportWeb(args);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseRapportWeb();
await app.RunAsync();
