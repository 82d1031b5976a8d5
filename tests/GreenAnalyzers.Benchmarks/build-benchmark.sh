#!/usr/bin/env bash
# Build-level measurement (issues 8 and 21), one command for every code shape:
#   none          N files of ordinary C# (controllers, repositories, domain logic), no SDK referenced;
#   ordinary      the same N files in a project that references AWSSDK.Core, EC2, Bedrock/SageMaker and ONNX Runtime;
#   sdk           3N SDK-heavy files, about as many lines as N ordinary ones, in one or more variants (Generated.Variants):
#                 findings, every rule fires in every file (about 320 findings per kLOC, a stress case); typical, 3 files
#                 in 17 are findings files and the rest compliant (about 50 per kLOC, the density of tests/Corpus, the
#                 repository's real-shaped applications); compliant, written the way the rules ask (no finding);
#   pathological  one file: a 10,000-line method, 5,000 string concatenations, lambdas nested 60 deep, a 10,000-element
#                 collection initializer (SDKs referenced).
# Each shape is its own project referencing GreenAnalyzers (packed from this checkout), Meziantou.Analyzer 3.0.321 and
# Roslynator.Analyzers 5.0.1 with every rule on, and an appsettings.json (the configuration-file rules run on it).
# ReportAnalyzer own times of `dotnet build --no-incremental`, with the compiler server (dotnet build's default) warmed by
# a first build that is not counted; the median of RUNS rebuilds (default 3). Prints, per shape, ms/kLOC and the ratio to
# Meziantou, the slowest GreenAnalyzers analyzer and GreenAnalyzers' findings per kLOC (how dense the shape is, beside
# the corpus's density, printed first), then allocations per kLOC of both SDK-referencing shapes (in process, the
# benchmark program's `allocations` mode), and a summary table to paste into docs/performance.md.
#
# Usage: tests/GreenAnalyzers.Benchmarks/build-benchmark.sh [N=400 (about 47 kLOC per shape)] [variants=findings]
#   variants         the sdk shape's variants, one ("typical") or several ("compliant typical findings"): sdk is then
#                    built and measured once per variant, each its own row of the one summary table
#   RUNS=k           measured rebuilds per shape (median reported), taken in rounds: one rebuild of each shape per round
#   SHAPES="..."     the shapes to build (default: none ordinary sdk pathological)
#   FRESH=1          a fresh compiler process per build (UseSharedCompilation=false) instead of the server: JIT and
#                    catalog loading are then paid in every build (the fixed cost the targets do not count)
#   ALLOCATIONS=0    skip the allocation measurement
#   CPU=1            also run the last measured build's compiler command of each shape under perf (if installed) and print
#                    each package's share of the compiler's on-CPU samples (ReportAnalyzer times callbacks by the wall
#                    clock, so on 2 cores its times include waiting)
#   CPU=warm         after the measured rebuilds of each shape, restart the compiler server with perf maps, warm it with
#                    two builds and record its on-CPU samples over three more rebuilds (perf, 999 Hz): each package's
#                    samples and GreenAnalyzers/Meziantou in samples, the CPU each spends in a warm build, free of the
#                    waits and collections wall-clock callback times take in on 2 cores (these rebuilds are not timed)
#   KEEP_BENCHMARK=1 keep the work directory (build logs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-400}
variants=${2:-findings}
runs=${RUNS:-3}
shapes=${SHAPES:-none ordinary sdk pathological}
work=$(mktemp -d)
version="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
if [ -z "${KEEP_BENCHMARK:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "Work directory (kept): $work"; fi
shared=true
if [ -n "${FRESH:-}" ]; then shared=false; fi
meziantou=3.0.321
roslynator=5.0.1

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); .NET SDK $(dotnet --version);" \
  "load average at start $(cut -d' ' -f1-3 /proc/loadavg); N=$n, sdk variants: $variants; $runs measured builds per shape, compiler $([ "$shared" = true ] && echo "server (warm)" || echo "fresh process per build")"
