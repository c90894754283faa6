using System.Text.Json.Nodes;
using Rapport.Text.Networks;

namespace Rapport.Text.Composer;

/// <summary>One post of a draft: its text as sent, how it counts, and the body of the network's create call.</summary>
public sealed record DraftPost(string Text, PostCount Count, JsonObject Payload);
