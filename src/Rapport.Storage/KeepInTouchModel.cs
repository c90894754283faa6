using Microsoft.EntityFrameworkCore;
using Rapport.Storage.Model;

namespace Rapport.Storage;

/// <summary>The tables of keeping in touch: cadence settings, deferrals and the due cache the Today queue reads.</summary>
internal static class KeepInTouchModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CadenceTierSetting>(tier =>
        {
            tier.ToTable("cadence_tiers");
            tier.Property(t => t.Name).HasMaxLength(64);
            tier.Property(t => t.NameKey).HasMaxLength(64);
            tier.Property(t => t.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            tier.HasIndex(t => t.NameKey).IsUnique();
        });

        modelBuilder.Entity<PersonCadenceSetting>(setting =>
        {
            setting.ToTable("person_cadences");
            setting.HasKey(s => s.PersonId);
            setting.Property(s => s.TierName).HasMaxLength(64);
            setting.Property(s => s.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            setting.HasOne<Person>().WithOne().HasForeignKey<PersonCadenceSetting>(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ListCadenceSetting>(setting =>
        {
            setting.ToTable("list_cadences");
            setting.HasKey(s => s.ListId);
            setting.Property(s => s.TierName).HasMaxLength(64);
            setting.Property(s => s.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            setting.HasOne<ContactList>().WithOne().HasForeignKey<ListCadenceSetting>(s => s.ListId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CadenceDeferral>(deferral =>
        {
            deferral.ToTable("cadence_deferrals");
            deferral.Property(d => d.Kind).HasConversion<string>().HasMaxLength(8);
            deferral.Property(d => d.Reason).HasMaxLength(500);
            deferral.HasIndex(d => new { d.PersonId, d.At });
            deferral.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CadenceDue>(due =>
        {
            due.ToTable("cadence_due");
            due.HasKey(d => d.PersonId);
            due.Property(d => d.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            due.Property(d => d.TierName).HasMaxLength(64);
            due.Property(d => d.Source).HasConversion<string>().HasMaxLength(8);
            due.Property(d => d.LastTouchChannel).HasConversion<string>().HasMaxLength(16);
            due.Property(d => d.LastTouchDirection).HasConversion<string>().HasMaxLength(8);
            due.Property(d => d.LastTouchVisibility).HasConversion<string>().HasMaxLength(8);
            due.Property(d => d.DeferralKind).HasConversion<string>().HasMaxLength(8);
            due.HasIndex(d => new { d.IntervalUnit, d.IntervalCount, d.DueDay, d.PersonId });
            due.HasIndex(d => d.DueDay);
            due.HasOne<Person>().WithOne().HasForeignKey<CadenceDue>(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CadenceDueDay>(day =>
        {
            day.ToTable("cadence_due_days");
            day.HasKey(d => new { d.IntervalUnit, d.IntervalCount, d.DueDay });
            day.Property(d => d.IntervalUnit).HasConversion<string>().HasMaxLength(8);
        });

        modelBuilder.Entity<CadenceCacheState>(state =>
        {
            state.ToTable("cadence_cache_state");
            state.Property(s => s.Id).ValueGeneratedNever();
            state.Property(s => s.TimeZone).HasMaxLength(100);
        });

        modelBuilder.Entity<PersonTag>(tag =>
        {
            tag.ToTable("person_tags");
            tag.HasKey(t => new { t.PersonId, t.NameKey });
            tag.Property(t => t.Name).HasMaxLength(64);
            tag.Property(t => t.NameKey).HasMaxLength(64);
            tag.HasIndex(t => t.NameKey);
            tag.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        // Finds the touches an import recorded since the due cache last looked.
        modelBuilder.Entity<Touch>().HasIndex(t => t.RecordedAt);
    }
}
