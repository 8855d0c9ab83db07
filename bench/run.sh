#!/usr/bin/env bash
# Connect Gateway benchmark (issue 11): a legacy SearchForImages through the gateway against nginx
# passing the identical v3 call through to the same upstream, side by side in one run, plus
# latency with one connection, GetImageDetails and GetLargestImageDownloadAuthorizations rounds,
# the gateway's RSS and its token-endpoint calls. Method and figures: docs/benchmarks.md.
#
#   bench/run.sh                 build the jar (mvnw -o package -DskipTests), then benchmark it
#   bench/run.sh --no-build      benchmark target/quarkus-app as it is
#   bench/run.sh --jar DIR       benchmark another build: DIR is a checkout or its target/quarkus-app
#                                (or set BENCH_JAR_DIR); implies --no-build
#   bench/run.sh --quick         3 s rounds, for trying the script (figures not worth recording)
#   bench/run.sh --redis         the gateway keeps its sessions in a redis-server started here
#                                (gateway.session.store=redis; installs redis-server from apt if missing)
#   options: --label TEXT (recorded in the results file), --keep (keep the work directory and logs)
#
# Environment: JAVA_OPTS (JVM flags of the gateway under test; default: the packaged app's
# jvm.options if it has one, else the JVM flags of the README's run command), UPSTREAM_JAVA_OPTS
# (of the upstream JVM; default none), JAVA (java binary), BENCH_TIME_LIMIT (seconds, default 180).
#
# Everything runs on 127.0.0.1 only. Whatever the script started is stopped on exit, failure,
# Ctrl-C or when the time limit is reached. Never run from ./mvnw verify or .ci/run.

