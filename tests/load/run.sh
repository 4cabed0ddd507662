#!/usr/bin/env bash
# End-to-end load: NewsBot against the Bot Framework floor (tests/EchoBot), both published in Release and started
# side by side on loopback ports, driven with `hey` by the same expectReplies question in alternating rounds.
#
#   tests/load/run.sh                        the bundled sample article
#   tests/load/run.sh --sentences 1000000    also a generated archive of that many sentences: index it once, restart
#                                            on the existing index (startup to healthy), working set, load again
# Options: --rounds N (5), --requests N (10000), --concurrency C (8), --question TEXT, --keep (keep the work folder),
#          --archive-rounds N (3), --archive-requests N (2000): the archive's rounds, shorter as each request costs more,
#          --answer-cache N: NewsBot's Knowledge:AnswerCacheSize (0 answers every request afresh, as for new questions)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROUNDS=5 REQUESTS=10000 CONCURRENCY=8 SENTENCES=0 KEEP=0 ARCHIVE_ROUNDS=3 ARCHIVE_REQUESTS=2000 ANSWER_CACHE=4096
QUESTION="When will Blinken meet Lavrov?"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --sentences) SENTENCES=$2; shift 2 ;;
    --question) QUESTION=$2; shift 2 ;;
    --archive-rounds) ARCHIVE_ROUNDS=$2; shift 2 ;;
    --archive-requests) ARCHIVE_REQUESTS=$2; shift 2 ;;
    --answer-cache) ANSWER_CACHE=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

WORK=$(mktemp -d /tmp/newsbot-load.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ $KEEP == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { echo "== $*"; }

if ! command -v hey >/dev/null; then
  log "installing hey (Debian package)"
  apt-get install -y hey >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hey >/dev/null; }
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }

log "publishing NewsBot and the echo bot (Release, ReadyToRun)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# ReadyToRun: the assemblies arrive compiled, so a start-up spends its time opening the index, not in the JIT
PUBLISH=(-c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v quiet)
dotnet publish "$ROOT/Bot/Bot.csproj" "${PUBLISH[@]}" -o "$WORK/newsbot" >/dev/null
dotnet publish "$ROOT/tests/EchoBot/EchoBot.csproj" "${PUBLISH[@]}" -o "$WORK/echo" >/dev/null

# start NAME DLL PORT [VAR=VALUE ...]: starts a published app on 127.0.0.1:PORT, its pid in $STARTED
start() {
  local name=$1 dll=$2 port=$3; shift 3
  (cd "$(dirname "$dll")" && exec env "$@" URLS="http://127.0.0.1:$port" ASPNETCORE_URLS="http://127.0.0.1:$port" \
     MicrosoftAppId= MicrosoftAppPassword= dotnet "$dll" >>"$WORK/$name.log" 2>&1) &
  STARTED=$!
  PIDS+=("$STARTED")
}

# healthy PORT PID TIMEOUT: waits for GET /healthz to answer 200; prints the seconds it took from $T0
healthy() {
  local port=$1 pid=$2 timeout=$3
  while true; do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true) == 200 ]]; then
      awk -v a="$T0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died" >&2; return 1; }
    if awk -v a="$T0" -v b="$(now)" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then echo "not healthy after ${timeout}s" >&2; return 1; fi
    sleep 0.02
  done
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

# cpu_ticks PID: user + system CPU time the process has used so far, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

body() {
  python3 - "$QUESTION" >"$WORK/question.json" <<'PY'
import json, sys
print(json.dumps({"type": "message", "id": "load-1", "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/",
                  "deliveryMode": "expectReplies", "locale": "en-US", "conversation": {"id": "load-test"},
                  "from": {"id": "load-user", "name": "User"}, "recipient": {"id": "bot", "name": "Bot"}, "text": sys.argv[1]}))
PY
}

