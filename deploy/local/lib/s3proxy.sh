# shellcheck shell=bash
# S3Proxy: an S3 API on 127.0.0.1 that keeps the objects as files in $KOLO_DATA_DIR/objects.

s3proxy_start() {
  local props="$KOLO_DATA_DIR/s3proxy.properties"
  mkdir -p "$KOLO_DATA_DIR/objects"
  (umask 077 && cat >"$props") <<PROPS
s3proxy.endpoint=http://127.0.0.1:$KOLO_S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$KOLO_S3_ACCESS_KEY
s3proxy.credential=$KOLO_S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$KOLO_DATA_DIR/objects
PROPS
  start_service s3proxy "$JAVA" -jar "$SERVICES_DIR/s3proxy.jar" --properties "$props"
}

# Any HTTP answer will do: without credentials S3Proxy says 403.
s3proxy_ready() { [[ -n $(http_status "$KOLO_S3_PORT" /) ]]; }
