using System.Text;
using System.Text.Json.Nodes;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.Configuration;
using Portcullis.Testing.Terraform;
using static Portcullis.Formats.Tests.TerraformShow.MiniNetwork;
using static Portcullis.Formats.Tests.TerraformShow.TerraformAnalysis;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>
/// Routing tables and routes from Terraform: read as the collector's <c>routing_tables</c>, so that a drop route
/// blocks what leaves a subnet exactly as it does in a collected configuration; a subnet follows its attachment's
/// table, else its own, else its VPC's default table; routes of a table the file does not hold join a collected one.
/// </summary>
public sealed class TerraformRoutingTests
{
    private const string TableId = "r006-table";
    private const string Blocked = "161.26.0.0/16";
    private const string Everywhere = "vsi[10.0.1.4] => Service Network (all ranges) : protocol: ICMP,TCP,UDP";
    private const string AllButBlocked = "vsi[10.0.1.4] => Service Network 166.8.0.0/14 : protocol: ICMP,TCP,UDP";

    // Every connection allowed by the ACL and the instance's group, so that only routes decide what leaves the subnet.
    private static TerraformFixture Open() => State([
            AclRule(new { id = "r006-in", name = "in", protocol = "icmp_tcp_udp" }),
            AclRule(new { id = "r006-out", name = "out", direction = "outbound", protocol = "icmp_tcp_udp" })])
        .WithInstance()
        .Add("ibm_is_security_group_rule.out", new { id = $"{GroupId}.r006-sg-out", rule_id = "r006-sg-out", group = GroupId, direction = "outbound", remote = "0.0.0.0/0", protocol = "icmp_tcp_udp" });

    private static object DropRoute(string table, string name = "drop-dns") => new
    {
        id = $"{VpcId}/{table}/r006-route-{name}",
        route_id = $"r006-route-{name}",
        routing_table = table,
        vpc = VpcId,
        name,
        destination = Blocked,
        action = "drop",
        zone = "us-south-1",
        next_hop = "0.0.0.0",
        priority = 2,
    };

    private static TerraformFixture WithTable(TerraformFixture fixture) => fixture
        .Add("ibm_is_vpc_routing_table.egress", new
        {
            id = $"{VpcId}/{TableId}",
            routing_table = TableId,
            vpc = VpcId,
            name = "egress",
            is_default = false,
            route_direct_link_ingress = false,
            route_internet_ingress = false,
            route_transit_gateway_ingress = false,
            route_vpc_zone_ingress = false,
        })
        .Add("ibm_is_subnet_routing_table_attachment.subnet", new { id = SubnetId, subnet = SubnetId, routing_table = TableId });

