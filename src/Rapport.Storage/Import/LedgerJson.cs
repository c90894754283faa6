using System.Text.Json.Serialization;
using Rapport.Core.Import;

namespace Rapport.Storage.Import;

/// <summary>Source-generated JSON for the entity lists a post carries (fast, and no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<MentionRecord>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ImportKindCounts>))]
internal sealed partial class LedgerJson : JsonSerializerContext;
