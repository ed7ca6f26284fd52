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

    [Fact]
    public void The_new_parameters_are_in_the_url_only_when_given()
    {
        var plain = new SuggestionQuery("cervical", "lumbar", "both", "");
        var full = plain with { Setting = "office", Outcome = "discontinued", CtReader = "other", CtBefore = "cervical" };

        Assert.Equal("/suggest?regions=cervical&route=lumbar&billing=both&ct=", plain.ToUrl());
        Assert.Equal("/suggest?regions=cervical&route=lumbar&billing=both&ct=&setting=office&outcome=discontinued&ctReader=other&ctBefore=cervical", full.ToUrl());
    }

    [Theory]
    [InlineData("both", null, CtReader.This)]
    [InlineData("interpreting", null, CtReader.This)]
    [InlineData("injecting", null, CtReader.Other)]
    [InlineData("technical", null, CtReader.Other)]
    [InlineData("injecting", "this", CtReader.This)]
    [InlineData("both", "OTHER", CtReader.Other)]
    [InlineData("both", "nobody", null)]
    public void The_CT_reader_defaults_by_billing_role(string billing, string? reader, CtReader? expected) =>
        Assert.Equal(expected, new SuggestionQuery("cervical", "lumbar", billing, "cervical", CtReader: reader).CtReaderValue);

    [Fact]
    public void Setting_and_outcome_default_to_facility_and_completed()
    {
        var query = new SuggestionQuery("cervical", "lumbar", "both", "");

        Assert.Equal(Setting.Facility, query.SettingValue);
        Assert.Equal(Outcome.Completed, query.OutcomeValue);
        Assert.Null((query with { Setting = "home" }).SettingValue);
    }

    [Fact]
    public void The_posterior_fossa_and_the_spinal_regions_exclude_each_other()
    {
        var spinal = new SuggestionQuery("cervical,thoracic", "c1c2", "both", "");

        var fossa = spinal.ToggleRegion(Region.PosteriorFossa);
        Assert.Equal("posterior-fossa", fossa.Regions);
        Assert.Equal("lumbosacral", fossa.ToggleRegion(Region.Lumbosacral).Regions);
        Assert.Equal("", fossa.ToggleRegion(Region.PosteriorFossa).Regions);
    }

    [Fact]
    public void A_scan_before_contrast_goes_with_its_CT_region()
    {
        var query = new SuggestionQuery("", "lumbar", "both", "cervical,lumbosacral").ToggleCtBefore(Region.Lumbosacral);
        Assert.Equal("lumbosacral", query.CtBefore);

        Assert.Equal("lumbosacral", query.ToggleCt(Region.Cervical).CtBefore);
        var off = query.ToggleCt(Region.Lumbosacral);
        Assert.Equal("cervical", off.Ct);
        Assert.Equal("", off.CtBefore);
    }
}
