using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private void TranslateLoadBalancers()
    {
        var listeners = Of("ibm_is_lb_listener").Select(l => (Resource: l, Lb: Reference(l, l["lb"], "the listener is ignored"))).ToList();
        var pools = Of("ibm_is_lb_pool").Select(p => (Resource: p, Lb: Reference(p, p["lb"], "the pool is ignored"))).ToList();
        var members = Of("ibm_is_lb_pool_member").Select(m => (Resource: m, Pool: Reference(m, m["pool"], "the member is ignored", lastSegment: true))).ToList();
        var placed = new HashSet<TerraformResource>();
        foreach (var lb in Of("ibm_is_lb"))
        {
            var id = IdOf(lb);
            var api = Add("load_balancers", lb)
                .Set("id", id, lb["id"])
                .Set("crn", lb["crn"].String, lb["crn"])
                .Set("name", NameOf(lb), lb["name"])
                .Set("is_public", lb["type"].String is { } type ? type == "public" : null, lb["type"])
                .SetRefs("subnets", References(lb, lb["subnets"], "the load balancer is taken to be in the subnets the plan names"), lb["subnets"]);
            SetResourceGroup(api, lb);
            if (lb["security_groups"].IsPresent)
            {
                var vpc = Subnets(lb).Select(s => s.Node["vpc"]?["id"]?.GetValue<string>()).FirstOrDefault(v => v is not null);
                api.SetRefs("security_groups", vpc is null ? References(lb, lb["security_groups"], "it is taken to be in no group") : Groups(lb, lb["security_groups"], vpc), lb["security_groups"]);
            }

            // private_ip holds the reserved IPs with their ids; older providers give the addresses only.
            var privateIps = lb["private_ip"].Items();
            foreach (var ip in privateIps.Where(ip => ip.Child("address").String is not null))
            {
                api.Append("private_ips", ip).Set("address", ip.Child("address").String, ip.Child("address")).Set("id", ip.Child("reserved_ip").String, ip.Child("reserved_ip"));
            }

            if (privateIps.Count == 0)
            {
                foreach (var ip in lb["private_ips"].Items().Where(ip => ip.String is not null))
                {
                    api.Append("private_ips", ip).Set("address", ip.String, ip);
                }
            }

            if (lb["private_ips"].IsUnknown && lb["private_ip"].IsUnknown)
            {
                Note(ConfigurationDiagnostics.UnknownValueStoodFor, lb, lb["private_ips"], "every address of the load balancer's subnets is analysed as one of its private addresses");
            }

            foreach (var ip in lb["public_ips"].Items().Where(ip => ip.String is not null))
            {
                api.Append("public_ips", ip).Set("address", ip.String, ip);
            }

            foreach (var (listener, _) in listeners.Where(l => l.Lb == id))
            {
                placed.Add(listener);
                if (listener["port"].IsUnknown && listener["port_min"].IsUnknown && listener["port_max"].IsUnknown)
                {
                    // A listener must have a port; one the plan does not know opens nothing the analysis can rely on.
                    Unknown(listener, listener["port"], "the listener is left out, so it is taken to accept no connection");
                    continue;
                }

                var item = api.Append("listeners", listener.Values, listener.Address)
                    .Set("id", IdOf(listener, "listener_id"), listener["listener_id"])
                    .Set("protocol", listener["protocol"].String, listener["protocol"])
                    .SetRef("default_pool", Reference(listener, listener["default_pool"], "the listener is taken to forward to no pool", lastSegment: true), listener["default_pool"]);
                ListenerPorts(item, listener);
            }

            foreach (var (pool, _) in pools.Where(p => p.Lb == id))
            {
                placed.Add(pool);
                var poolId = IdOf(pool, "pool_id");
                var item = api.Append("pools", pool.Values, pool.Address)
                    .Set("id", poolId, pool["pool_id"])
                    .Set("name", NameOf(pool), pool["name"])
                    .Set("protocol", pool["protocol"].String, pool["protocol"]);
                foreach (var (member, _) in members.Where(m => m.Pool == poolId))
                {
                    placed.Add(member);
                    AppendMember(item, member);
                }
            }
        }

        foreach (var orphan in listeners.Select(l => l.Resource).Concat(pools.Select(p => p.Resource)).Concat(members.Select(m => m.Resource)).Where(r => !placed.Contains(r)))
        {
            Note(ConfigurationDiagnostics.ParentNotInFile, orphan, orphan.Values, "a load balancer or pool");
        }
    }

    private IEnumerable<ApiObject> Subnets(TerraformResource lb) =>
        lb["subnets"].Items().Select(s => s.String).OfType<string>().Select(s => _subnetsById.GetValueOrDefault(s)).OfType<ApiObject>();

    private static void ListenerPorts(ApiObject item, TerraformResource listener)
    {
        var port = listener["port"];
        var min = listener["port_min"];
        var max = listener["port_max"];
        // A listener for a port range gives port_min and port_max; the provider then reports port as port_min.
        if (min.Integer is { } low && max.Integer is { } high && low > 0 && high > 0)
        {
            item.Set("port_min", JsonValue.Create(low), min).Set("port_max", JsonValue.Create(high), max);
        }
        else if (port.Integer is { } single)
        {
            item.Set("port", JsonValue.Create(single), port);
        }
    }

    private void AppendMember(ApiObject pool, TerraformResource member)
    {
        var address = member["target_address"];
        var target = member["target_id"];
        var item = pool.Append("members", member.Values, member.Address)
            .Set("id", LastSegment(IdOf(member)), member["id"])
            .Set("port", member["port"].Integer is { } port ? JsonValue.Create(port) : null, member["port"]);
        if (address.String is { } ip)
        {
            item.Set("target", new JsonObject { ["address"] = ip }, address);
        }
        else if (Reference(member, target, "the member is taken to be no endpoint") is { } targetId)
        {
            item.Set("target", new JsonObject { ["id"] = targetId }, target);
        }
        else if (address.IsUnknown)
        {
            Unknown(member, address, "the member is taken to be no endpoint");
        }
    }
}
