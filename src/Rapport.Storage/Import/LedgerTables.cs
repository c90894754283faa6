namespace Rapport.Storage.Import;

/// <summary>The tables an import writes, in the order their foreign keys allow them to be written.</summary>
internal static class LedgerTables
{
    public static readonly TableSpec People = new(
        "people",
        ("display_name", ColumnType.Text),
        ("is_ego", ColumnType.Boolean),
        ("created_at", ColumnType.Timestamp));

    public static readonly TableSpec Identities = new(
        "identities",
        ("person_id", ColumnType.Int64),
        ("network", ColumnType.Text),
        ("external_key", ColumnType.Text),
        ("external_id", ColumnType.Text),
        ("handle", ColumnType.Text),
        ("handle_key", ColumnType.Text),
        ("display_name", ColumnType.Text),
        ("bio", ColumnType.Text),
        ("location", ColumnType.Text),
        ("website", ColumnType.Text),
        ("avatar_url", ColumnType.Text),
        ("time_zone", ColumnType.Text),
        ("is_ego", ColumnType.Boolean),
        ("first_seen", ColumnType.Timestamp),
        ("last_seen", ColumnType.Timestamp),
        ("content_hash", ColumnType.Int64));

    public static readonly TableSpec HandleChanges = new(
        "handle_changes",
        ("identity_id", ColumnType.Int64),
        ("changed_at", ColumnType.Timestamp),
        ("changed_from", ColumnType.Text),
        ("changed_to", ColumnType.Text));

    public static readonly TableSpec ProfileChanges = new(
        "profile_changes",
        ("identity_id", ColumnType.Int64),
        ("field", ColumnType.Text),
        ("before", ColumnType.Text),
        ("after", ColumnType.Text),
        ("seen_at", ColumnType.Timestamp));

    public static readonly TableSpec Follows = new(
        "follows",
        ("ego_identity_id", ColumnType.Int64),
        ("identity_id", ColumnType.Int64),
        ("direction", ColumnType.Text),
        ("first_seen", ColumnType.Timestamp),
        ("last_seen", ColumnType.Timestamp));

    public static readonly TableSpec Posts = new(
        "posts",
        ("network", ColumnType.Text),
        ("external_id", ColumnType.Text),
        ("author_identity_id", ColumnType.Int64),
        ("created_at", ColumnType.Timestamp),
        ("text", ColumnType.Text),
        ("kind", ColumnType.Text),
        ("in_reply_to_external_id", ColumnType.Text),
        ("in_reply_to_identity_id", ColumnType.Int64),
        ("quoted_external_id", ColumnType.Text),
        ("quoted_identity_id", ColumnType.Int64),
        ("mentions", ColumnType.Text),
        ("hashtags", ColumnType.Text),
        ("cashtags", ColumnType.Text),
        ("urls", ColumnType.Text),
        ("content_hash", ColumnType.Int64));

    public static readonly TableSpec Likes = new(
        "likes",
        ("ego_identity_id", ColumnType.Int64),
        ("network", ColumnType.Text),
        ("post_external_id", ColumnType.Text),
        ("text", ColumnType.Text),
        ("url", ColumnType.Text),
        ("estimated_at", ColumnType.Timestamp),
        ("content_hash", ColumnType.Int64));

    public static readonly TableSpec DirectMessages = new(
        "direct_messages",
        ("network", ColumnType.Text),
        ("external_id", ColumnType.Text),
        ("conversation_id", ColumnType.Text),
        ("sender_identity_id", ColumnType.Int64),
        ("sent_at", ColumnType.Timestamp),
        ("is_group", ColumnType.Boolean),
        ("recipient_count", ColumnType.Int32),
        ("text", ColumnType.Text),
        ("content_hash", ColumnType.Int64));

    public static readonly TableSpec Touches = new(
        "touches",
        ("person_id", ColumnType.Int64),
        ("identity_id", ColumnType.Int64),
        ("channel", ColumnType.Text),
        ("direction", ColumnType.Text),
        ("visibility", ColumnType.Text),
        ("occurred_at", ColumnType.Timestamp),
        ("is_time_estimated", ColumnType.Boolean),
        ("source_ref", ColumnType.Text),
        ("note", ColumnType.Text),
        ("recorded_at", ColumnType.Timestamp),
        ("content_hash", ColumnType.Int64));

    public static readonly TableSpec ContactLists = new(
        "contact_lists",
        ("name", ColumnType.Text),
        ("description", ColumnType.Text),
        ("external_url", ColumnType.Text),
        ("is_read_only", ColumnType.Boolean),
        ("created_at", ColumnType.Timestamp));

    public static readonly TableSpec ImportRuns = new(
        "import_runs",
        ("source", ColumnType.Text),
        ("network", ColumnType.Text),
        ("started_at", ColumnType.Timestamp),
        ("finished_at", ColumnType.Timestamp),
        ("summary", ColumnType.Text),
        ("fingerprint", ColumnType.Text));

    public static IReadOnlyList<TableSpec> InWriteOrder { get; } =
        [People, Identities, HandleChanges, ProfileChanges, Follows, Posts, Likes, DirectMessages, Touches, ContactLists, ImportRuns];
}
