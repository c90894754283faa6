using System.Text.Json;

namespace Rapport.Importers.XArchive;

/// <summary>Lenient field access: X writes numbers as strings and strings as numbers, and leaves fields out.</summary>
internal static class JsonFields
{
    public static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>An id as text: numeric ids overflow a double, so a number is kept as its digits.</summary>
    public static string? Id(JsonElement element, string stringName, string numberName)
    {
        var id = Text(element, stringName) ?? Text(element, numberName);
        return string.IsNullOrEmpty(id) ? null : id;
    }

    public static string RequiredText(JsonElement element, string name) =>
        Text(element, name) is { Length: > 0 } value ? value : throw new InvalidRecordException($"has no \"{name}\"");

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static JsonElement RequiredObject(JsonElement element, string name) =>
        Object(element, name) ?? throw new InvalidRecordException($"has no \"{name}\" object");

    public static ArrayEnumerable Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? new ArrayEnumerable(value)
            : default;

    /// <summary>Enumerates an array, or nothing when the field was absent.</summary>
    internal readonly struct ArrayEnumerable(JsonElement array)
    {
        public JsonElement.ArrayEnumerator GetEnumerator() =>
            array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : default;
    }
}
