using System.Text.Json.Serialization;
using Rapport.Core.Connections;

namespace Rapport.Storage.Connections;

/// <summary>Source-generated JSON for the evidence kept with a decision.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IReadOnlyList<Evidence>))]
internal sealed partial class ConnectionJson : JsonSerializerContext;
