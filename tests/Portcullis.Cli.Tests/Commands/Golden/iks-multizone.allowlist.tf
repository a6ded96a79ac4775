# Portcullis allowlist for cluster iks-prod: traffic from the cluster.

variable "security_group_id" {
  description = "The security group that must allow traffic from cluster iks-prod"
  type        = string
}

resource "ibm_is_security_group_rule" "iks_prod_from_cluster_1" {
  group     = var.security_group_id
  direction = "inbound"
  remote    = "52.118.32.14/32"
  protocol  = "tcp"
  port_min  = 443
  port_max  = 443
}

resource "ibm_is_security_group_rule" "iks_prod_from_cluster_2" {
  group     = var.security_group_id
  direction = "inbound"
  remote    = "52.118.97.201/32"
  protocol  = "tcp"
  port_min  = 443
  port_max  = 443
}

resource "ibm_is_security_group_rule" "iks_prod_from_cluster_3" {
  group     = var.security_group_id
  direction = "inbound"
  remote    = "52.118.150.66/32"
  protocol  = "tcp"
  port_min  = 443
  port_max  = 443
}
