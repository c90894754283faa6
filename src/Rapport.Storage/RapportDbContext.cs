using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rapport.Storage.Connections;
using Rapport.Storage.Curation;
using Rapport.Storage.Model;

namespace Rapport.Storage;

/// <summary>
/// The one model of the ledger, shared by both engines. Each engine has a subclass only so that its
/// migrations live apart; nothing engine-specific belongs here.
/// </summary>
public abstract class RapportDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<Identity> Identities => Set<Identity>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Like> Likes => Set<Like>();
    public DbSet<DirectMessage> DirectMessages => Set<DirectMessage>();
    public DbSet<Touch> Touches => Set<Touch>();
    public DbSet<ContactList> ContactLists => Set<ContactList>();
    public DbSet<ContactListMember> ContactListMembers => Set<ContactListMember>();
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<HandleChange> HandleChanges => Set<HandleChange>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<CurationDraft> CurationDrafts => Set<CurationDraft>();
    public DbSet<CurationQueueItem> CurationQueueItems => Set<CurationQueueItem>();
    public DbSet<CurationPostingSlot> CurationPostingSlots => Set<CurationPostingSlot>();
    public DbSet<CadenceTierSetting> CadenceTiers => Set<CadenceTierSetting>();
    public DbSet<PersonCadenceSetting> PersonCadences => Set<PersonCadenceSetting>();
    public DbSet<ListCadenceSetting> ListCadences => Set<ListCadenceSetting>();
    public DbSet<CadenceDeferral> CadenceDeferrals => Set<CadenceDeferral>();
    public DbSet<CadenceDue> CadenceDue => Set<CadenceDue>();
    public DbSet<CadenceDueDay> CadenceDueDays => Set<CadenceDueDay>();
    public DbSet<CadenceCacheState> CadenceCacheStates => Set<CadenceCacheState>();
    public DbSet<PersonTag> PersonTags => Set<PersonTag>();
    public DbSet<Chat> Chats => Set<Chat>();
    public DbSet<ChatTranscriptPost> ChatTranscriptPosts => Set<ChatTranscriptPost>();
    public DbSet<ConnectionDecisionRow> ConnectionDecisions => Set<ConnectionDecisionRow>();
    public DbSet<SiteSnapshotRow> SiteSnapshots => Set<SiteSnapshotRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite hands DateTime back without a kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.HasMany(p => p.Identities).WithOne(i => i.Person).HasForeignKey(i => i.PersonId);
        });

        modelBuilder.Entity<Identity>(identity =>
        {
            identity.ToTable("identities");
            identity.Property(i => i.Network).HasConversion<string>().HasMaxLength(16);
            identity.HasIndex(i => new { i.Network, i.ExternalKey }).IsUnique();
            identity.HasIndex(i => new { i.Network, i.HandleKey });
            identity.HasIndex(i => i.PersonId);

            // Serves the people listing by handle and its cursor: a page is one range of this index.
            identity.HasIndex(i => new { i.HandleKey, i.Id });

            // Kept by the database's own triggers on touches (see the TouchCounts migrations), never by EF.
            identity.Property(i => i.TouchCount).HasDefaultValue(0);
            identity.Property(i => i.LastTouchAt);

            // Serves the most-touched listing: the first page is the head of this index, ties sorted by handle
            // within each count; is_ego is there so that the listing's filter reads no table row.
            identity.HasIndex(i => new { i.TouchCount, i.HandleKey, i.Id, i.IsEgo }).IsDescending(true, false, false, false);
        });

        modelBuilder.Entity<Follow>(follow =>
        {
            follow.ToTable("follows");
            follow.Property(f => f.Direction).HasConversion<string>().HasMaxLength(16);
            follow.HasIndex(f => new { f.EgoIdentityId, f.IdentityId, f.Direction }).IsUnique();
            follow.HasIndex(f => f.IdentityId);
            follow.HasOne<Identity>().WithMany().HasForeignKey(f => f.EgoIdentityId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<Identity>().WithMany().HasForeignKey(f => f.IdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Post>(post =>
        {
            post.ToTable("posts");
            post.Property(p => p.Network).HasConversion<string>().HasMaxLength(16);
            post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            post.HasIndex(p => new { p.Network, p.ExternalId }).IsUnique();
            post.HasIndex(p => new { p.AuthorIdentityId, p.CreatedAt });
            post.HasIndex(p => p.InReplyToIdentityId);
            post.HasOne<Identity>().WithMany().HasForeignKey(p => p.AuthorIdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Like>(like =>
        {
            like.ToTable("likes");
            like.Property(l => l.Network).HasConversion<string>().HasMaxLength(16);
            like.HasIndex(l => new { l.EgoIdentityId, l.Network, l.PostExternalId }).IsUnique();
            like.HasOne<Identity>().WithMany().HasForeignKey(l => l.EgoIdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DirectMessage>(message =>
        {
            message.ToTable("direct_messages");
            message.Property(m => m.Network).HasConversion<string>().HasMaxLength(16);
            message.HasIndex(m => new { m.Network, m.ExternalId }).IsUnique();
            message.HasIndex(m => m.SenderIdentityId);
            message.HasOne<Identity>().WithMany().HasForeignKey(m => m.SenderIdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Touch>(touch =>
        {
            touch.ToTable("touches");
            touch.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
            touch.Property(t => t.Direction).HasConversion<string>().HasMaxLength(8);
            touch.Property(t => t.Visibility).HasConversion<string>().HasMaxLength(8);
            touch.HasIndex(t => t.SourceRef).IsUnique();
            // Direction rides along so the Today queue's 30/90/365-day counts each way are read from the index
            // alone, without a row look-up per touch.
            touch.HasIndex(t => new { t.PersonId, t.OccurredAt, t.Direction });
            touch.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
            touch.HasOne<Identity>().WithMany().HasForeignKey(t => t.IdentityId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<ContactList>(list =>
        {
            list.ToTable("contact_lists");
            list.HasIndex(l => l.ExternalUrl).IsUnique();
        });

        modelBuilder.Entity<ContactListMember>(member =>
        {
            member.ToTable("contact_list_members");
            member.HasKey(m => new { m.ListId, m.PersonId });
            member.HasIndex(m => m.PersonId);
            member.HasOne<ContactList>().WithMany().HasForeignKey(m => m.ListId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.HasIndex(n => n.PersonId);
            note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HandleChange>(change =>
        {
            change.ToTable("handle_changes");
            change.HasIndex(c => new { c.IdentityId, c.ChangedAt, c.ChangedTo }).IsUnique();
            change.HasOne<Identity>().WithMany().HasForeignKey(c => c.IdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ImportRun>(run =>
        {
            run.ToTable("import_runs");
            run.HasIndex(r => r.Fingerprint);
        });

        CurationModel.Configure(modelBuilder);

        KeepInTouchModel.Configure(modelBuilder);
        ProfilesSearchModel.Configure(modelBuilder);

        modelBuilder.Entity<Chat>(chat =>
        {
            chat.ToTable("chats");
            chat.HasIndex(c => c.NameKey).IsUnique();
        });

        modelBuilder.Entity<ChatTranscriptPost>(post =>
        {
            post.ToTable("chat_transcript_posts");
            post.HasIndex(p => new { p.ChatId, p.PostKey }).IsUnique();
            post.HasIndex(p => new { p.ChatId, p.PostedAt });
            post.HasOne<Chat>().WithMany().HasForeignKey(p => p.ChatId).OnDelete(DeleteBehavior.Cascade);
        });

        ConnectionsModel.Configure(modelBuilder);

        UseSnakeCaseColumns(modelBuilder);
    }

    /// <summary>Bulk paths write raw SQL on both engines; one lower-case naming keeps it portable.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetDefaultName() ?? key.GetName() ?? "pk"));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetDefaultName() ?? "fk"));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDefaultDatabaseName() ?? "ix"));
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
