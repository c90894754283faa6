using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Rapport.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadence_cache_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    touches_recorded_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_cache_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cadence_tiers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    channel_mask = table.Column<int>(type: "integer", nullable: false),
                    direction_mask = table.Column<int>(type: "integer", nullable: false),
                    visibility_mask = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_tiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chats",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    hashtags = table.Column<string>(type: "text", nullable: false),
                    hosts = table.Column<string>(type: "text", nullable: false),
                    topic = table.Column<string>(type: "text", nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    recurrence_rule = table.Column<string>(type: "text", nullable: false),
                    time_zone_id = table.Column<string>(type: "text", nullable: false),
                    first_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    attending = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chats", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_lists",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    external_url = table.Column<string>(type: "text", nullable: true),
                    is_read_only = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    comment = table.Column<string>(type: "text", nullable: false),
                    quote = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    article_title = table.Column<string>(type: "text", nullable: true),
                    selector_exact = table.Column<string>(type: "text", nullable: true),
                    selector_prefix = table.Column<string>(type: "text", nullable: true),
                    selector_suffix = table.Column<string>(type: "text", nullable: true),
                    text_fragment_link = table.Column<string>(type: "text", nullable: true),
                    credits = table.Column<string>(type: "text", nullable: false),
                    hashtags = table.Column<string>(type: "text", nullable: false),
                    networks = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drafts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "text", nullable: false),
                    network = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    fingerprint = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    is_ego = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chat_transcript_posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    chat_id = table.Column<long>(type: "bigint", nullable: false),
                    post_key = table.Column<string>(type: "text", nullable: false),
                    author = table.Column<string>(type: "text", nullable: false),
                    posted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    reply_to_key = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chat_transcript_posts", x => x.id);
                    table.ForeignKey(
                        name: "fk_chat_transcript_posts_chats_chat_id",
                        column: x => x.chat_id,
                        principalTable: "chats",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "list_cadences",
                columns: table => new
                {
                    list_id = table.Column<long>(type: "bigint", nullable: false),
                    tier_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    channel_mask = table.Column<int>(type: "integer", nullable: false),
                    direction_mask = table.Column<int>(type: "integer", nullable: false),
                    visibility_mask = table.Column<int>(type: "integer", nullable: false),
                    set_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_cadences", x => x.list_id);
                    table.ForeignKey(
                        name: "fk_list_cadences_contact_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "contact_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadence_deferrals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_deferrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_cadence_deferrals_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadence_due",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    due_day = table.Column<DateOnly>(type: "date", nullable: false),
                    tier_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel_mask = table.Column<int>(type: "integer", nullable: false),
                    direction_mask = table.Column<int>(type: "integer", nullable: false),
                    visibility_mask = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    list_name = table.Column<string>(type: "text", nullable: true),
                    last_touch_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_touch_channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    last_touch_direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    last_touch_visibility = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    last_touch_estimated = table.Column<bool>(type: "boolean", nullable: false),
                    last_touch_note = table.Column<string>(type: "text", nullable: true),
                    deferral_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    deferral_until = table.Column<DateOnly>(type: "date", nullable: true),
                    deferral_reason = table.Column<string>(type: "text", nullable: true),
                    deferral_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    out30 = table.Column<int>(type: "integer", nullable: false),
                    in30 = table.Column<int>(type: "integer", nullable: false),
                    out90 = table.Column<int>(type: "integer", nullable: false),
                    in90 = table.Column<int>(type: "integer", nullable: false),
                    out365 = table.Column<int>(type: "integer", nullable: false),
                    in365 = table.Column<int>(type: "integer", nullable: false),
                    last_out = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_in = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadence_due", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_cadence_due_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_list_members",
                columns: table => new
                {
                    list_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_list_members", x => new { x.list_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_contact_list_members_contact_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "contact_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_list_members_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identities",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_key = table.Column<string>(type: "text", nullable: false),
                    external_id = table.Column<string>(type: "text", nullable: true),
                    handle = table.Column<string>(type: "text", nullable: true),
                    handle_key = table.Column<string>(type: "text", nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    bio = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "text", nullable: true),
                    website = table.Column<string>(type: "text", nullable: true),
                    avatar_url = table.Column<string>(type: "text", nullable: true),
                    time_zone = table.Column<string>(type: "text", nullable: true),
                    is_ego = table.Column<bool>(type: "boolean", nullable: false),
                    first_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identities", x => x.id);
                    table.ForeignKey(
                        name: "fk_identities_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_notes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_cadences",
                columns: table => new
                {
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    tier_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    interval_count = table.Column<int>(type: "integer", nullable: true),
                    channel_mask = table.Column<int>(type: "integer", nullable: true),
                    direction_mask = table.Column<int>(type: "integer", nullable: true),
                    visibility_mask = table.Column<int>(type: "integer", nullable: true),
                    set_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_cadences", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_person_cadences_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "direct_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "text", nullable: false),
                    conversation_id = table.Column<string>(type: "text", nullable: false),
                    sender_identity_id = table.Column<long>(type: "bigint", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_group = table.Column<bool>(type: "boolean", nullable: false),
                    recipient_count = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_direct_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_direct_messages_identities_sender_identity_id",
                        column: x => x.sender_identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ego_identity_id = table.Column<long>(type: "bigint", nullable: false),
                    identity_id = table.Column<long>(type: "bigint", nullable: false),
                    direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    first_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follows", x => x.id);
                    table.ForeignKey(
                        name: "fk_follows_identities_ego_identity_id",
                        column: x => x.ego_identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_follows_identities_identity_id",
                        column: x => x.identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "handle_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identity_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changed_from = table.Column<string>(type: "text", nullable: false),
                    changed_to = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handle_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_handle_changes_identities_identity_id",
                        column: x => x.identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "likes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ego_identity_id = table.Column<long>(type: "bigint", nullable: false),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    post_external_id = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    estimated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    content_hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_likes", x => x.id);
                    table.ForeignKey(
                        name: "fk_likes_identities_ego_identity_id",
                        column: x => x.ego_identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    network = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "text", nullable: false),
                    author_identity_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    in_reply_to_external_id = table.Column<string>(type: "text", nullable: true),
                    in_reply_to_identity_id = table.Column<long>(type: "bigint", nullable: true),
                    quoted_external_id = table.Column<string>(type: "text", nullable: true),
                    quoted_identity_id = table.Column<long>(type: "bigint", nullable: true),
                    mentions = table.Column<string>(type: "text", nullable: false),
                    hashtags = table.Column<string>(type: "text", nullable: false),
                    cashtags = table.Column<string>(type: "text", nullable: false),
                    urls = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => x.id);
                    table.ForeignKey(
                        name: "fk_posts_identities_author_identity_id",
                        column: x => x.author_identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "touches",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    identity_id = table.Column<long>(type: "bigint", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    visibility = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_time_estimated = table.Column<bool>(type: "boolean", nullable: false),
                    source_ref = table.Column<string>(type: "text", nullable: true),
                    note = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_touches", x => x.id);
                    table.ForeignKey(
                        name: "fk_touches_identities_identity_id",
                        column: x => x.identity_id,
                        principalTable: "identities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_touches_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cadence_deferrals_person_id_at",
                table: "cadence_deferrals",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_cadence_due_due_day",
                table: "cadence_due",
                column: "due_day");

            migrationBuilder.CreateIndex(
                name: "ix_cadence_due_interval_unit_interval_count_due_day_person_id",
                table: "cadence_due",
                columns: new[] { "interval_unit", "interval_count", "due_day", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cadence_tiers_name_key",
                table: "cadence_tiers",
                column: "name_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_chat_transcript_posts_chat_id_post_key",
                table: "chat_transcript_posts",
                columns: new[] { "chat_id", "post_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_chat_transcript_posts_chat_id_posted_at",
                table: "chat_transcript_posts",
                columns: new[] { "chat_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_chats_name_key",
                table: "chats",
                column: "name_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_list_members_person_id",
                table: "contact_list_members",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_lists_external_url",
                table: "contact_lists",
                column: "external_url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_direct_messages_network_external_id",
                table: "direct_messages",
                columns: new[] { "network", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_direct_messages_sender_identity_id",
                table: "direct_messages",
                column: "sender_identity_id");

            migrationBuilder.CreateIndex(
                name: "ix_drafts_updated_at",
                table: "drafts",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_follows_ego_identity_id_identity_id_direction",
                table: "follows",
                columns: new[] { "ego_identity_id", "identity_id", "direction" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follows_identity_id",
                table: "follows",
                column: "identity_id");

            migrationBuilder.CreateIndex(
                name: "ix_handle_changes_identity_id_changed_at_changed_to",
                table: "handle_changes",
                columns: new[] { "identity_id", "changed_at", "changed_to" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identities_network_external_key",
                table: "identities",
                columns: new[] { "network", "external_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_identities_network_handle_key",
                table: "identities",
                columns: new[] { "network", "handle_key" });

            migrationBuilder.CreateIndex(
                name: "ix_identities_person_id",
                table: "identities",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_import_runs_fingerprint",
                table: "import_runs",
                column: "fingerprint");

            migrationBuilder.CreateIndex(
                name: "ix_likes_ego_identity_id_network_post_external_id",
                table: "likes",
                columns: new[] { "ego_identity_id", "network", "post_external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notes_person_id",
                table: "notes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_author_identity_id_created_at",
                table: "posts",
                columns: new[] { "author_identity_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_in_reply_to_identity_id",
                table: "posts",
                column: "in_reply_to_identity_id");

            migrationBuilder.CreateIndex(
                name: "ix_posts_network_external_id",
                table: "posts",
                columns: new[] { "network", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_touches_identity_id",
                table: "touches",
                column: "identity_id");

            migrationBuilder.CreateIndex(
                name: "ix_touches_person_id_occurred_at",
                table: "touches",
                columns: new[] { "person_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_touches_recorded_at",
                table: "touches",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_touches_source_ref",
                table: "touches",
                column: "source_ref",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadence_cache_state");

            migrationBuilder.DropTable(
                name: "cadence_deferrals");

            migrationBuilder.DropTable(
                name: "cadence_due");

            migrationBuilder.DropTable(
                name: "cadence_tiers");

            migrationBuilder.DropTable(
                name: "chat_transcript_posts");

            migrationBuilder.DropTable(
                name: "contact_list_members");

            migrationBuilder.DropTable(
                name: "direct_messages");

            migrationBuilder.DropTable(
                name: "drafts");

            migrationBuilder.DropTable(
                name: "follows");

            migrationBuilder.DropTable(
                name: "handle_changes");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "likes");

            migrationBuilder.DropTable(
                name: "list_cadences");

            migrationBuilder.DropTable(
                name: "notes");

            migrationBuilder.DropTable(
                name: "person_cadences");

            migrationBuilder.DropTable(
                name: "posts");

            migrationBuilder.DropTable(
                name: "touches");

            migrationBuilder.DropTable(
                name: "chats");

            migrationBuilder.DropTable(
                name: "contact_lists");

            migrationBuilder.DropTable(
                name: "identities");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
