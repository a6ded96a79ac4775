using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private void TranslateClusters()
    {
        // IKS keeps the workers in its own account: Terraform holds their addresses only where the configuration reads
        // them with data "ibm_container_vpc_cluster_worker".
        var workers = DataOf("ibm_container_vpc_cluster_worker").ToLookup(w => w["cluster_name_id"].String ?? string.Empty, StringComparer.Ordinal);
        var clustered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in Of("ibm_container_vpc_cluster"))
        {
            var id = IdOf(cluster);
            var name = NameOf(cluster);
            clustered.Add(id);
            clustered.Add(name);
            var api = Add("iks_clusters", cluster)
                .Set("id", id, cluster["id"])
                .Set("name", name, cluster["name"])
                .Set("region", RegionFromCrn(cluster["crn"].String) ?? _document.ProviderRegion)
                .Set("masterKubeVersion", cluster["kube_version"].String, cluster["kube_version"])
                .Set("podSubnet", cluster["pod_subnet"].String, cluster["pod_subnet"])
                .Set("serviceSubnet", cluster["service_subnet"].String, cluster["service_subnet"])
                .Set("masterURL", cluster["master_url"].String, cluster["master_url"]);
            var own = workers[id].Concat(name == id ? Enumerable.Empty<TerraformResource>() : workers[name]).ToList();
            foreach (var worker in own)
            {
                AppendWorker(api, worker);
            }

            if (own.Count == 0)
            {
                Note(ConfigurationDiagnostics.ClusterWorkersNotInFile, cluster, cluster.Values);
            }
        }

        // Workers of a cluster this configuration does not manage: the cluster as the data sources see it.
        foreach (var group in workers.Where(g => g.Key.Length > 0 && !clustered.Contains(g.Key)))
        {
            var first = group.First();
            _result.ObservedIds.Add(group.Key);
            var api = Add("iks_clusters", first).Set("id", group.Key, first["cluster_name_id"]).Set("name", group.Key);
            foreach (var worker in group)
            {
                AppendWorker(api, worker);
            }
        }

        foreach (var pool in Of("ibm_container_vpc_worker_pool"))
        {
            var cluster = Reference(pool, pool["cluster"], "the worker pool is ignored");
            if (cluster is not null && !clustered.Contains(cluster))
            {
                Note(ConfigurationDiagnostics.WorkerPoolWithoutCluster, pool, pool["cluster"]);
            }
        }
    }

    private void AppendWorker(ApiObject cluster, TerraformResource worker)
    {
        var interfaces = worker["network_interfaces"].Items();
        if (interfaces.Count == 0 || interfaces[0].Child("ip_address").String is null)
        {
            Unknown(worker, interfaces.Count == 0 ? worker["network_interfaces"] : interfaces[0].Child("ip_address"), "the worker is left out of the analysis until its address is known");
            return;
        }

        var item = cluster.Append("WorkerNodes", worker.Values, worker.Address)
            .Set("id", worker["worker_id"].String ?? worker.Address, worker["worker_id"])
            .Set("poolName", worker["pool_name"].String, worker["pool_name"]);
        for (var i = 0; i < interfaces.Count; i++)
        {
            var nic = interfaces[i];
            item.Append("networkInterfaces", nic)
                .Set("ipAddress", nic.Child("ip_address").String, nic.Child("ip_address"))
                .Set("cidr", nic.Child("cidr").String, nic.Child("cidr"))
                .Set("subnetID", nic.Child("subnet_id").String, nic.Child("subnet_id"))
                .Set("primary", JsonValue.Create(i == 0));
        }
    }
}
