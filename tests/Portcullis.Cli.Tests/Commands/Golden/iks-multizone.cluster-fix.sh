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
