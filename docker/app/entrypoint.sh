#!/bin/sh
# Starts Payara Micro with the OpenMQ resource adapter (pointed at MARKETPLACE_MQ_ADDRESS) deployed
# before the application. Everything else is read by the application from the environment.
set -eu
: "${MARKETPLACE_DB_URL:?set MARKETPLACE_DB_URL, e.g. jdbc:mysql://mysql:3306/marketplace}"
: "${MARKETPLACE_MQ_ADDRESS:?set MARKETPLACE_MQ_ADDRESS, e.g. broker:7676}"
dir=/opt/payara/marketplace
escaped=$(printf '%s' "$MARKETPLACE_MQ_ADDRESS" | sed 's/:/\\:/g')
# Listener settings go before the boot: set after it, they restart the HTTP listener. HTTP/1.1
# only on this cleartext listener (no browser asks for h2c; TLS and HTTP/2 belong to the proxy).
cat > /tmp/pre-boot.asadmin <<ASADMIN
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.max-post-size-bytes=52428800
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.http2-enabled=false
ASADMIN
cat > /tmp/post-boot.asadmin <<ASADMIN
create-resource-adapter-config --property ConnectionURL=mq\://$escaped imqjmsra
deploy --name imqjmsra --type rar $dir/imqjmsra.rar
ASADMIN
exec java ${JAVA_OPTS:--XX:MaxRAMPercentage=75} -jar /opt/payara/payara-micro.jar \
  --nocluster --port 8080 --prebootcommandfile /tmp/pre-boot.asadmin \
  --postbootcommandfile /tmp/post-boot.asadmin \
  --deploy "$dir/marketplace.war" --contextroot /
