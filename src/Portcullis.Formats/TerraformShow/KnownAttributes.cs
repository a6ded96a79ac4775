using System.Collections.Frozen;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// The IBM provider's resource types Portcullis reads, with the top-level attributes of each as the provider's schema
/// declares them (IBM-Cloud/terraform-provider-ibm at 9f9b7ecf, August 2026), and the types that shape the network but
/// are not read. A state or plan prints every attribute of the schema, so an attribute outside these lists comes from
/// a newer provider: it is listed as ignored, not guessed at.
/// </summary>
internal static class KnownAttributes
{
    // Terraform adds these to every resource it stores; "timeouts" where the provider declares timeouts.
    private const string Common = "id timeouts";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Managed = new Dictionary<string, string>
    {
        ["ibm_is_vpc"] = "access_tags address_prefix_management classic_access crn cse_source_addresses default_address_prefixes default_network_acl default_network_acl_crn default_network_acl_name default_routing_table default_routing_table_crn default_routing_table_name default_security_group default_security_group_crn default_security_group_name dns health_reasons health_state name no_sg_acl_rules public_address_ranges resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status security_group status subnets tags",
        ["ibm_is_vpc_address_prefix"] = "address_prefix cidr has_subnets is_default name related_crn vpc zone",
        ["ibm_is_subnet"] = "access_tags available_ipv4_address_count crn ip_version ipv4_cidr_block name network_acl public_gateway resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status routing_table routing_table_crn status tags total_ipv4_address_count vpc zone",
        ["ibm_is_network_acl"] = "access_tags crn incremental_rule_update name resource_controller_url resource_crn resource_group resource_group_name resource_name rules tags vpc",
        ["ibm_is_network_acl_rule"] = "action before code destination direction href icmp ip_version name network_acl port_max port_min protocol rule_id source source_port_max source_port_min tcp type udp",
        ["ibm_is_vpc_routing_table"] = "accept_routes_from_resource_type advertise_routes_to created_at crn href is_default lifecycle_state name resource_group resource_type route_direct_link_ingress route_internet_ingress route_transit_gateway_ingress route_vpc_zone_ingress routing_table subnets vpc",
        ["ibm_is_vpc_routing_table_route"] = "action advertise created_at creator destination href lifecycle_state name next_hop origin priority route_id routing_table vpc zone",
        ["ibm_is_subnet_routing_table_attachment"] = "is_default lifecycle_state name resource_type route_direct_link_ingress route_internet_ingress route_transit_gateway_ingress route_vpc_zone_ingress routes routing_table subnet subnets",
        ["ibm_is_subnet_network_acl_attachment"] = "crn name network_acl resource_group rules subnet vpc",
        ["ibm_is_security_group"] = "access_tags crn name resource_controller_url resource_crn resource_group resource_group_name resource_name rules tags vpc",
        ["ibm_is_security_group_rule"] = "code direction group icmp ip_version local name port_max port_min protocol related_crn remote rule_id tcp type udp",
        ["ibm_is_security_group_target"] = "crn name resource_type security_group target",
        ["ibm_is_instance"] = "access_tags action auto_delete_volume availability availability_policy availability_policy_host_failure bandwidth boot_volume catalog_offering cluster_network cluster_network_attachments confidential_compute_mode crn dedicated_host dedicated_host_group default_trusted_profile_auto_link default_trusted_profile_target disks enable_secure_boot force_action force_recovery_time gpu health_reasons health_state image instance_template keys lifecycle_reasons lifecycle_state memory metadata_service metadata_service_enabled name network_attachments network_interfaces numa_count placement_group placement_target primary_network_attachment primary_network_interface profile reservation reservation_affinity resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status software_attachments status status_reasons tags threads_per_core total_network_bandwidth total_volume_bandwidth user_data vcpu volume_attachments volume_bandwidth_qos_mode volume_prototypes volumes vpc wait_before_delete zone",
        ["ibm_is_virtual_network_interface"] = "access_tags allow_ip_spoofing auto_delete created_at crn enable_infrastructure_nat href ips lifecycle_state mac_address name primary_ip protocol_state_filtering_mode resource_group resource_type security_groups subnet tags target vpc zone",
        ["ibm_is_floating_ip"] = "access_tags address crn name resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status status tags target target_list zone",
        ["ibm_is_public_gateway"] = "access_tags crn floating_ip name resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status status tags vpc zone",
        ["ibm_is_subnet_public_gateway_attachment"] = "crn floating_ip name public_gateway resource_group resource_group_name resource_type status subnet vpc zone",
        ["ibm_is_virtual_endpoint_gateway"] = "access_tags allow_dns_resolution_binding created_at crn dns_resolution_binding_mode health_state ips lifecycle_reasons lifecycle_state name resource_group resource_type security_groups service_endpoints tags target vpc",
        ["ibm_is_virtual_endpoint_gateway_ip"] = "address auto_delete created_at gateway name reserved_ip resource_type target",
        ["ibm_is_lb"] = "access_mode access_tags advanced_health_checks_supported attached_load_balancer_pool_members availability crn dns failsafe_policy_actions fqdn_pool_members_supported hostname instance_groups_supported logging mtls_supported name operating_status private_ip private_ips profile public_ips resource_controller_url resource_group resource_group_name resource_name route_mode security_group_supported security_groups source_ip_session_persistence_supported status subnets tags type udp_supported version",
        ["ibm_is_lb_listener"] = "accept_proxy_protocol certificate_instance client_authentication connection_limit default_pool https_redirect https_redirect_listener https_redirect_status_code https_redirect_uri idle_connection_timeout lb listener_id port port_max port_min protocol related_crn status",
        ["ibm_is_lb_pool"] = "algorithm client_authentication failsafe_policy health_delay health_monitor health_monitor_port health_monitor_url health_retries health_timeout health_type lb name pool_id protocol provisioning_status proxy_protocol related_crn server_authentication session_persistence_app_cookie_name session_persistence_http_cookie_name session_persistence_type",
        ["ibm_is_lb_pool_member"] = "health href lb pool port provisioning_status related_crn target_address target_fqdn target_id weight",
        ["ibm_tg_gateway"] = "created_at crn global gre_enhanced_route_propagation location name resource_controller_url resource_crn resource_group resource_group_name resource_name resource_status status tags updated_at",
        ["ibm_tg_connection"] = "base_connection_id base_network_type cidr connection_id created_at default_prefix_filter gateway local_gateway_ip local_tunnel_ip name network_account_id network_id network_type related_crn remote_bgp_asn remote_gateway_ip remote_tunnel_ip request_status status tunnels updated_at zone",
        ["ibm_tg_connection_prefix_filter"] = "action before connection_id created_at filter_id gateway ge le prefix updated_at",
        ["ibm_container_vpc_cluster"] = "albs cos_instance_crn crk crn disable_outbound_traffic_protection disable_public_service_endpoint enable_secure_by_default entitlement flavor force_delete_storage host_pool_id image_security_enforcement ingress_hostname ingress_secret kms_account_id kms_config kms_instance_id kube_version master_status master_url name network_plugin offering operating_system patch_version pod_subnet private_service_endpoint_url public_service_endpoint_url resource_controller_url resource_crn resource_group_id resource_group_name resource_name resource_status retry_patch_version secondary_storage security_groups service_subnet state tags taints update_all_workers vpc_id vpe_service_endpoint_url wait_for_worker_update wait_till worker_count worker_labels zones",
        ["ibm_container_vpc_worker_pool"] = "autoscale_enabled cluster crk entitlement flavor host_pool_id import_on_create kms_account_id kms_instance_id labels operating_system orphan_on_delete resource_controller_url resource_group_id secondary_storage security_groups taints vpc_id worker_count worker_pool_id worker_pool_name zones",
    }.ToFrozenDictionary(e => e.Key, e => Split(e.Value), StringComparer.Ordinal);