dotnet build -c Release "$root/tests/GreenAnalyzers.Benchmarks" -nologo -v:q >/dev/null
benchmark() { dotnet run -c Release --no-build --project "$root/tests/GreenAnalyzers.Benchmarks" -- "$@"; }
# An unknown variant fails here, before anything is built, with the program's message naming the accepted ones.
for variant in $variants; do benchmark generate-shape "$work/check" sdk 1 "$variant" >/dev/null; done
rm -rf "$work/check"

# The density real code has: the findings the corpus apps expect (expected.txt, one a line) per kLOC of their C#.
corpus_findings=$(cat "$root"/tests/Corpus/*/expected.txt | grep -cvE '^\s*(#|$)')
corpus_lines=$(find "$root/tests/Corpus" -name '*.cs' -exec cat {} + | wc -l)
corpus_density=$(awk -v f="$corpus_findings" -v l="$corpus_lines" 'BEGIN{printf "%.1f", 1000 * f / l}')
echo "tests/Corpus ($(find "$root/tests/Corpus" -mindepth 1 -maxdepth 1 -type d | wc -l) apps): $corpus_findings findings in $corpus_lines lines of C#, $corpus_density findings/kLOC:" \
  "$(cat "$root"/tests/Corpus/*/expected.txt | grep -vE '^\s*(#|$)' | awk '{print $NF}' | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')"
dotnet pack "$root/src/GreenAnalyzers.Package" -c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v:q >/dev/null

median() { sort -n | awk '{v[NR]=$1} END{print NR==0?"-":(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
package_time() { grep -E "^\s+[0-9.<]+\s+\S+\s+$1, Version" "$2" | head -1 | awk '{t=$1; sub(/^</,"",t); print t}'; }
csc_time() { grep -E '^\s+[0-9]+ ms\s+Csc\s' "$1" | awk '{print $1/1000}' | sort -n | tail -1; }

project() {
  local shape=$1 dir=$2 sdk_references=""
  if [ "$shape" != none ]; then
    sdk_references="
    <PackageReference Include=\"AWSSDK.EC2\" Version=\"4.0.132.2\" />
    <PackageReference Include=\"Microsoft.ML.OnnxRuntime.Managed\" Version=\"1.31.1\" />
    <ProjectReference Include=\"$root/tests/Stubs/AWSSDK.BedrockRuntime/AWSSDK.BedrockRuntime.Stub.csproj\" />
    <ProjectReference Include=\"$root/tests/Stubs/AWSSDK.Bedrock/AWSSDK.Bedrock.Stub.csproj\" />
    <ProjectReference Include=\"$root/tests/Stubs/AWSSDK.SageMaker/AWSSDK.SageMaker.Stub.csproj\" />
    <ProjectReference Include=\"$root/tests/Stubs/AWSSDK.SageMakerRuntime/AWSSDK.SageMakerRuntime.Stub.csproj\" />"
  fi
  # The pathological file is built without the SDK's own analyzers (Microsoft.CodeAnalysis.NetAnalyzers): with every one
  # of their rules on (AnalysisMode=All) they alone keep its build running past 10 minutes, where the compiler without
  # analyzers takes about a minute, Roslynator alone about the same and Meziantou alone about three (docs/performance.md,
  # 2026-12-07). The three packages compared here keep every rule on.
  local others="
    <PackageReference Include=\"Meziantou.Analyzer\" Version=\"$meziantou\" PrivateAssets=\"all\" />
    <PackageReference Include=\"Roslynator.Analyzers\" Version=\"$roslynator\" PrivateAssets=\"all\" />" net_analyzers=true
  if [ "$shape" = pathological ]; then net_analyzers=false; fi
  cat > "$dir/Bench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>\$(NoWarn);CS1998;CS8618</NoWarn>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
    <!-- every rule on, so each analyzer does its full work -->
    <AnalysisMode>All</AnalysisMode>
    <EnableNETAnalyzers>$net_analyzers</EnableNETAnalyzers>
    <GreenAnalyzersMode>all-warnings</GreenAnalyzersMode>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GreenAnalyzers" Version="$version" PrivateAssets="all" />$others$sdk_references
  </ItemGroup>
</Project>
PROJECT
}

measured_build() {
  dotnet build -c Release --no-restore --no-dependencies --no-incremental -nologo -v:d -p:ReportAnalyzer=true \
    -p:UseSharedCompilation=$shared -clp:PerformanceSummary > "$1" 2>&1 || true
}

# What is built: each shape once, sdk once per variant ("sdk typical"); the variant is ignored by the other shapes.
measured=()
for shape in $shapes; do
  if [ "$shape" = sdk ]; then for variant in $variants; do measured+=("sdk $variant"); done; else measured+=("$shape"); fi
done
# SDK-heavy files are a third as long as the ordinary ones: three times as many keep the shapes at about the same size.
files_of() { if [ "$1" = sdk ]; then echo $((3 * n)); else echo "$n"; fi; }

summary=()
cpu_rows=()
for label in "${measured[@]}"; do
  read -r shape variant <<< "$label"
  variant=${variant:-findings}
  dir="$work/${label// /-}"
  mkdir -p "$dir"
  benchmark generate-shape "$dir/src" "$shape" "$(files_of "$shape")" "$variant" >/dev/null
  project "$shape" "$dir"
  (cd "$dir" && dotnet restore -nologo -v:q >/dev/null)
  # The references and a first build (not counted): the compiler server is up, the analyzers JIT-compiled, catalogs loaded.
  (cd "$dir" && dotnet build -c Release -nologo -v:q -p:UseSharedCompilation=$shared >/dev/null 2>&1 || true)
done
# The measured rebuilds go round the shapes, one of each per round: the server keeps speeding up over a run (Meziantou's
# own time fell by up to half from the first shape's rebuilds to the last's, 2026-12-08), and a shape measured after
# another would otherwise be compared on a faster divisor.
for run in $(seq 1 "$runs"); do
  for label in "${measured[@]}"; do (cd "$work/${label// /-}" && measured_build "build-$run.log"); done
done

for label in "${measured[@]}"; do
  read -r shape variant <<< "$label"
  variant=${variant:-findings}
  dir="$work/${label// /-}"
  lines=$(cat "$dir"/src/*.cs | wc -l)
  kloc=$(awk -v l="$lines" 'BEGIN{printf "%.1f", l/1000}')
  log="$dir/build-1.log"
  if ! grep -q "GreenAnalyzers, Version" "$log"; then echo "$shape: no ReportAnalyzer output for GreenAnalyzers; see $log"; tail -20 "$log"; exit 1; fi
  csc=$(for r in $(seq 1 "$runs"); do csc_time "$dir/build-$r.log"; done | median)
  green=$(for r in $(seq 1 "$runs"); do package_time GreenAnalyzers "$dir/build-$r.log"; done | median)
  mez=$(for r in $(seq 1 "$runs"); do package_time Meziantou.Analyzer "$dir/build-$r.log"; done | median)
  ros=$(for r in $(seq 1 "$runs"); do package_time Roslynator.CSharp.Analyzers "$dir/build-$r.log"; done | median)
  reported=$( (grep -oE '[A-Za-z0-9.]+\.(cs|json)\([0-9,]+\): warning GA[0-9]{4}' "$log" | sort -u) || true)
  findings=$(echo -n "$reported" | awk 'NF {print $3}' | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')
  # Every GreenAnalyzers finding of the build (the C# files' and appsettings'), per kLOC of the shape's C#.
  density=$(echo -n "$reported" | awk -v l="$lines" 'NF {f++} END {printf "%.1f", 1000 * f / l}')
  # Each GreenAnalyzers analyzer's median over the runs; the slowest one is what the per-analyzer target is about. Since
  # the package ships one analyzer (RuleHost, hosting every rule) that is the only one a build reports; the in-process
  # `profile ... --rules` gives the per-rule split.
  slowest=$(for r in $(seq 1 "$runs"); do grep -E "^\s+[0-9.<]+\s+\S+\s+GreenAnalyzers\.Analyzers\.[A-Za-z]+ \(" "$dir/build-$r.log" \
      | sed 's/^\s*//' | sort -u | awk '{t=$1; sub(/^</,"",t); print $3, t}' || true; done \
    | awk '{v[$1]=v[$1] " " $2} END{for (a in v) print a v[a]}' \
    | while read -r name times; do echo "$(printf "%s\n" $times | median) ${name##*.}"; done | sort -rn | head -3 | awk '{printf "%s %.3f s; ", $2, $1}')
  echo
  echo "== $label: $(find "$dir/src" -name '*.cs' | wc -l) files, $kloc kLOC; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Csc task median $csc s; GreenAnalyzers findings: $density per kLOC (tests/Corpus: $corpus_density): ${findings:-none}"
  echo "runs (GreenAnalyzers · Meziantou · Roslynator, s): $(for r in $(seq 1 "$runs"); do echo -n "$(package_time GreenAnalyzers "$dir/build-$r.log")·$(package_time Meziantou.Analyzer "$dir/build-$r.log")·$(package_time Roslynator.CSharp.Analyzers "$dir/build-$r.log")  "; done)"
  echo "slowest GreenAnalyzers analyzers (median): $slowest"
  if [ "$shape" = pathological ]; then
    echo "(built without the SDK's own analyzers: with every rule of Microsoft.CodeAnalysis.NetAnalyzers on, this file's build runs past 10 minutes; see docs/performance.md)"
  fi
  row=$(awk -v s="$label" -v k="$kloc" -v d="$density" -v c="$csc" -v g="$green" -v m="$mez" -v r="$ros" '
    function t(x) { return x == "-" ? "-" : sprintf("%.3f", x) }
    function per(x) { return x == "-" ? "-" : sprintf("%.2f", 1000 * x / k) }
    BEGIN { printf "| %s | %s | %s | %.1f | %s | %s | %s | %s | %s | %s | %s |", s, k, d, c, t(g), per(g), t(m), per(m), t(r), per(r), (m == "-" || m == 0) ? "-" : sprintf("%.2f", g / m) }')
  echo "$row"
  summary+=("$row ${slowest%; } |")
  if [ "${CPU:-}" = warm ] && command -v perf >/dev/null && [ "$shared" = true ]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
    (cd "$dir" && for i in 1 2; do DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet build -c Release --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=true >/dev/null 2>&1 || true; done)
    server=$(pgrep -f VBCSCompiler | head -1 || true)
    if [ -n "$server" ]; then
      perf record -q -e cpu-clock -F 999 -g -p "$server" -o "$dir/warm.data" 2>/dev/null & recorder=$!
      sleep 1
      (cd "$dir" && for i in 1 2 3; do DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet build -c Release --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=true >/dev/null 2>&1 || true; done)
      kill -INT "$recorder"; wait "$recorder" 2>/dev/null || true
      cpu=$(perf script -i "$dir/warm.data" -F ip,sym 2>/dev/null | awk 'BEGIN { RS = "" }
        { total++ }
        /\[GreenAnalyzers\]/ { green++; next }
        /\[Meziantou\.Analyzer\]/ { mez++; next }
        /\[Roslynator[A-Za-z.]*\]/ { ros++ }
        END { printf "On-CPU samples of the warm compiler server over 3 rebuilds (%d, 999 Hz): GreenAnalyzers %d, Meziantou %d, Roslynator %d; GreenAnalyzers/Meziantou %.2f\n",
          total, green, mez, ros, mez ? green/mez : 0 }')
      echo "$cpu"
      cpu_rows+=("| $label | $(echo "$cpu" | sed -E 's/.*GreenAnalyzers ([0-9]+), Meziantou ([0-9]+), Roslynator ([0-9]+); GreenAnalyzers\/Meziantou ([0-9.]+)/\1 | \2 | \3 | \4/') |")
    fi
    dotnet build-server shutdown >/dev/null 2>&1 || true
    find /tmp -maxdepth 1 -name 'perf-*.map' -newer "$dir/Bench.csproj" -delete 2>/dev/null || true
  fi
  if [ "${CPU:-}" = 1 ] && command -v perf >/dev/null; then
    grep -m1 -E '^\s+\S+/Roslyn/bincore/csc ' "$log" | sed -E 's#^\s+(\S+/Roslyn/bincore/csc) #\1\n#' > "$dir/csc.cmd" || true
    if [ -s "$dir/csc.cmd" ]; then
      compiler=$(head -1 "$dir/csc.cmd"); tail -n +2 "$dir/csc.cmd" > "$dir/csc.rsp"
      (cd "$dir" && DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 499 -g -o cpu.data -- "$compiler" @csc.rsp > cpu.log 2>&1 || true)
      perf script -i "$dir/cpu.data" -F ip,sym 2>/dev/null | awk 'BEGIN { RS = "" }
        { total++ }
        /\[GreenAnalyzers\]/ { green++; next }
        /\[Meziantou\.Analyzer\]/ { mez++; next }
        /\[Roslynator[A-Za-z.]*\]/ { ros++ }
        END { printf "On-CPU samples of a fresh compiler process (%d): GreenAnalyzers %.2f%% (%.2f s), Meziantou %.2f%% (%.2f s), Roslynator %.2f%% (%.2f s)\n",
          total, 100*green/total, green/499, 100*mez/total, mez/499, 100*ros/total, ros/499 }'
      find /tmp -maxdepth 1 -name 'perf-*.map' -newer "$dir/csc.rsp" -delete 2>/dev/null || true
    fi
  fi
done

allocations=()
if [ "${ALLOCATIONS:-1}" != 0 ]; then
  packages=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
  # The analyzer DLLs each package ships for the newest Roslyn the benchmark program's Roslyn (4.14) can load.
  pick() { find "$packages/$1" -path '*/analyzers/dotnet/*cs' -type d 2>/dev/null | grep -E "roslyn4\.(1[0-4]|[0-9])/cs$|/dotnet/cs$" | sort -V | tail -1; }
  with=()
  for folder in "$(pick "meziantou.analyzer/$meziantou")" "$(pick "roslynator.analyzers/$roslynator")"; do
    if [ -n "$folder" ]; then with+=(--with "$folder"); fi
  done
  for label in ordinary $(for variant in $variants; do echo "sdk:$variant"; done); do
    echo
    shape=${label%%:*} variant=findings
    if [ "$shape" = sdk ]; then variant=${label#sdk:}; fi
    out=$(benchmark allocations "$(files_of "$shape")" --shape "$shape" "$variant" "${with[@]}" 2>&1)
    echo "$out"
    allocations+=("| ${label/:/ } | $(echo "$out" | awk '/GreenAnalyzers \(/ {g=$1} /meziantou/ {m=$1} /roslynator/ {r=$1} END {printf "%s | %s | %s", g, m, r}') |")
  done
fi

echo
echo "Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), .NET SDK $(dotnet --version), load average at end $(cut -d' ' -f1-3 /proc/loadavg); ReportAnalyzer, median of $runs rebuilds, compiler $([ "$shared" = true ] && echo "server, warm" || echo "fresh process"); tests/Corpus has $corpus_density GA findings/kLOC)"
echo "| shape | kLOC | GA findings/kLOC | Csc s | GreenAnalyzers s | GA ms/kLOC | Meziantou s | Mez ms/kLOC | Roslynator s | Ros ms/kLOC | GA/Mez | slowest GA analyzers |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
printf "%s\n" "${summary[@]}"
if [ ${#allocations[@]} -gt 0 ]; then
  echo
  echo "| allocated beyond a no-op analyzer, KB/kLOC | GreenAnalyzers | Meziantou | Roslynator |"
  echo "|---|---|---|---|"
  printf "%s\n" "${allocations[@]}"
fi
if [ ${#cpu_rows[@]} -gt 0 ]; then
  echo
  echo "| on-CPU samples, warm server, 3 rebuilds (CPU=warm) | GreenAnalyzers | Meziantou | Roslynator | GA/Mez |"
  echo "|---|---|---|---|---|"
  printf "%s\n" "${cpu_rows[@]}"
fi
