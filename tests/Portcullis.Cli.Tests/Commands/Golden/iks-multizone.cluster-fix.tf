# Portcullis fix for cluster iks-prod (cq2lq0ud0t3mfm6aff7g), VPC iks-prod-vpc, requirements acl-sg-minimums:
# 0 blocked and 1 partly open requirements.
# 4 rules to add; no rule is changed or deleted. Needs terraform-provider-ibm 1.87 or later.

# registry-vpe-outbound
resource "ibm_is_network_acl_rule" "pc_registry_vpe_outbound_reply_1" {
  network_acl     = "r006-a1000000-0000-4000-8000-000000000001"
  name            = "pc-registry-vpe-outbound-reply-1"
  action          = "allow"
  direction       = "inbound"
  source          = "10.240.0.0/17"
  destination     = "0.0.0.0/0"
  protocol        = "tcp"
  source_port_min = 4443
  source_port_max = 4443
  before          = "r006-r-deny-all-inbound"
}

# registry-vpe-outbound
resource "ibm_is_network_acl_rule" "pc_registry_vpe_outbound_reply_2" {
  network_acl     = "r006-a1000000-0000-4000-8000-000000000001"
  name            = "pc-registry-vpe-outbound-reply-2"
  action          = "allow"
  direction       = "inbound"
  source          = "10.240.128.0/18"
  destination     = "0.0.0.0/0"
  protocol        = "tcp"
  source_port_min = 4443
  source_port_max = 4443
  before          = "r006-r-deny-all-inbound"
}

# registry-vpe-outbound
resource "ibm_is_network_acl_rule" "pc_registry_vpe_outbound_out_1" {
  network_acl     = "r006-a1000000-0000-4000-8000-000000000001"
  name            = "pc-registry-vpe-outbound-out-1"
  action          = "allow"
  direction       = "outbound"
  source          = "0.0.0.0/0"
  destination     = "10.240.0.0/17"
  protocol        = "tcp"
  port_min        = 4443
  port_max        = 4443
  before          = "r006-r-deny-all-outbound"
}

# registry-vpe-outbound
resource "ibm_is_network_acl_rule" "pc_registry_vpe_outbound_out_2" {
  network_acl     = "r006-a1000000-0000-4000-8000-000000000001"
  name            = "pc-registry-vpe-outbound-out-2"
  action          = "allow"
  direction       = "outbound"
  source          = "0.0.0.0/0"
  destination     = "10.240.128.0/18"
  protocol        = "tcp"
  port_min        = 4443
  port_max        = 4443
  before          = "r006-r-deny-all-outbound"
}

# Proof: cluster check with these rules applied in memory (cluster fix --write-config FILE writes that configuration):
# REQUIREMENT              BEFORE       AFTER  STILL BLOCKED BY
# -----------------------  -----------  -----  ----------------
# acl-iaas-inbound         open         open   -
# acl-cse-inbound          open         open   -
# acl-workers-inbound      open         open   -
# nodeports-inbound        open         open   -
# acl-lb-inbound           open         open   -
# acl-healthcheck-inbound  open         open   -
# iaas-outbound            open         open   -
# cse-outbound             open         open   -
# acl-workers-outbound     open         open   -
# registry-vpe-outbound    partly open  open   -
# sg-workers-inbound       open         open   -
# sg-workers-outbound      open         open   -
# sg-pods-inbound          open         open   -
# sg-ping-inbound          open         open   -
# sg-master-vpe-outbound   open         open   -
# Every requirement passes after the fix (15 open, 0 not applicable).
#
# Connectivity diff between the configuration and the configuration with the fix
# <no differences>
