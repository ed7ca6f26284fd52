using MyeloCode.Catalogue;
using MyeloCode.Suggestions;

namespace MyeloCode.Tests.Suggestions;

public sealed class SuggestionQueryTests
{
    [Fact]
    public void The_url_holds_every_choice_with_readable_commas()
    {
        var query = new SuggestionQuery("cervical,thoracic", "lumbar", "both", "");

        Assert.Equal("/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct=", query.ToUrl());
    }

    [Fact]
    public void Toggling_a_region_adds_it_in_spine_order_and_toggling_again_removes_it()
    {
        var query = new SuggestionQuery("lumbosacral", "lumbar", "both", null);

        var added = query.ToggleRegion(Region.Cervical);
        var removed = added.ToggleRegion(Region.Cervical);

        Assert.Equal("cervical,lumbosacral", added.Regions);
        Assert.Equal("lumbosacral", removed.Regions);
    }

    [Fact]
    public void Toggling_drops_values_that_are_not_regions()
    {
        var query = new SuggestionQuery("neck,thoracic", null, null, "head");

        Assert.Equal("cervical,thoracic", query.ToggleRegion(Region.Cervical).Regions);
        Assert.Equal("lumbosacral", query.ToggleCt(Region.Lumbosacral).Ct);
    }

    [Fact]
    public void Route_and_role_are_written_as_their_slugs()
    {
        var query = SuggestionQuery.Empty.WithRoute(InjectionRoute.C1C2).WithBilling(BillingRole.Interpreting);

        Assert.Equal(("c1c2", "interpreting"), (query.Route, query.Billing));
        Assert.Equal((InjectionRoute.C1C2, BillingRole.Interpreting), (query.RouteValue, query.BillingValue));
    }

    [Fact]
    public void Values_that_are_not_slugs_are_escaped_in_the_url()
    {
        var query = new SuggestionQuery("a&b=c", null, null, null);

        Assert.Equal("/suggest?regions=a%26b%3Dc&route=&billing=&ct=", query.ToUrl());
    }
}
