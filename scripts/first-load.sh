#!/usr/bin/env bash
# Measures the first open of a dashboard link: starts the production jar on a free port with an empty temp data
# dir (the demo monitor is loaded into it), runs com.riskdesk.load.FirstLoad (>= 10 interleaved cold Chromium loads
# of /monitors/venezuela and /embed/monitors/venezuela) and stops the jar again.
#   scripts/first-load.sh [RUNS]        builds this checkout; JAR=path/to.jar measures another production jar
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
jdk="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar="${JAR:-}"

is_production_jar() {
  [ -f "$1" ] && unzip -p "$1" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'
}
if [ -z "$jar" ]; then
  # This checkout's code, as a production build, copied aside so a later `./mvnw verify` cannot swap it mid-run.
  echo "Building the production jar ..."
  JAVA_HOME="$jdk" ./mvnw -B -q -Pproduction package -DskipTests
  jar="$(mktemp -d)/risk-monitor.jar"
  cp target/risk-monitor-0.1.0-SNAPSHOT.jar "$jar"
  # The production build leaves production-mode frontend files in target/ that a later development build would
  # mistake for its own: start the measurement's own build from a clean target/.
  JAVA_HOME="$jdk" ./mvnw -B -q clean
fi
is_production_jar "$jar" || { echo "$jar is not a production build" >&2; exit 1; }

echo "Compiling the measurement ..."
JAVA_HOME="$jdk" ./mvnw -B -q test-compile
JAVA_HOME="$jdk" ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/first-load.classpath

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
data="$(mktemp -d)"
log="$data/app.log"
"$jdk/bin/java" -jar "$jar" --server.port="$port" --app.data-dir="$data" --app.admin.password=first-load-only-$$ \
  >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$base/embed/monitors/venezuela"; then break; fi
  kill -0 "$app" 2>/dev/null || { echo "The app stopped:" >&2; tail -40 "$log" >&2; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "$base/embed/monitors/venezuela" || { echo "The app did not answer in 120 s" >&2; exit 1; }

echo "Measuring $base ($runs runs each, interleaved) ..."
"$jdk/bin/java" -cp "target/test-classes:target/classes:$(cat target/first-load.classpath)" \
  com.riskdesk.load.FirstLoad "$base" "$runs"
