using Rapport.Core.Cadence;

namespace Rapport.Core.Tests.Cadence;

public sealed class CadenceResolverTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ListCadence Friends = new(7, "Friends", CadenceTiers.Monthly, Monday);
    private static readonly ListCadence Inner = new(3, "Inner circle", CadenceTiers.Weekly, Monday.AddDays(2));
    private static readonly ListCadence Wider = new(1, "Wider", CadenceTiers.Quarterly, Monday);

    [Fact]
    public void A_person_on_several_lists_takes_the_shortest_interval()
    {
        var resolution = CadenceResolver.Resolve(null, [Friends, Wider, Inner]);

        Assert.Equal(CadenceTiers.Weekly, resolution.Cadence!.Tier);
        Assert.Equal(CadenceSource.List, resolution.Cadence.Source);
        Assert.Equal("Inner circle", resolution.Cadence.ListName);
        Assert.Equal(Monday.AddDays(2), resolution.Cadence.Since);
        Assert.Equal("from list \"Inner circle\", the shortest of their 3 lists' cadences", resolution.Why);
    }

    [Fact]
    public void Lists_with_equal_intervals_resolve_the_same_whatever_their_order()
    {
        var close = new ListCadence(9, "Close", CadenceTiers.Close, Monday);
        var fortnight = new ListCadence(4, "Fortnight", CadenceTiers.EveryTwoWeeks, Monday);

        Assert.Equal("Fortnight", CadenceResolver.Resolve(null, [close, fortnight]).Cadence!.ListName);
        Assert.Equal("Fortnight", CadenceResolver.Resolve(null, [fortnight, close]).Cadence!.ListName);
    }

    [Fact]
    public void A_cadence_set_on_the_person_overrides_their_lists_even_when_longer()
    {
        var own = new PersonCadence(CadenceTiers.Yearly, Monday.AddDays(5));

        var resolution = CadenceResolver.Resolve(own, [Inner, Friends]);

        Assert.Equal(CadenceTiers.Yearly, resolution.Cadence!.Tier);
        Assert.Equal(CadenceSource.Person, resolution.Cadence.Source);
        Assert.Equal(Monday.AddDays(5), resolution.Cadence.Since);
        Assert.Equal("set on this person (overrides list \"Inner circle\" (weekly) and 1 other list)", resolution.Why);
    }

    [Fact]
    public void A_person_can_be_turned_off_whatever_their_lists_say()
    {
        var resolution = CadenceResolver.Resolve(PersonCadence.Off(Monday), [Friends]);

        Assert.Null(resolution.Cadence);
        Assert.StartsWith("turned off for this person", resolution.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void No_setting_anywhere_means_no_cadence()
    {
        var resolution = CadenceResolver.Resolve(null, []);

        Assert.Null(resolution.Cadence);
        Assert.Equal("no cadence on this person or any of their lists", resolution.Why);
    }

    [Fact]
    public void A_person_without_their_own_setting_inherits_a_single_list()
    {
        var inputs = new CadenceInputs(42, null, [Friends]);

        var resolution = inputs.Resolve();

        Assert.Equal(CadenceTiers.Monthly, resolution.Cadence!.Tier);
        Assert.Equal("from list \"Friends\"", resolution.Why);
    }

    [Fact]
    public void Tiers_are_found_by_name_or_made_from_an_interval()
    {
        Assert.Same(CadenceTiers.Close, CadenceTiers.Find("Close"));
        Assert.Same(CadenceTiers.Monthly, CadenceTiers.Find("monthly"));
        Assert.Same(CadenceTiers.EveryTwoWeeks, CadenceTiers.Find("14d"));
        Assert.Equal(CadenceInterval.Days(10), CadenceTiers.Find("every 10 days")!.Interval);
        Assert.Null(CadenceTiers.Find("sometimes"));
    }
}
