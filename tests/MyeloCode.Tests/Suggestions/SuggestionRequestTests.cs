using MyeloCode.Catalogue;
using MyeloCode.Suggestions;

namespace MyeloCode.Tests.Suggestions;

public sealed class SuggestionRequestTests
{
    // Input that cannot be coded without guessing: regions, route, billing, ct, the one parameter named, and what it says.
    public static TheoryDataRow<string?, string?, string?, string?, string, string>[] Invalid =>
    [
        Row("No region and no CT", "", "lumbar", "both", "", "regions", "Choose at least one region"),
        Row("Absent regions and absent CT", null, "lumbar", "both", null, "regions", "Choose at least one region"),
        Row("An unknown region", "neck", "lumbar", "both", "", "regions", "'neck' is not a region; use cervical, thoracic, lumbosacral or posterior-fossa"),
        Row("Two-or-more instead of the regions", "two-or-more", "lumbar", "both", "", "regions", "list each region"),
        Row("A region twice", "cervical,thoracic,cervical", "lumbar", "both", "", "regions", "cervical is listed twice in regions"),
        Row("A region twice in another case", "cervical,Cervical", "lumbar", "both", "", "regions", "listed twice"),
        Row("An empty entry in the list", "cervical,,thoracic", "lumbar", "both", "", "regions", "regions has an empty entry"),
        Row("An unknown CT region", "cervical", "lumbar", "both", "head", "ct", "'head' is not a region"),
        Row("A CT region twice", "", "lumbar", "both", "lumbosacral,lumbosacral", "ct", "lumbosacral is listed twice in ct"),
        Row("No route", "cervical", null, "both", "", "route", "route is required: lumbar (lumbar puncture), c1c2"),
        Row("An unknown route", "cervical", "epidural", "both", "", "route", "'epidural' is not a value of route"),
        Row("The any route of the S&I codes", "cervical", "any", "both", "", "route", "'any' is not a value of route"),
        Row("No billing role", "cervical", "lumbar", "", "", "billing", "billing is required: both"),
        Row("An unknown billing role", "cervical", "lumbar", "radiologist", "", "billing", "'radiologist' is not a value of billing"),
        Row("Myelography without intrathecal contrast", "cervical", "none", "both", "", "route", "Conventional myelography needs intrathecal contrast"),
        Row("An injecting provider with no injection", "", "none", "injecting", "cervical", "billing", "billing=injecting needs an intrathecal injection"),
    ];

    static TheoryDataRow<string?, string?, string?, string?, string, string> Row(string name, string? regions, string? route, string? billing, string? ct, string parameter, string message) =>
        new(regions, route, billing, ct, parameter, message) { TestDisplayName = name };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Contradictory_or_incomplete_input_names_the_parameter_to_change(
        string? regions, string? route, string? billing, string? ct, string parameter, string message)
    {
        var ok = SuggestionRequest.TryParse(regions, route, billing, ct, out var request, out var errors);

        Assert.False(ok);
        Assert.Null(request);
        Assert.Equal([parameter], errors.Keys);
        Assert.Contains(errors[parameter], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Values_that_are_not_plain_words_are_not_repeated_back()
    {
        SuggestionRequest.TryParse("<img src=x>", "\"><script>", "both", "", out _, out var errors);

        Assert.Equal("The value given is not a region; use cervical, thoracic, lumbosacral or posterior-fossa, comma-separated (list each region, not two-or-more).", errors["regions"][0]);
        Assert.StartsWith("The value given is not a value of route", errors["route"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_reported_together()
    {
        SuggestionRequest.TryParse("neck", null, "nobody", "cervical,cervical", out _, out var errors);

        Assert.Equal(["regions", "route", "billing", "ct"], errors.Keys);
    }

    [Fact]
    public void A_bad_value_does_not_hide_a_contradiction_elsewhere()
    {
        SuggestionRequest.TryParse("neck", "none", "injecting", "", out _, out var errors);

        Assert.Equal(["regions", "billing"], errors.Keys);
    }

    [Fact]
    public void Lists_are_read_in_any_order_and_case_and_kept_in_spine_order()
    {
        var ok = SuggestionRequest.TryParse(" Lumbosacral , cervical", "C1C2", "Interpreting", "thoracic,cervical", out var request, out var errors);

        Assert.True(ok);
        Assert.Empty(errors);
        Assert.Equal([Region.Cervical, Region.Lumbosacral], request!.Regions);
        Assert.Equal(InjectionRoute.C1C2, request.Route);
        Assert.Equal(BillingRole.Interpreting, request.Billing);
        Assert.Equal([Region.Cervical, Region.Thoracic], request.Ct);
    }

    [Fact]
    public void Absent_or_empty_CT_means_no_CT()
    {
        Assert.True(SuggestionRequest.TryParse("cervical", "lumbar", "both", null, out var absent, out _));
        Assert.True(SuggestionRequest.TryParse("cervical", "lumbar", "both", "", out var empty, out _));

        Assert.Empty(absent!.Ct);
        Assert.Empty(empty!.Ct);
    }

    [Fact]
    public void CT_alone_without_contrast_is_a_valid_case()
    {
        Assert.True(SuggestionRequest.TryParse("", "none", "interpreting", "cervical", out var request, out _));

        Assert.Empty(request!.Regions);
        Assert.Equal(InjectionRoute.None, request.Route);
    }
}