    // Data sources whose attributes are shaped as the resource's (an endpoint gateway IKS made), or the only place
    // Terraform holds what the analysis needs (the addresses of a cluster's workers).
    private static readonly FrozenDictionary<string, FrozenSet<string>> Data = new Dictionary<string, string>
    {
        ["ibm_is_virtual_endpoint_gateway"] = "access_tags allow_dns_resolution_binding created_at crn dns_resolution_binding_mode health_state ips lifecycle_reasons lifecycle_state name resource_group resource_type security_groups service_endpoints tags target vpc",
        ["ibm_container_vpc_cluster_worker"] = "cluster_name_id flavor host_pool_id kube_version network_interfaces pool_id pool_name resource_controller_url resource_group_id state worker_id",
    }.ToFrozenDictionary(e => e.Key, e => Split(e.Value), StringComparer.Ordinal);

    /// <summary>
    /// Types that decide what traffic flows but that Portcullis does not read from Terraform: the answer may miss what
    /// they do, so each is a warning rather than a note.
    /// </summary>
    public static readonly FrozenSet<string> NetworkNotRead = Split(
        "ibm_is_bare_metal_server "
        + "ibm_is_bare_metal_server_network_interface ibm_is_bare_metal_server_network_attachment ibm_is_instance_network_interface "
        + "ibm_is_instance_network_attachment ibm_is_virtual_network_interface_ip ibm_is_lb_listener_policy ibm_is_lb_listener_policy_rule "
        + "ibm_is_vpn_gateway ibm_is_vpn_gateway_connection ibm_is_vpn_server ibm_is_vpn_server_route ibm_is_instance_group "
        + "ibm_is_instance_network_interface_floating_ip ibm_is_virtual_network_interface_floating_ip ibm_container_vpc_alb ibm_is_share_mount_target");

    /// <summary>The attributes of a type Portcullis reads, or <see langword="null"/> when it does not read the type.</summary>
    public static FrozenSet<string>? Of(string type, bool isData) =>
        (isData ? Data : Managed).GetValueOrDefault(type);

    private static FrozenSet<string> Split(string names) =>
        (names + " " + Common).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