# check NAME PORT PATTERN: one question by hand; the reply must hold PATTERN
check() {
  local reply
  reply=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$WORK/question.json" "http://127.0.0.1:$2/api/messages")
  if ! grep -q "$3" <<<"$reply"; then echo "$1 did not answer as expected: $reply" | head -c 2000 >&2; exit 1; fi
}

# hey_run PORT OUT: one round; OUT gets hey's report; prints "rps p50_ms p99_ms errors"
hey_run() {
  hey -n "$1" -c "$CONCURRENCY" -m POST -T application/json -D "$WORK/question.json" "http://127.0.0.1:$2/api/messages" >"$3"
  awk -v n="$1" '
    /Requests\/sec:/ { rps = $2 }
    /50%+ in/ { p50 = $3 * 1000 } /99%+ in/ { p99 = $3 * 1000 }
    /^  \[200\]/ { ok = $2 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, n - ok }' "$3"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compare LABEL NEWSBOT_PORT ECHO_PORT NEWSBOT_PID: warm-up, ROUNDS alternating rounds, per-round lines and medians
compare() {
  local label=$1 bot=$2 echo=$3 pid=$4 results="$WORK/$1.tsv"
  : >"$results"
  hey_run 2000 "$echo" "$WORK/warmup.txt" >/dev/null
  hey_run 2000 "$bot" "$WORK/warmup.txt" >/dev/null
  local peak=0
  for ((r = 1; r <= ROUNDS; r++)); do
    local order=(echo newsbot); (( r % 2 == 0 )) && order=(newsbot echo)
    for who in "${order[@]}"; do
      local port=$echo server=$ECHO_PID; [[ $who == newsbot ]] && port=$bot server=$pid
      local before; before=$(cpu_ticks "$server")
      local line; line=$(hey_run "$REQUESTS" "$port" "$WORK/$label-$who-$r.txt")
      # the server's own CPU per request: what the bot costs, less sensitive to other load on the machine than req/s
      local cpu; cpu=$(awk -v a="$before" -v b="$(cpu_ticks "$server")" -v n="$REQUESTS" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", (b - a) * 1000 / t / n }')
      echo "$who $r $line $cpu" >>"$results"
      printf '   round %d %-8s %6s req/s  p50 %6s ms  p99 %6s ms  errors %s  server CPU %s ms/request\n' "$r" "$who" $line "$cpu"
    done
    local rss; rss=$(rss_mib "$pid"); (( rss > peak )) && peak=$rss
  done
  local e_rps e_p50 e_p99 n_rps n_p50 n_p99 errors
  e_rps=$(awk '$1 == "echo" { print $3 }' "$results" | median); n_rps=$(awk '$1 == "newsbot" { print $3 }' "$results" | median)
  e_p50=$(awk '$1 == "echo" { print $4 }' "$results" | median); n_p50=$(awk '$1 == "newsbot" { print $4 }' "$results" | median)
  e_p99=$(awk '$1 == "echo" { print $5 }' "$results" | median); n_p99=$(awk '$1 == "newsbot" { print $5 }' "$results" | median)
  errors=$(awk '{ s += $6 } END { print s }' "$results")
  local e_cpu n_cpu
  e_cpu=$(awk '$1 == "echo" { print $7 }' "$results" | median); n_cpu=$(awk '$1 == "newsbot" { print $7 }' "$results" | median)
  echo "-- $label: medians of $ROUNDS rounds, hey -n $REQUESTS -c $CONCURRENCY, question \"$QUESTION\""
  printf '   %-8s %8s req/s  p50 %7s ms  p99 %7s ms\n' echo "$e_rps" "$e_p50" "$e_p99" newsbot "$n_rps" "$n_p50" "$n_p99"
  awk -v a="$n_rps" -v b="$e_rps" -v c="$n_p50" -v d="$e_p50" -v e="$n_p99" -v f="$e_p99" \
    'BEGIN { printf "   ratio newsbot/echo: req/s %.2fx  p50 %.2fx  p99 %.2fx\n", a / b, c / d, e / f }'
  awk -v a="$n_cpu" -v b="$e_cpu" 'BEGIN { printf "   server CPU per request: newsbot %.3f ms, echo %.3f ms (newsbot/echo %.2fx)\n", a, b, a / b }'
  echo "   non-200 responses (all rounds, both bots): $errors; NewsBot working set peak: $peak MiB"
  local failed; failed=$(grep -c -E 'fail:|Unhandled error' "$WORK/newsbot-$label.log" || true)
  echo "   NewsBot log errors: $failed"
}

body
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), .NET $(dotnet --version)"

ECHO_PORT=$(free_port)
T0=$(now); start echo "$WORK/echo/EchoBot.dll" "$ECHO_PORT"; ECHO_PID=$STARTED
echo "echo bot healthy after $(healthy "$ECHO_PORT" "$ECHO_PID" 60) s"
check echo "$ECHO_PORT" 'Echo:'

log "sample article"
SAMPLE_PORT=$(free_port)
T0=$(now); start newsbot-sample "$WORK/newsbot/NewsBot.Bot.dll" "$SAMPLE_PORT" \
  Knowledge__ArticlesPath="$ROOT/Bot/articles" Knowledge__IndexPath="$WORK/index-sample" Knowledge__AnswerCacheSize="$ANSWER_CACHE"
SAMPLE_PID=$STARTED
echo "NewsBot healthy after $(healthy "$SAMPLE_PORT" "$SAMPLE_PID" 120) s"
check NewsBot "$SAMPLE_PORT" 'schema.org/Quotation'
compare sample "$SAMPLE_PORT" "$ECHO_PORT" "$SAMPLE_PID"
stop "$SAMPLE_PID"

if (( SENTENCES > 0 )); then
  log "archive of $SENTENCES sentences"
  dotnet build "$ROOT/tests/NewsBot.Benchmarks/NewsBot.Benchmarks.csproj" -c Release --nologo -v quiet >/dev/null
  ARTICLES="$WORK/articles-$SENTENCES"
  dotnet "$ROOT/tests/NewsBot.Benchmarks/bin/Release/net10.0/NewsBot.Benchmarks.dll" corpus --sentences "$SENTENCES" --out "$ARTICLES"
  cp "$ROOT"/Bot/articles/*.txt "$ARTICLES/"  # the sample article too, so the question has its answer in the archive
  ARCHIVE_PORT=$(free_port)
  archive() {
    start "newsbot-archive" "$WORK/newsbot/NewsBot.Bot.dll" "$ARCHIVE_PORT" \
      Knowledge__ArticlesPath="$ARTICLES" Knowledge__IndexPath="$WORK/index-archive" Knowledge__AnswerCacheSize="$ANSWER_CACHE"
  }
  T0=$(now); archive; PID=$STARTED
  BUILD=$(healthy "$ARCHIVE_PORT" "$PID" 3600)
  echo "first start, index built from the articles: healthy after $BUILD s ($(awk -v n="$SENTENCES" -v t="$BUILD" 'BEGIN { printf "%.0f", n / t }') sentences/s end to end)"
  stop "$PID"
  T0=$(now); archive; PID=$STARTED
  echo "second start, existing index: healthy after $(healthy "$ARCHIVE_PORT" "$PID" 600) s; working set $(rss_mib "$PID") MiB"
  grep 'Knowledge ready' "$WORK/newsbot-archive.log" | sed 's/^/   /'
  check NewsBot "$ARCHIVE_PORT" 'schema.org/Quotation'
  ROUNDS=$ARCHIVE_ROUNDS REQUESTS=$ARCHIVE_REQUESTS
  compare archive "$ARCHIVE_PORT" "$ECHO_PORT" "$PID"
  echo "   NewsBot working set after the load: $(rss_mib "$PID") MiB"
fi
