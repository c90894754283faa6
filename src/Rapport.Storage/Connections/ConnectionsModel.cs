using Microsoft.EntityFrameworkCore;
using Rapport.Storage.Model;

namespace Rapport.Storage.Connections;

/// <summary>The tables of connection points: the user's decisions on points, fetched site snapshots, and the index that finds the ego.</summary>
internal static class ConnectionsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConnectionDecisionRow>(decision =>
        {
            decision.ToTable("connection_decisions");
            decision.Property(d => d.PointId).HasMaxLength(200);
            decision.Property(d => d.Label).HasMaxLength(300);
            decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
            decision.Property(d => d.Decision).HasConversion<string>().HasMaxLength(12);
            decision.HasIndex(d => new { d.PersonId, d.PointId }).IsUnique();
            decision.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SiteSnapshotRow>(site =>
        {
            site.ToTable("site_snapshots");
            site.HasKey(s => s.PersonId);
            site.Property(s => s.Url).HasMaxLength(2000);
            site.Property(s => s.Title).HasMaxLength(300);
            site.Property(s => s.Description).HasMaxLength(1000);
            site.HasOne<Person>().WithOne().HasForeignKey<SiteSnapshotRow>(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        // Every connection read starts from the ego; without this it is a scan of all known identities.
        modelBuilder.Entity<Identity>().HasIndex(i => i.IsEgo);
    }
}