set -Eeuo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
T0=$(date +%s)
LIMIT=${BENCH_TIME_LIMIT:-180}
JAVA=${JAVA:-java}
HOST=127.0.0.1

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "bench: $*" >&2; exit 1; }
say() { printf '[%3ds] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

build=1 quick=0 keep=0 redis=0 label=${BENCH_LABEL:-} app_dir=${BENCH_JAR_DIR:-}
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    --jar) [[ $# -ge 2 ]] || die "--jar needs a directory"; app_dir=$2; shift ;;
    --jar=*) app_dir=${1#--jar=} ;;
    --quick) quick=1 ;;
    --keep) keep=1 ;;
    --redis) redis=1 ;;
    --label) [[ $# -ge 2 ]] || die "--label needs a text"; label=$2; shift ;;
    --label=*) label=${1#--label=} ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
  shift
done

# Round lengths (seconds): warm-up, the two 32-connection search rounds, the two 1-connection
# rounds, the GetImageDetails and GetLargestImageDownloadAuthorizations rounds.
if ((quick)); then WARM=3 MAIN=3 ONE=3 OPS=3; else WARM=10 MAIN=20 ONE=10 OPS=10; fi
CONNS=32 THREADS=2

# ---- cleanup: everything started here is stopped, whatever happens ------------------------------
WORK=$(mktemp -d /tmp/connect-bench.XXXXXX)
STARTED=()     # pids of long-running processes we started (JVMs, nginx master)
CHILD=         # the foreground job being waited for (build, wrk)
WATCHDOG=
finished=0

stop_pid() {   # TERM, up to 10 s, then KILL
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM ERR
  [[ -n $WATCHDOG ]] && kill "$WATCHDOG" 2>/dev/null
  [[ -n $CHILD ]] && stop_pid "$CHILD"
  local pid
  for pid in "${STARTED[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${STARTED[@]}"; do stop_pid "$pid"; done
  wait 2>/dev/null || true
  if ((finished && !keep)); then
    rm -rf "$WORK"
  else
    echo "bench: logs kept in $WORK" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; echo "bench: interrupted" >&2; exit 130' INT
trap 'echo "bench: stopped (time limit ${LIMIT}s or TERM)" >&2; exit 143' TERM

# A hard stop at the time limit, whatever is running.
( while (( $(date +%s) - T0 < LIMIT )); do sleep 1; done; kill -TERM $$ 2>/dev/null ) &
WATCHDOG=$!

# Runs a command in the background and waits for it, so INT/TERM are handled at once.
run_child() {
  "$@" &
  CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

# ---- tools -------------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need_apt+=(nginx-light)
command -v jq >/dev/null || need_apt+=(jq)
command -v curl >/dev/null || need_apt+=(curl)
((redis)) && ! command -v redis-server >/dev/null && need_apt+=(redis-server)
if ((${#need_apt[@]})); then
  say "installing ${need_apt[*]} (apt-get install -y)"
  # Keep the package's own nginx service from starting on port 80: only our nginx runs.
  made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive run_child apt-get install -y -q "${need_apt[@]}" > "$WORK/apt.log" 2>&1 \
    || { ((made_policy)) && rm -f /usr/sbin/policy-rc.d; tail -n 20 "$WORK/apt.log" >&2; die "apt-get install failed"; }
  ((made_policy)) && rm -f /usr/sbin/policy-rc.d
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# ---- the jar -------------------------------------------------------------------------------------
if [[ -n $app_dir ]]; then
  build=0
  if [[ -f $app_dir/target/quarkus-app/quarkus-run.jar ]]; then app_dir=$app_dir/target/quarkus-app; fi
  [[ -f $app_dir/quarkus-run.jar ]] || die "no quarkus-run.jar in $app_dir (nor in $app_dir/target/quarkus-app)"
  app_dir=$(cd "$app_dir" && pwd)
else
  app_dir=$REPO/target/quarkus-app
fi
if ((build)); then
  say "building the packaged jar: ./mvnw -q -o package -DskipTests"
  cd "$REPO"
  run_child ./mvnw -q -o package -DskipTests || die "build failed"
fi
[[ -f $app_dir/quarkus-run.jar ]] || die "no $app_dir/quarkus-run.jar: build it, or drop --no-build"
JAR=$app_dir/quarkus-run.jar

checkout=$(git -C "$app_dir" rev-parse --show-toplevel 2>/dev/null || (cd "$app_dir/../.." && pwd))
commit=$(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo unknown)
# The last commit that changed what the jar is built from (HEAD may only have changed bench/ or docs/).
src_commit=$(git -C "$checkout" log -1 --format=%h -- src pom.xml .mvn 2>/dev/null || true)
src_commit=${src_commit:-unknown}
if [[ $commit != unknown && -n $(git -C "$checkout" status --porcelain --untracked-files=no -- src pom.xml 2>/dev/null) ]]; then
  commit="$commit+uncommitted" src_commit="$src_commit+uncommitted"
fi

# JVM flags of the gateway under test: JAVA_OPTS, else the app's jvm.options, else the README's.
readme_flags() {
  local readme=$checkout/README.md line tok out=()
  [[ -f $readme ]] || readme=$REPO/README.md
  line=$(grep -m1 -E '(^|[^[:alnum:]])java .*-jar target/quarkus-app/quarkus-run\.jar' "$readme" 2>/dev/null) || return 0
  line=${line#*java }
  line=${line%%-jar target/quarkus-app/quarkus-run.jar*}
  for tok in $line; do
    case $tok in
      @target/quarkus-app/*) out+=("@$app_dir/${tok#@target/quarkus-app/}") ;;
      -X*|@*) out+=("$tok") ;;
    esac
  done
  echo "${out[*]}"
}
if [[ -n ${JAVA_OPTS+set} ]]; then
  GW_OPTS=$JAVA_OPTS GW_OPTS_FROM="JAVA_OPTS"
elif [[ -f $app_dir/jvm.options ]]; then
  GW_OPTS="@$app_dir/jvm.options" GW_OPTS_FROM="$app_dir/jvm.options"
else
  GW_OPTS=$(readme_flags) GW_OPTS_FROM="README.md run command"
fi
UP_OPTS=${UPSTREAM_JAVA_OPTS:-}
read -ra GW_OPTS_A <<< "$GW_OPTS"
read -ra UP_OPTS_A <<< "$UP_OPTS"

# ---- ports ---------------------------------------------------------------------------------------
USED_PORTS=" "
port_busy() {
  if command -v ss >/dev/null; then ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; fi
}
free_port() {   # free_port VAR
  local p i
  for ((i = 0; i < 100; i++)); do
    p=$((20000 + RANDOM % 40000))
    [[ $USED_PORTS == *" $p "* ]] && continue
    port_busy "$p" && continue
    USED_PORTS+="$p "
    printf -v "$1" '%s' "$p"
    return 0
  done
  die "no free port found"
}
free_port SB_PORT; free_port UP_HTTP; free_port UP_HTTPS
free_port GW_HTTP; free_port GW_HTTPS; free_port NGINX_PORT
STORE=memory STORE_OPTS=()
if ((redis)); then
  free_port REDIS_PORT
  STORE="redis (127.0.0.1:$REDIS_PORT)"
  # A key made for this run only.
  STORE_OPTS=(-Dgateway.session.store=redis "-Dquarkus.redis.hosts=redis://$HOST:$REDIS_PORT"
    "-Dgateway.session.redis.encryption-key=$(head -c 32 /dev/urandom | base64)")
fi
SANDBOX=http://$HOST:$SB_PORT/sandbox

# ---- processes -----------------------------------------------------------------------------------
# The JVMs start in the work directory (no stray config/application.properties) without any
# GATEWAY_* or QUARKUS_* variable of the caller's environment.
clean_env=()
while read -r v; do clean_env+=(-u "$v"); done < <(compgen -e | grep -E '^(GATEWAY|QUARKUS)_' || true)

start_jvm() {   # start_jvm NAME LOG java-args...
  local name=$1 log=$2; shift 2
  (cd "$WORK" && exec env "${clean_env[@]}" "$JAVA" "$@" -jar "$JAR") > "$log" 2>&1 &
  STARTED+=($!)
  printf -v "$name" '%s' "$!"
}

if ((redis)); then
  say "starting redis-server on $HOST:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind $HOST --save '' --appendonly no > "$WORK/redis.log" 2>&1 &
  STARTED+=($!)
fi
say "starting the upstream (sandbox on $HOST:$SB_PORT) and the gateway (HTTP $GW_HTTP, HTTPS $GW_HTTPS)"
start_jvm UP_PID "$WORK/upstream.log" "${UP_OPTS_A[@]}" \
  -Dquarkus.profile=demo -Dquarkus.http.host=$HOST \
  -Dquarkus.http.port="$UP_HTTP" -Dquarkus.http.ssl-port="$UP_HTTPS" \
  -Dgateway.sandbox.host=$HOST -Dgateway.sandbox.port="$SB_PORT"
start_jvm GW_PID "$WORK/gateway.log" "${GW_OPTS_A[@]}" \
  -Dquarkus.http.host=$HOST -Dquarkus.http.port="$GW_HTTP" -Dquarkus.http.ssl-port="$GW_HTTPS" \
  -Dgateway.upstream.api-url="$SANDBOX" -Dgateway.upstream.token-url="$SANDBOX/oauth2/token" \
  -Dgateway.credentials.mode=pass-through -Dgateway.sandbox.enabled=false "${STORE_OPTS[@]}"

# nginx: /v3/... to the sandbox's /sandbox/v3/... unchanged (query, headers), keepalive upstream.
mkdir -p "$WORK/nginx/logs"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream sandbox {
    server $HOST:$SB_PORT;
    keepalive 64;
  }
  server {
    listen $HOST:$NGINX_PORT;
    location /v3/ {
      proxy_pass http://sandbox/sandbox/v3/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $HOST:$SB_PORT;
      # A 25-image answer (about 40 KB) fits in memory: nothing goes through temp files.
      proxy_buffer_size 16k;
      proxy_buffers 16 16k;
      proxy_max_temp_file_size 0;
    }
  }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" > "$WORK/nginx/test.log" 2>&1 \
  || { cat "$WORK/nginx/test.log" >&2; die "nginx configuration refused"; }
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' > "$WORK/nginx/logs/stdout.log" 2>&1 &
NGINX_PID=$!
STARTED+=("$NGINX_PID")

wait_http() {   # wait_http WHAT PID URL [curl options]: until the URL answers at all
  local what=$1 pid=$2 url=$3; shift 3
  local until=$(( $(date +%s) + 90 ))
  while :; do
    kill -0 "$pid" 2>/dev/null || { tail -n 25 "$WORK"/*.log "$WORK/nginx/logs/"*.log >&2 2>/dev/null; die "$what exited during start"; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "$url" || true) != 000 ]] && return 0
    (( $(date +%s) < until )) || die "$what did not answer within 90 s"
    sleep 0.2
  done
}
wait_http upstream "$UP_PID" "$SANDBOX/control/stats"
wait_http gateway "$GW_PID" "http://$HOST:$GW_HTTP/"
wait_http nginx "$NGINX_PID" "http://$HOST:$NGINX_PORT/"
grep -q "Upstream v3 API: $SANDBOX" "$WORK/gateway.log" || die "the gateway does not use the upstream at $SANDBOX (see $WORK/gateway.log)"
! grep -q "Sandbox listening" "$WORK/gateway.log" || die "the gateway started its own sandbox"
say "all up"

# ---- helpers -----------------------------------------------------------------------------------
stats() { curl -sf --max-time 5 "$SANDBOX/control/stats"; }
stat_of() { jq -r ".$2" <<< "$1"; }
cpu_ticks() {   # user+system clock ticks of a process and its children processes (nginx workers)
  local total=0 p f
  for p in "$1" $(pgrep -P "$1" 2>/dev/null || true); do
    f=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    f=${f##*) }   # fields after the command name
    read -ra a <<< "$f"
    total=$((total + a[11] + a[12]))   # utime, stime (fields 14 and 15)
  done
  echo "$total"
}
TICK=$(getconf CLK_TCK)
legacy() {   # legacy URL BODYFILE OUTFILE
  curl -sf --max-time 15 -k "$1" -H 'Content-Type: application/json' --data-binary "@$2" -o "$3"
}
status_of() { jq -r '.ResponseHeader.Status' "$1"; }

# ---- one user session, one token, one search -------------------------------------------------
S_BEFORE=$(stats) || die "no stats from the upstream"
GW=http://$HOST:$GW_HTTP
cat > "$WORK/create-session.json" <<'EOF'
{"RequestHeader": {"Token": null, "CoordinationId": "bench"},
 "CreateSessionRequestBody": {"SystemId": "sandbox-system", "SystemPassword": "sandbox-secret",
                              "UserName": "sandbox-user", "UserPassword": "sandbox-password"}}
EOF
legacy "https://$HOST:$GW_HTTPS/v1/session/CreateSession" "$WORK/create-session.json" "$WORK/session.json" \
  || die "CreateSession failed"
[[ $(status_of "$WORK/session.json") == success ]] || die "CreateSession: $(head -c 400 "$WORK/session.json")"
TOKEN=$(jq -r .CreateSessionResult.Token "$WORK/session.json")
WINDOW_MIN=$(jq -r .CreateSessionResult.TokenDurationMinutes "$WORK/session.json")

# The bearer token for the pass-through and direct rounds: a password grant of the demo user.
curl -sf --max-time 5 "$SANDBOX/oauth2/token" -H 'Api-Key: sandbox-system' \
  -d grant_type=password -d client_id=sandbox-system -d client_secret=sandbox-secret \
  -d username=sandbox-user -d password=sandbox-password -o "$WORK/v3-token.json" || die "password grant failed"
BEARER=$(jq -r .access_token "$WORK/v3-token.json")
OWN_TOKEN_CALLS=1

jq -n --arg t "$TOKEN" '{RequestHeader: {Token: $t},
  SearchForImagesRequestBody: {Query: {SearchPhrase: "dog"}, Filter: {ImageFamilies: ["Creative"]},
                               ResultOptions: {ItemStartNumber: 1, ItemCount: 25}}}' > "$WORK/search-body.json"
legacy "$GW/v2/search/SearchForImages" "$WORK/search-body.json" "$WORK/search.json" || die "SearchForImages failed"
[[ $(status_of "$WORK/search.json") == success ]] || die "SearchForImages: $(head -c 400 "$WORK/search.json")"
n=$(jq '.SearchForImagesResult.Images | length' "$WORK/search.json")
[[ $n == 25 ]] || die "SearchForImages gave $n images, not 25"

# The v3 call the gateway made for it, as the sandbox received it: path, query, headers.
curl -sf --max-time 5 "$SANDBOX/control/last-search" -o "$WORK/last-search.json" || die "no last-search"
V3_PATH=$(jq -r .path "$WORK/last-search.json")
V3_PATH=${V3_PATH#/sandbox}
V3_QUERY=$(jq -r '.query | to_entries | map("\(.key)=\(.value | @uri)") | join("&")' "$WORK/last-search.json" | sed 's/%2C/,/g')
V3_PATHQ="$V3_PATH?$V3_QUERY"
v3_headers=(-H "Api-Key: sandbox-system" -H "Authorization: Bearer $BEARER")
while IFS=$'\t' read -r k v; do v3_headers+=(-H "$k: $v"); done < <(
  jq -r '.headers | to_entries[] | select(.value != null and (.value | type) == "string") | "\(.key)\t\(.value)"' "$WORK/last-search.json")

for url in "http://$HOST:$NGINX_PORT$V3_PATHQ" "$SANDBOX$V3_PATHQ"; do
  curl -sf --max-time 10 "${v3_headers[@]}" "$url" -o "$WORK/v3-check.json" || die "v3 call failed: $url"
  n=$(jq '.images | length' "$WORK/v3-check.json")
  [[ $n == 25 ]] || die "$url gave $n images, not 25"
done

jq -n --arg t "$TOKEN" --slurpfile s "$WORK/search.json" '{RequestHeader: {Token: $t},
  GetImageDetailsRequestBody: {ImageIds: [$s[0].SearchForImagesResult.Images[].ImageId]}}' > "$WORK/details-body.json"
jq -n --arg t "$TOKEN" --slurpfile s "$WORK/search.json" '{RequestHeader: {Token: $t},
  GetLargestImageDownloadAuthorizationsRequestBody: {Images: [$s[0].SearchForImagesResult.Images[] | {ImageId}]}}' > "$WORK/largest-body.json"
DETAILS_PATH=/v1/search/GetImageDetails
LARGEST_PATH=/v1/download/GetLargestImageDownloadAuthorizations
for op in details:$DETAILS_PATH largest:$LARGEST_PATH; do
  legacy "$GW${op#*:}" "$WORK/${op%%:*}-body.json" "$WORK/${op%%:*}.json" || die "${op#*:} failed"
  [[ $(status_of "$WORK/${op%%:*}.json") =~ ^(success|warning)$ ]] || die "${op#*:}: $(head -c 400 "$WORK/${op%%:*}.json")"
done
say "session, token and v3 call ready: GET $V3_PATHQ"

# ---- rounds --------------------------------------------------------------------------------------
rounds_time=$((WARM + 2 * MAIN + 2 * ONE + 2 * OPS + 7 * 2 + 5))
left=$((LIMIT - ($(date +%s) - T0)))
((left > rounds_time)) || die "only ${left}s left of ${LIMIT}s, the rounds need about ${rounds_time}s (a slow build? try --no-build)"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
S_LOAD_START=$(stats)
ROUNDS=()
declare -A R

ms_of() {   # ms_of FILE PERCENT: wrk's --latency line "  50%  342.00us" in milliseconds
  awk -v pct="$2%" '$1 == pct { v = $2; m = 1
      if (v ~ /us$/) { sub(/us$/, "", v); m = 0.001 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
      else if (v ~ /m$/) { sub(/m$/, "", v); m = 60000 } else if (v ~ /s$/) { sub(/s$/, "", v); m = 1000 }
      printf "%.3f", v * m; exit }' "$1"
}

# round NAME LABEL TARGET_PID CONNS THREADS SECONDS URL EXPECT [BODY|CYCLE=...] -- [wrk -H ...]
round() {
  local name=$1 text=$2 tpid=$3 c=$4 t=$5 d=$6 url=$7 expect=$8 body=${9:-}
  shift 9; [[ ${1:-} == -- ]] && shift
  local out=$WORK/wrk-$name.txt s0 s1 g0 g1 u0 u1 cycle=
  if [[ $body == CYCLE=* ]]; then cycle=${body#CYCLE=}; body=; fi
  s0=$(stats); g0=$(cpu_ticks "$tpid"); u0=$(cpu_ticks "$UP_PID")
  say "round $name: $text, $c connection(s), ${d}s"
  BENCH_BODY=$body BENCH_CYCLE=$cycle BENCH_EXPECT=$expect \
    run_child wrk -t"$t" -c"$c" -d"${d}s" --timeout 5s --latency -s "$BENCH_DIR/wrk.lua" "$@" "$url" > "$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed in round $name"; }
  g1=$(cpu_ticks "$tpid"); u1=$(cpu_ticks "$UP_PID"); s1=$(stats)
  local line req bad sock
  line=$(grep '^BENCH bad=' "$out") || { cat "$out" >&2; die "no summary from wrk in round $name"; }
  req=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<< "$line")
  bad=$(sed -E 's/.* bad=([0-9]+).*/\1/' <<< "$line")
  sock=$(awk -v l="$line" 'BEGIN { n = split(l, f, " "); s = 0
      for (i = 1; i <= n; i++) if (f[i] ~ /^(connect|read|write|timeout)=/) { split(f[i], kv, "="); s += kv[2] } print s }')
  R[$name.text]=$text R[$name.conns]=$c R[$name.secs]=$d R[$name.requests]=$req
  R[$name.rps]=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  R[$name.p50]=$(ms_of "$out" 50) R[$name.p99]=$(ms_of "$out" 99)
  R[$name.errors]=$((bad + sock))
  R[$name.first_bad]=$(sed -n 's/^BENCH first_bad=//p' "$out" | head -c 200)
  R[$name.v3_searches]=$(( $(stat_of "$s1" searchRequests) - $(stat_of "$s0" searchRequests) ))
  R[$name.v3_images]=$(( $(stat_of "$s1" imageRequests) - $(stat_of "$s0" imageRequests) ))
  R[$name.token_calls]=$(( $(stat_of "$s1" tokenRequests) - $(stat_of "$s0" tokenRequests) ))
  R[$name.cpu_ms]=$(awk -v a="$g0" -v b="$g1" -v r="$req" -v hz="$TICK" 'BEGIN { if (r > 0) printf "%.3f", (b - a) * 1000 / hz / r; else print "" }')
  R[$name.up_cpu_ms]=$(awk -v a="$u0" -v b="$u1" -v r="$req" -v hz="$TICK" 'BEGIN { if (r > 0) printf "%.3f", (b - a) * 1000 / hz / r; else print "" }')
  ROUNDS+=("$name")
  sleep 1   # what was still in flight when wrk stopped finishes before the next round
}

v3_wrk=(); for h in "${v3_headers[@]}"; do [[ $h == -H ]] || v3_wrk+=(-H "$h"); done

round warmup "warm-up: the three legacy operations in turn" "$GW_PID" $CONNS $THREADS $WARM "$GW/" legacy \
  "CYCLE=/v2/search/SearchForImages $WORK/search-body.json $DETAILS_PATH $WORK/details-body.json $LARGEST_PATH $WORK/largest-body.json"
round gw32 "gateway SearchForImages" "$GW_PID" $CONNS $THREADS $MAIN "$GW/v2/search/SearchForImages" legacy "$WORK/search-body.json"
round nginx32 "nginx pass-through of the same v3 call" "$NGINX_PID" $CONNS $THREADS $MAIN "http://$HOST:$NGINX_PORT$V3_PATHQ" v3 "" -- "${v3_wrk[@]}"
round gw1 "gateway SearchForImages" "$GW_PID" 1 1 $ONE "$GW/v2/search/SearchForImages" legacy "$WORK/search-body.json"
round direct1 "upstream directly, the same v3 call" "$UP_PID" 1 1 $ONE "$SANDBOX$V3_PATHQ" v3 "" -- "${v3_wrk[@]}"
round details32 "gateway GetImageDetails, 25 ids" "$GW_PID" $CONNS $THREADS $OPS "$GW$DETAILS_PATH" legacy "$WORK/details-body.json"
round largest32 "gateway GetLargestImageDownloadAuthorizations, 25 ids" "$GW_PID" $CONNS $THREADS $OPS "$GW$LARGEST_PATH" legacy "$WORK/largest-body.json"

# ---- after the load ------------------------------------------------------------------------------
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
GW_RSS_MB=$(( $(ps -o rss= -p "$GW_PID") / 1024 ))
GW_HWM_MB=$(( $(awk '/^VmHWM:/ { print $2 }' "/proc/$GW_PID/status") / 1024 ))
UP_RSS_MB=$(( $(ps -o rss= -p "$UP_PID") / 1024 ))
S_END=$(stats)
TOKEN_RUN=$(( $(stat_of "$S_END" tokenRequests) - $(stat_of "$S_BEFORE" tokenRequests) - OWN_TOKEN_CALLS ))
TOKEN_LOAD=$(( $(stat_of "$S_END" tokenRequests) - $(stat_of "$S_LOAD_START" tokenRequests) ))
RATIO=$(awk -v g="${R[gw32.rps]}" -v n="${R[nginx32.rps]}" 'BEGIN { printf "%.3f", g / n }')
ADD_P50=$(awk -v g="${R[gw1.p50]}" -v d="${R[direct1.p50]}" 'BEGIN { printf "%.3f", g - d }')
ADD_P99=$(awk -v g="${R[gw1.p99]}" -v d="${R[direct1.p99]}" 'BEGIN { printf "%.3f", g - d }')
ELAPSED=$(( $(date +%s) - T0 ))

# ---- summary -----------------------------------------------------------------------------------
verdict() { awk -v v="$1" -v op="$2" -v lim="$3" 'BEGIN { ok = (op == ">=") ? v >= lim : v <= lim; print ok ? "met" : "MISSED" }'; }
echo
echo "Connect Gateway benchmark — commit $commit (sources as of $src_commit)${label:+ ($label)}$( ((quick)) && echo ', QUICK run: not for recording')"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; $("$JAVA" -version 2>&1 | head -n1)"
echo "tools: $(wrk -v 2>&1 | head -n1 | awk '{ print "wrk", $2 }'), $("$NGINX" -v 2>&1 | sed 's|.*version: ||')"
echo "gateway JVM flags: ${GW_OPTS:-(none)}  [from $GW_OPTS_FROM]; upstream JVM flags: ${UP_OPTS:-(none)}"
echo "session store: $STORE"
echo "load average before the rounds: $LOAD_BEFORE, after: $LOAD_AFTER"
echo "v3 call: GET $V3_PATHQ"
echo
printf '%-10s %-50s %5s %4s %10s %9s %9s %6s %8s %9s\n' round what conns secs "req/s" "p50 ms" "p99 ms" errors "v3/req" "cpu ms/req"
for r in "${ROUNDS[@]}"; do
  v3req=$(awk -v s="${R[$r.v3_searches]}" -v i="${R[$r.v3_images]}" -v n="${R[$r.requests]}" 'BEGIN { if (n > 0) printf "%.2f", (s + i) / n }')
  printf '%-10s %-50s %5s %4s %10s %9s %9s %6s %8s %9s\n' "$r" "${R[$r.text]:0:50}" "${R[$r.conns]}" "${R[$r.secs]}" \
    "${R[$r.rps]}" "${R[$r.p50]}" "${R[$r.p99]}" "${R[$r.errors]}" "$v3req" "${R[$r.cpu_ms]:--}"
done
echo "(errors: answers that were not HTTP 200 + Status success/warning (legacy) or 200 with images (v3), and socket errors;"
echo " v3/req: v3 calls the upstream counted per request; cpu ms/req: CPU of the process served (gateway, nginx, upstream))"
echo
printf '%-54s %12s %18s  %s\n' "goal (issue 11)" measured goal ""
printf '%-54s %12s %18s  %s\n' "throughput ratio gateway/nginx, 32 connections" "$RATIO" ">= 0.5" "$(verdict "$RATIO" '>=' 0.5)"
printf '%-54s %12s %18s  %s\n' "added latency p50, 1 connection (gateway - upstream)" "$ADD_P50 ms" "<= 1 ms" "$(verdict "$ADD_P50" '<=' 1)"
printf '%-54s %12s %18s  %s\n' "added latency p99, 1 connection (gateway - upstream)" "$ADD_P99 ms" "<= 3 ms" "$(verdict "$ADD_P99" '<=' 3)"
printf '%-54s %12s %18s  %s\n' "gateway RSS after the load (peak $GW_HWM_MB MB)" "$GW_RSS_MB MB" "<= 256 MB" "$(verdict "$GW_RSS_MB" '<=' 256)"
printf '%-54s %12s %18s  %s\n' "token-endpoint calls by the gateway, whole run" "$TOKEN_RUN" "<= 1 per ${WINDOW_MIN}-min window" "$(verdict "$TOKEN_RUN" '<=' 1)"
echo "(token calls: the run lasts ${ELAPSED}s, inside one session window; CreateSession's grant is counted, the"
echo " script's own grant for the v3 rounds is not; $TOKEN_LOAD of them during the load rounds. Upstream RSS: $UP_RSS_MB MB)"
for r in "${ROUNDS[@]}"; do
  if [[ ${R[$r.errors]} != 0 ]]; then
    echo "WARNING: round $r had ${R[$r.errors]} errors; first bad answer: ${R[$r.first_bad]:-(socket errors only)}"
  fi
done

# ---- results file --------------------------------------------------------------------------------
mkdir -p "$BENCH_DIR/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
result=$BENCH_DIR/results/$stamp.json
{
  for r in "${ROUNDS[@]}"; do
    jq -n --arg name "$r" --arg text "${R[$r.text]}" --argjson conns "${R[$r.conns]}" --argjson secs "${R[$r.secs]}" \
      --argjson requests "${R[$r.requests]}" --argjson rps "${R[$r.rps]}" --argjson p50 "${R[$r.p50]}" \
      --argjson p99 "${R[$r.p99]}" --argjson errors "${R[$r.errors]}" --argjson v3s "${R[$r.v3_searches]}" \
      --argjson v3i "${R[$r.v3_images]}" --argjson tok "${R[$r.token_calls]}" \
      --arg cpu "${R[$r.cpu_ms]}" --arg ucpu "${R[$r.up_cpu_ms]}" \
      '{round: $name, what: $text, connections: $conns, seconds: $secs, requests: $requests,
        requests_per_s: $rps, p50_ms: $p50, p99_ms: $p99, errors: $errors,
        upstream_searches: $v3s, upstream_image_lookups: $v3i, token_calls: $tok,
        cpu_ms_per_request: ($cpu | tonumber? // null), upstream_cpu_ms_per_request: ($ucpu | tonumber? // null)}'
  done
} | jq -s --arg commit "$commit" --arg srccommit "$src_commit" --arg lbl "$label" --arg stamp "$stamp" --argjson quick "$quick" \
    --arg jar "$JAR" --arg gwopts "$GW_OPTS" --arg gwfrom "$GW_OPTS_FROM" --arg upopts "$UP_OPTS" \
    --arg nproc "$(nproc)" --arg mem "$(free -g | awk '/^Mem:/ { print $2 }')" \
    --arg java "$("$JAVA" -version 2>&1 | head -n1)" --arg tools "$(wrk -v 2>&1 | head -n1 | awk '{ print "wrk", $2 }'), $("$NGINX" -v 2>&1 | sed 's|.*version: ||')" --arg lb "$LOAD_BEFORE" --arg la "$LOAD_AFTER" \
    --arg v3 "GET $V3_PATHQ" --argjson ratio "$RATIO" --argjson ap50 "$ADD_P50" --argjson ap99 "$ADD_P99" \
    --argjson rss "$GW_RSS_MB" --argjson hwm "$GW_HWM_MB" --argjson uprss "$UP_RSS_MB" \
    --argjson tokrun "$TOKEN_RUN" --argjson tokload "$TOKEN_LOAD" --argjson window "$WINDOW_MIN" \
    --argjson elapsed "$ELAPSED" --arg store "$STORE" \
  '{time: $stamp, commit: $commit, source_commit: $srccommit, "label": $lbl, quick: ($quick == 1), jar: $jar,
    session_store: $store,
    machine: {cores: ($nproc | tonumber), memory_gib: ($mem | tonumber), java: $java,
              load_before: $lb, load_after: $la, tools: $tools},
    gateway_jvm_flags: $gwopts, gateway_jvm_flags_from: $gwfrom, upstream_jvm_flags: $upopts,
    v3_call: $v3, rounds: .,
    throughput_ratio: $ratio, added_latency_p50_ms: $ap50, added_latency_p99_ms: $ap99,
    gateway_rss_mb: $rss, gateway_peak_rss_mb: $hwm, upstream_rss_mb: $uprss,
    gateway_token_calls: $tokrun, token_calls_during_load: $tokload, session_window_minutes: $window,
    elapsed_s: $elapsed}' > "$WORK/result.json"
mv "$WORK/result.json" "$result"
echo
echo "results: ${result#"$REPO"/}  (total ${ELAPSED}s)"
finished=1
