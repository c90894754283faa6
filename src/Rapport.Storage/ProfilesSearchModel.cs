using Microsoft.EntityFrameworkCore;
using Rapport.Storage.Model;

namespace Rapport.Storage;

/// <summary>
/// The tables of knowing who you follow: profile history, triage rules and follower decisions. The
/// full-text indexes over identities and posts are engine-specific and live in each engine's migration.
/// </summary>
internal static class ProfilesSearchModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProfileChangeEntry>(change =>
        {
            change.ToTable("profile_changes");
            change.Property(c => c.Field).HasMaxLength(16);
            change.HasIndex(c => new { c.IdentityId, c.SeenAt });
            change.HasOne<Identity>().WithMany().HasForeignKey(c => c.IdentityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TriageRuleEntry>(rule =>
        {
            rule.ToTable("triage_rules");
            rule.Property(r => r.Text).HasMaxLength(1000);
        });

        modelBuilder.Entity<FollowerDecisionEntry>(decision =>
        {
            decision.ToTable("follower_decisions");
            decision.Property(d => d.Decision).HasMaxLength(16);
            decision.HasIndex(d => d.PersonId).IsUnique();
            decision.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
            decision.HasOne<TriageRuleEntry>().WithMany().HasForeignKey(d => d.RuleId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
