#!/usr/bin/env bash
# Portcullis fix for cluster iks-prod (cq2lq0ud0t3mfm6aff7g), VPC iks-prod-vpc, requirements acl-sg-minimums:
# 0 blocked and 1 partly open requirements.
# 4 rules to add; no rule is changed or deleted. Review, then run it logged in to the VPC's region.
set -euo pipefail

# registry-vpe-outbound
ibmcloud is network-acl-rule-add r006-a1000000-0000-4000-8000-000000000001 allow inbound tcp 10.240.0.0/17 0.0.0.0/0 --name pc-registry-vpe-outbound-reply-1 --source-port-min 4443 --source-port-max 4443 --before-rule r006-r-deny-all-inbound
ibmcloud is network-acl-rule-add r006-a1000000-0000-4000-8000-000000000001 allow inbound tcp 10.240.128.0/18 0.0.0.0/0 --name pc-registry-vpe-outbound-reply-2 --source-port-min 4443 --source-port-max 4443 --before-rule r006-r-deny-all-inbound
ibmcloud is network-acl-rule-add r006-a1000000-0000-4000-8000-000000000001 allow outbound tcp 0.0.0.0/0 10.240.0.0/17 --name pc-registry-vpe-outbound-out-1 --destination-port-min 4443 --destination-port-max 4443 --before-rule r006-r-deny-all-outbound
ibmcloud is network-acl-rule-add r006-a1000000-0000-4000-8000-000000000001 allow outbound tcp 0.0.0.0/0 10.240.128.0/18 --name pc-registry-vpe-outbound-out-2 --destination-port-min 4443 --destination-port-max 4443 --before-rule r006-r-deny-all-outbound

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
