#!/usr/bin/env bash
# Portcullis allowlist for cluster iks-prod: lets traffic from the cluster into the security group given as the first argument.
set -euo pipefail
GROUP="${1:?usage: $0 SECURITY_GROUP}"
ibmcloud is security-group-rule-add "$GROUP" inbound tcp --remote 52.118.32.14/32 --port-min 443 --port-max 443
ibmcloud is security-group-rule-add "$GROUP" inbound tcp --remote 52.118.97.201/32 --port-min 443 --port-max 443
ibmcloud is security-group-rule-add "$GROUP" inbound tcp --remote 52.118.150.66/32 --port-min 443 --port-max 443
