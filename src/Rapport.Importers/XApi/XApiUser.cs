using System.Text.Json;
using Rapport.Core.Import;
using Rapport.Importers.XArchive;

namespace Rapport.Importers.XApi;

/// <summary>A user object of API v2 (<c>username</c>) or v1.1 (<c>screen_name</c>) as a profile.</summary>
internal static class XApiUser
{
    public const int MaxBioLength = 2_000;
    public const int MaxFieldLength = 500;

    public static IEnumerable<ProfileRecord> Read(JsonElement user, string path)
    {
        if (user.ValueKind != JsonValueKind.Object)
        {
            throw new XApiShapeException(path, "expected a user object");
        }

        var id = IdOf(user, path);
        var isV1 = user.TryGetProperty("screen_name", out _);
        var handle = JsonFields.Text(user, isV1 ? "screen_name" : "username");
        if (string.IsNullOrWhiteSpace(handle))
        {
            throw new XApiShapeException(path, $"a user without \"{(isV1 ? "screen_name" : "username")}\"");
        }

        var links = Links(user, "description");
        var bio = JsonFields.Text(user, "description") is { } description
            ? PostText.ExpandLinks(PostText.Decode(description), links)
            : null;
        var website = Links(user, "url").Select(link => link.Expanded).FirstOrDefault(url => url.Length > 0)
            ?? JsonFields.Text(user, "url");
        yield return new ProfileRecord
        {
            ExternalId = id,
            Handle = Bound(handle.Trim().TrimStart('@'), MaxFieldLength)!,
            DisplayName = Bound(JsonFields.Text(user, "name"), MaxFieldLength),
            Bio = Bound(EmptyAsNull(bio), MaxBioLength),
            Location = Bound(EmptyAsNull(JsonFields.Text(user, "location")), MaxFieldLength),
            Website = Bound(EmptyAsNull(website), MaxFieldLength),
            AvatarUrl = Bound(EmptyAsNull(JsonFields.Text(user, isV1 ? "profile_image_url_https" : "profile_image_url")), MaxFieldLength),

            // v1.1 always sends every field; v2 sends a bio only when asked for it.
            IsPartial = !isV1 && !user.TryGetProperty("description", out _),
        };
    }

    public static string IdOf(JsonElement user, string path)
    {
        var id = JsonFields.Id(user, "id_str", "id");
        return id is not null && id.All(char.IsAsciiDigit) && id.Length <= 20
            ? id
            : throw new XApiShapeException(path, "a user without a numeric \"id\"");
    }

    /// <summary>A user's <c>entities.url.urls</c> or <c>entities.description.urls</c>: t.co links and what they stand for.</summary>
    private static List<(string Short, string Expanded)> Links(JsonElement user, string field)
    {
        var links = new List<(string, string)>();
        if (JsonFields.Object(user, "entities") is { } entities && JsonFields.Object(entities, field) is { } block)
        {
            foreach (var url in JsonFields.Array(block, "urls"))
            {
                var shortUrl = JsonFields.Text(url, "url");
                var expanded = JsonFields.Text(url, "expanded_url");
                if (!string.IsNullOrEmpty(shortUrl) && !string.IsNullOrEmpty(expanded))
                {
                    links.Add((shortUrl, expanded));
                }
            }
        }

        return links;
    }

    private static string? EmptyAsNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    internal static string? Bound(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