    // The same table as the collector writes it, the oracle the Terraform reading is held to.
    private static string CollectedTable(string id, string name, bool isDefault) => new JsonObject
    {
        ["routing_tables"] = new JsonArray(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["vpc"] = new JsonObject { ["id"] = VpcId },
            ["is_default"] = isDefault,
            ["subnets"] = new JsonArray(new JsonObject { ["id"] = SubnetId }),
            ["routes"] = new JsonArray(new JsonObject
            {
                ["name"] = "drop-dns",
                ["destination"] = Blocked,
                ["action"] = "drop",
                ["next_hop"] = new JsonObject { ["address"] = "0.0.0.0" },
                ["zone"] = new JsonObject { ["name"] = "us-south-1" },
                ["priority"] = 2,
            }),
        }),
    }.ToJsonString();

    private static VpcConfiguration Combined(params string[] documents)
    {
        var diagnostics = new DiagnosticBag();
        var read = documents.Select((json, i) =>
        {
            Assert.True(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), $"input{i}.json", diagnostics, out var document), string.Join("\n", diagnostics.ToImmutable()));
            return document!;
        }).ToList();
        var combined = ConfigurationReader.Combine(read, diagnostics);
        Assert.Equal(string.Empty, Problems(diagnostics));
        return combined;
    }

    [Fact]
    public void State_TableWithADropRoute_AnalysesAsTheCollectorsTable()
    {
        var (document, diagnostics) = Read(WithTable(Open()).Add("ibm_is_vpc_routing_table_route.drop", DropRoute(TableId)).State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        var table = Assert.Single(document.Configuration.RoutingTables);
        var route = Assert.Single(table.Routes);
        Assert.Equal((TableId, "egress", VpcId, false), (table.Id, table.Name, table.VpcId, table.IsDefault));
        Assert.Equal(("drop-dns", Blocked, "drop", "us-south-1", 2), (route.Name, route.Destination.ToString(), route.Action, route.Zone, route.Priority));
        Assert.Equal(TableId, document.Configuration.Subnets.Single().RoutingTableId);

        var report = EndpointReport(document.Configuration);
        Assert.Equal(EndpointReport(Combined(CollectedTable(TableId, "egress", isDefault: false), Open().State())), report);

        // The route is what makes the difference: the service network is 161.26.0.0/16 and 166.8.0.0/14, and the
        // instance reaches all of it without the route, only the second block with it.
        Assert.Contains(Everywhere, EndpointReport(Read(Open().State()).Document.Configuration), StringComparison.Ordinal);
        Assert.Equal($"Endpoint connectivity for VPC vpc\n{AllButBlocked}\n", report);
    }

    [Fact]
    public void State_RouteOfTheVpcsDefaultTable_MakesTheDefaultTable()
    {
        // No resource holds the default table: the VPC made it, and the subnet names it.
        var (document, diagnostics) = Read(Open().Add("ibm_is_vpc_routing_table_route.drop", DropRoute(DefaultTableId)).State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        var table = Assert.Single(document.Configuration.RoutingTables);
        Assert.Equal((DefaultTableId, "default-routes", true, "drop-dns"), (table.Id, table.Name, table.IsDefault, Assert.Single(table.Routes).Name));
        Assert.Equal(EndpointReport(Combined(CollectedTable(DefaultTableId, "default-routes", isDefault: true), Open().State())), EndpointReport(document.Configuration));
    }

    [Fact]
    public void Plan_NewTableRouteAndAttachment_FindEachOtherThroughTheConfiguration()
    {
        // None of the ids is known before apply; the configuration's references tie them together.
        var plan = Open().Plan(p => p
            .Create("ibm_is_vpc_routing_table.egress", new { vpc = VpcId, name = "egress", route_direct_link_ingress = false, route_internet_ingress = false, route_transit_gateway_ingress = false, route_vpc_zone_ingress = false }, "id", "routing_table", "is_default", "subnets")
            .Create("ibm_is_vpc_routing_table_route.drop", new { vpc = VpcId, name = "drop-dns", destination = Blocked, action = "drop", zone = "us-south-1", next_hop = "0.0.0.0" }, "id", "route_id", "routing_table", "priority")
            .Reference("ibm_is_vpc_routing_table_route.drop", "routing_table", "ibm_is_vpc_routing_table.egress.routing_table", "ibm_is_vpc_routing_table.egress")
            .Create("ibm_is_subnet_routing_table_attachment.subnet", new { subnet = SubnetId }, "id", "routing_table")
            .Reference("ibm_is_subnet_routing_table_attachment.subnet", "routing_table", "ibm_is_vpc_routing_table.egress.routing_table", "ibm_is_vpc_routing_table.egress"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        var table = Assert.Single(document.Configuration.RoutingTables);
        Assert.Equal(("ibm_is_vpc_routing_table.egress", 2), (table.Id, Assert.Single(table.Routes).Priority));
        Assert.Equal("ibm_is_vpc_routing_table.egress", document.Configuration.Subnets.Single().RoutingTableId);
        Assert.Contains(AllButBlocked, EndpointReport(document.Configuration), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NewSubnetWithoutATable_FollowsItsVpcsDefaultTable()
    {
        var plan = Open().Plan(p => p
            .Create("ibm_is_subnet.second", new { name = "second", vpc = VpcId, zone = "us-south-1", ipv4_cidr_block = "10.0.2.0/24", network_acl = AclId }, "id", "crn", "routing_table"));
        var (document, _) = Read(plan);
        Assert.Equal(DefaultTableId, document.Configuration.Subnets.Single(s => s.Name == "second").RoutingTableId);
    }

    [Fact]
    public void Plan_DropRouteWithUnknownDestination_DropsEveryDestination_AndSaysSo()
    {
        var plan = WithTable(Open()).Plan(p => p
            .Create("ibm_is_vpc_routing_table_route.drop", new { routing_table = TableId, vpc = VpcId, name = "drop-vpn", action = "drop", zone = "us-south-1", next_hop = "0.0.0.0" }, "id", "route_id", "destination", "priority")
            .Reference("ibm_is_vpc_routing_table_route.drop", "destination", "ibm_is_subnet.vpn.ipv4_cidr_block", "ibm_is_subnet.vpn"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal("0.0.0.0/0", Assert.Single(Assert.Single(document.Configuration.RoutingTables).Routes).Destination.ToString());
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Warning);
        Assert.Equal(("PC5107", "ibm_is_vpc_routing_table_route.drop.destination"), (warning.Code, warning.Location!.Path));
        Assert.Contains("the drop route is taken to match every destination", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("vsi[10.0.1.4] =>", EndpointReport(document.Configuration), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RouteWithUnknownAction_IsTakenToDrop_AndSaysSo()
    {
        var plan = WithTable(Open()).Plan(p => p
            .Create("ibm_is_vpc_routing_table_route.maybe", new { routing_table = TableId, vpc = VpcId, name = "maybe", destination = Blocked, zone = "us-south-1", next_hop = "0.0.0.0" }, "id", "route_id", "action", "priority")
            .Reference("ibm_is_vpc_routing_table_route.maybe", "action", "var.action"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal("drop", Assert.Single(Assert.Single(document.Configuration.RoutingTables).Routes).Action);
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Warning);
        Assert.Equal(("PC5107", "ibm_is_vpc_routing_table_route.maybe.action"), (warning.Code, warning.Location!.Path));
        Assert.Contains(AllButBlocked, EndpointReport(document.Configuration), StringComparison.Ordinal);
    }

    [Fact]
    public void State_RouteWithoutAnAction_DeliversAsTheProviderDefaults()
    {
        var (document, _) = Read(WithTable(Open()).Add("ibm_is_vpc_routing_table_route.via", new { id = $"{VpcId}/{TableId}/r006-via", route_id = "r006-via", routing_table = TableId, vpc = VpcId, name = "via", destination = Blocked, zone = "us-south-1", next_hop = "10.0.1.10" }).State());
        Assert.Equal("deliver", Assert.Single(Assert.Single(document.Configuration.RoutingTables).Routes).Action);
    }

    [Fact]
    public void Plan_DeliverRouteWithUnknownDestination_IsLeftOut_AndSaidSo()
    {
        var plan = WithTable(Open()).Plan(p => p
            .Create("ibm_is_vpc_routing_table_route.via_firewall", new { routing_table = TableId, vpc = VpcId, name = "via-firewall", action = "deliver", zone = "us-south-1", next_hop = "10.0.1.10" }, "id", "route_id", "destination", "priority")
            .Reference("ibm_is_vpc_routing_table_route.via_firewall", "destination", "var.corporate"));
        var (document, diagnostics) = Read(plan);
        Assert.Empty(Assert.Single(document.Configuration.RoutingTables).Routes);
        Assert.Equal("ibm_is_vpc_routing_table_route.via_firewall.destination", Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5107").Location!.Path);
    }

    [Fact]
    public void Combine_RouteAddedToACollectedTable_JoinsItsRoutes_AndADeletedOneLeaves()
    {
        // The table is only in the collected configuration; the plan adds one route and deletes another.
        var collected = JsonNode.Parse(CollectedTable(TableId, "egress", isDefault: false))!;
        var routes = collected["routing_tables"]![0]!["routes"]!.AsArray();
        routes.Add(new JsonObject { ["name"] = "old", ["destination"] = "9.9.9.0/24", ["action"] = "drop", ["zone"] = new JsonObject { ["name"] = "us-south-1" } });
        var plan = new TerraformFixture()
            .Add("ibm_is_vpc_routing_table_route.old", new { id = $"{VpcId}/{TableId}/r006-old", route_id = "r006-old", routing_table = TableId, vpc = VpcId, name = "old", destination = "9.9.9.0/24", action = "drop", zone = "us-south-1", next_hop = "0.0.0.0" })
            .Plan(p => p
                .Delete("ibm_is_vpc_routing_table_route.old")
                .Create("ibm_is_vpc_routing_table_route.new", new { routing_table = TableId, vpc = VpcId, name = "new", destination = "1.1.1.0/24", action = "drop", zone = "us-south-1", next_hop = "0.0.0.0" }, "id", "route_id", "priority"));
        var combined = Combined(collected.ToJsonString(), Open().State(), plan);
        Assert.Equal(["drop-dns", "new"], Assert.Single(combined.RoutingTables).Routes.Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Combine_RouteOfTheDefaultTable_JoinsTheCollectedDefaultTable_Once()
    {
        // The collected default table is fresher (it holds a route Terraform does not manage); the file's route replaces
        // the collected route of its name instead of being added twice.
        var collected = JsonNode.Parse(CollectedTable(DefaultTableId, "collected-name", isDefault: true))!;
        collected["routing_tables"]![0]!["routes"]!.AsArray().Add(new JsonObject { ["name"] = "keep", ["destination"] = "9.9.9.0/24", ["action"] = "drop", ["zone"] = new JsonObject { ["name"] = "us-south-1" } });
        var combined = Combined(collected.ToJsonString(), Open().Add("ibm_is_vpc_routing_table_route.drop", DropRoute(DefaultTableId)).State());
        var table = Assert.Single(combined.RoutingTables);
        Assert.Equal((DefaultTableId, "collected-name"), (table.Id, table.Name));
        Assert.Equal(["drop-dns", "keep"], table.Routes.Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Combine_RouteOfATableNoFileHolds_IsIgnored_WithAWarning()
    {
        var diagnostics = new DiagnosticBag();
        var state = Open().Add("ibm_is_vpc_routing_table_route.drop", DropRoute("r006-elsewhere")).State();
        Assert.True(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(state), "state.json", diagnostics, out var document));
        var combined = ConfigurationReader.Combine([document!], diagnostics);
        Assert.Empty(combined.RoutingTables);
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5117");
        Assert.Equal("ibm_is_vpc_routing_table_route.drop", warning.Location!.Path);
        Assert.Contains("changes routing table 'r006-elsewhere', which none of the configurations given holds", warning.Message, StringComparison.Ordinal);
    }
}
