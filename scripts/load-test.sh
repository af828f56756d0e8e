#!/usr/bin/env bash
# Load test of the live dashboard: N protocol-level viewers (JDK HttpClient + WebSocket, doing what Flow's client
# does in Chromium) plus K real headless Chromium viewers, an entry saved through the staff form, and the app's
# retained heap, update delays, API latency and log errors per step. Report: target/load-report.txt.
#
# Usage: scripts/load-test.sh [options]
#   --viewers "100 1000 2000 5000"  protocol viewers per step (each step opens a fresh set, then leaves)
#   --browsers 3                    headless Chromium viewers per step
#   --heap 1g                       the app's -Xmx
#   --jar PATH                      app jar (default: this checkout, built with -Pproduction and copied
#                                   to a temp folder)
#   --concurrency 24                viewers opened (and left) at a time
#   --delay-bound 60                seconds after the click on Save before a viewer counts as "missed"
#   --leave-waits "30 120"          seconds after leaving at which heap is measured (e.g. "5 15" for a quick run)
#   --quick                         shorthand for --viewers "20 100" --browsers 1 --leave-waits "5 15"
# Environment: JAVA_HOME (JDK 21+, default /usr/lib/jvm/temurin-25-jdk-amd64), CHROME_BIN, CHROMEDRIVER,
#   HARNESS_XMX (the harness JVM's own heap, default 2g), HARNESS_JVM_OPTIONS (e.g. a flight recording of the harness),
#   LOAD_APP_JVM_OPTIONS (extra JVM options for the app alone).
# Loopback only: the app is started on 127.0.0.1 on a free port with a fresh temp data dir, and always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR=""
ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --quick) ARGS+=(--viewers "20 100" --browsers 1 --leave-waits "5 15"); shift ;;
    --viewers|--browsers|--heap|--concurrency|--delay-bound|--leave-waits) ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

if [[ -z "$JAR" ]]; then
  # Always this checkout's code, as a production build; copied aside so a later `./mvnw verify` (which repackages
  # target/*.jar in development mode) cannot swap it underneath a run.
  echo "Building the production jar ..."
  timeout 900 ./mvnw -q -B -Pproduction package -DskipTests
  JAR="$(mktemp -d)/risk-monitor.jar"
  cp target/risk-monitor-0.1.0-SNAPSHOT.jar "$JAR"
  # The production build leaves production-mode frontend files in target/ that a later development build would
  # mistake for its own (and ask for a bundle rebuild): start the harness's own build from a clean target/.
  ./mvnw -q -B clean
fi
echo "Compiling the harness and computing the test classpath ..."
timeout 600 ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
  -Dmdep.includeScope=test
CP="target/test-classes:$(cat target/load-classpath.txt)"

# The harness stops the app itself; this trap is the backstop if the harness JVM is killed.
HARNESS_PID=""
cleanup() {
  if [[ -n "$HARNESS_PID" ]] && kill -0 "$HARNESS_PID" 2>/dev/null; then kill "$HARNESS_PID" 2>/dev/null || true; fi
  if [[ -f target/load-app.pid ]]; then
    APP_PID=$(cat target/load-app.pid)
    if kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; fi
    rm -f target/load-app.pid
  fi
}
trap cleanup EXIT INT TERM

ulimit -n 65536 2>/dev/null || true
"$JAVA" -Xmx"${HARNESS_XMX:-2g}" ${HARNESS_JVM_OPTIONS:-} -cp "$CP" com.riskdesk.load.LoadHarness \
  --jar "$JAR" --java "$JAVA" --jcmd "$JAVA_HOME/bin/jcmd" \
  --chromium "${CHROME_BIN:-/usr/bin/chromium}" --chromedriver "${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  --log target/load-server.log --report target/load-report.txt --pid-file target/load-app.pid "${ARGS[@]}" &
HARNESS_PID=$!
wait "$HARNESS_PID"
