using Microsoft.EntityFrameworkCore;
using Rapport.Storage.Model;

namespace Rapport.Storage.Curation;

/// <summary>The tables of curation: drafts, the posting queue and each network's slot plan.</summary>
internal static class CurationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CurationDraft>(draft =>
        {
            draft.ToTable("drafts");
            draft.HasIndex(d => d.UpdatedAt);
            draft.Property(d => d.QuotedNetwork).HasConversion<string>().HasMaxLength(16);
            draft.Property(d => d.QuotedPostId).HasMaxLength(512);
            draft.Property(d => d.QuotedAuthor).HasMaxLength(300);
            draft.Property(d => d.QuotedServer).HasMaxLength(253);
            draft.Property(d => d.UtmSource).HasMaxLength(100);
            draft.Property(d => d.UtmMedium).HasMaxLength(100);
            draft.Property(d => d.UtmCampaign).HasMaxLength(100);
        });

        modelBuilder.Entity<CurationQueueItem>(item =>
        {
            item.ToTable("queue_items");
            item.Property(i => i.Network).HasMaxLength(16);
            item.HasIndex(i => new { i.SharedAt, i.ScheduledAt });
            item.HasIndex(i => new { i.DraftId, i.Network });
            item.HasOne<CurationDraft>().WithMany().HasForeignKey(i => i.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CurationPostingSlot>(slot =>
        {
            slot.ToTable("posting_slots");
            slot.Property(s => s.Network).HasMaxLength(16);
            slot.HasIndex(s => new { s.Network, s.Day, s.Minute }).IsUnique();
        });
    }
}
