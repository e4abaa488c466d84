#!/usr/bin/env bash
# Load test of the real Vaadin protocol against the production jar (README, "Load test").
#   ./mvnw -Pproduction package -DskipTests      # once: target/frit-valg-*.jar
#   src/load/load-test.sh 1000                   # concurrent citizens (default 200)
# Starts the jar with java -jar (profiles demo,load) on the MariaDB at 127.0.0.1:3306 in a fresh schema, runs
# PortalLoadSimulation (Gatling; HTML report under target/gatling/), samples the server's CPU and heap every 5 s, and prints
# throughput, p50/p95/p99 per user action, errors, server heap and CPU, and the machine's load average.
# Settings (environment): LOAD_RAMP=60 LOAD_HOLD=120 (seconds), LOAD_THINK_MIN=3 LOAD_THINK_MAX=8, LOAD_HEAP=1g,
# LOAD_PORT=18080, LOAD_SCHEMA=fritvalg_load, LOAD_JFR=1 (a flight recording to target/gatling/server.jfr),
# LOAD_BASE_URL=http://… (an already running portal: nothing is started), MVN=./mvnw.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-200}
RAMP=${LOAD_RAMP:-60}; HOLD=${LOAD_HOLD:-120}
PORT=${LOAD_PORT:-18080}; SCHEMA=${LOAD_SCHEMA:-fritvalg_load}
MVN=${MVN:-./mvnw}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OUT=target/gatling; mkdir -p "$OUT"
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; if [ -n "${SAMPLER:-}" ]; then kill "$SAMPLER" 2>/dev/null || true; fi; }
trap cleanup EXIT

if [ -z "${LOAD_BASE_URL:-}" ]; then
  JAR=$(ls target/frit-valg-*.jar | head -n 1)
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $SCHEMA; CREATE DATABASE $SCHEMA"
  JFR=(); if [ "${LOAD_JFR:-0}" = 1 ]; then JFR=(-XX:StartFlightRecording=filename=$OUT/server.jfr,settings=profile,dumponexit=true); fi
  SPRING_PROFILES_ACTIVE=demo,load SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$SCHEMA" SPRING_DATASOURCE_USERNAME=root \
    SPRING_DATASOURCE_PASSWORD= PORT=$PORT SPRING_MAIL_PORT=${LOAD_MAIL_PORT:-2599} FRITVALG_LOAD_CITIZENS=${LOAD_CITIZENS:-1000} \
    "$JAVA" -Xms${LOAD_HEAP:-1g} -Xmx${LOAD_HEAP:-1g} "${JFR[@]}" -jar "$JAR" > "$OUT/server.log" 2>&1 &
  PID=$!
  BASE=http://localhost:$PORT
  echo "portal pid $PID on $BASE, waiting for it and its load-test citizens…"
  for _ in $(seq 1 600); do
    if grep -q "Load test: .*citizens\|Started FritValgApplication" "$OUT/server.log" && curl -sf "$BASE/actuator/health/readiness" >/dev/null; then
      sleep 2; break
    fi
    sleep 1
  done
  curl -sf "$BASE/actuator/health" >/dev/null || { echo "the portal did not start: see $OUT/server.log"; exit 1; }
else
  BASE=$LOAD_BASE_URL
  PID=""
fi

# Server CPU (% of one core, from /proc) and heap after the last GC, every 5 s.
SERVER_PID=${PID:-$(pgrep -f 'frit-valg-.*\.jar' | head -n 1 || true)}
if [ -n "$SERVER_PID" ]; then
  (
    hz=$(getconf CLK_TCK); prev=0
    echo "time,cpu_percent,heap_used_mb,load1" > "$OUT/server-samples.csv"
    while kill -0 "$SERVER_PID" 2>/dev/null; do
      ticks=$(awk '{print $14+$15}' /proc/$SERVER_PID/stat)
      heap=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | awk '/used/ {for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); sub(/K,?/,"",v); print int(v/1024); exit}}')
      if [ "$prev" != 0 ]; then echo "$(date +%T),$(( (ticks-prev)*100/hz/5 )),${heap:-},$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/server-samples.csv"; fi
      prev=$ticks; sleep 5
    done
  ) &
  SAMPLER=$!
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
$MVN -B -ntp -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users="$USERS" -Dload.rampSeconds="$RAMP" -Dload.holdSeconds="$HOLD" \
  -Dload.thinkMinSeconds="${LOAD_THINK_MIN:-3}" -Dload.thinkMaxSeconds="${LOAD_THINK_MAX:-8}" -Dload.citizens="${LOAD_CITIZENS:-1000}" \
  | tee "$OUT/gatling-console.log" | grep -v '^\[INFO\] Downloa'
RC=${PIPESTATUS[0]}
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
REPORT=$(ls -td "$OUT"/portalloadsimulation-* 2>/dev/null | head -n 1)
python3 src/load/print-figures.py "$REPORT" "$OUT/server-samples.csv" "$USERS"
exit $RC
