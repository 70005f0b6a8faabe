#!/bin/bash
# Docker HEALTHCHECK for pendlerbot (see the Dockerfile): GET /healthz on the
# address in PENDLERBOT_HTTP. The image has no curl or wget, so the request
# goes through bash's /dev/tcp. Exit 0 = healthy (answer 200), 1 = unhealthy.
set -u
addr=${PENDLERBOT_HTTP:-}
if [ -z "$addr" ]; then
  echo "PENDLERBOT_HTTP is not set: the bot serves no /healthz" >&2
  exit 1
fi
port=${addr##*:}
host=${addr%:*}
host=${host#[}
host=${host%]}
# A wildcard address is asked on loopback.
case $host in
  0.0.0.0 | '') host=127.0.0.1 ;;
  ::) host=::1 ;;
esac
if ! { exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null; then
  echo "nothing listens on $host:$port" >&2
  exit 1
fi
printf 'GET /healthz HTTP/1.1\r\nhost: %s\r\nconnection: close\r\n\r\n' "$host" >&3
response=$(timeout 5 cat <&3)
exec 3<&-
if [ -z "$response" ]; then
  echo "no answer from $host:$port within 5 s" >&2
  exit 1
fi
status_line=${response%%$'\r'*}
body=${response#*$'\r\n\r\n'}
echo "/healthz: $status_line: $body"
read -r _ status _ <<<"$status_line"
[ "$status" = 200 ]
