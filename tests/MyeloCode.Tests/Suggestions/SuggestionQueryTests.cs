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

    [Theory]
    [InlineData("C1C2", "Interpreting", InjectionRoute.C1C2, BillingRole.Interpreting)]
    [InlineData("any", "nurse", null, null)]
    [InlineData(null, "", null, null)]
    public void Route_and_role_are_understood_in_any_case_and_only_when_valid(string? route, string? billing, InjectionRoute? routeValue, BillingRole? billingValue)
    {
        var query = new SuggestionQuery(null, route, billing, null);

        Assert.Equal((routeValue, billingValue), (query.RouteValue, query.BillingValue));
    }

    [Fact]
    public void Values_that_are_not_slugs_are_escaped_in_the_url()
    {
        var query = new SuggestionQuery("a&b=c", null, null, null);

        Assert.Equal("/suggest?regions=a%26b%3Dc&route=&billing=&ct=", query.ToUrl());
    }
}
