namespace Rapport.Importers.XApi;

/// <summary>A JSON value that is not what an X API response holds at that place; <see cref="Path"/> says where.</summary>
internal sealed class XApiShapeException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
