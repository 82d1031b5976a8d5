#!/usr/bin/env bash
# Build-level measurement (issue 8): compiles a generated project of 2 x N files (half plain C#, half heavy SDK use) with
# GreenAnalyzers, Meziantou.Analyzer and Roslynator.Analyzers, and ReportAnalyzer on; prints each analyzer package's time
# next to the compile time. Usage: tests/GreenAnalyzers.Benchmarks/build-benchmark.sh [N=1000] [findings|compliant]
# (findings: every rule fires in every SDK file; compliant: the same calls written the way the rules ask).
# RUNS=k repeats the measured build k times and prints each run's shares and their median (runs vary by 10-20% here).
# SERVER=1 builds with the compiler server (dotnet build's default; this machine sets UseSharedCompilation=false), warmed
# by the first build, so the analyzers are already compiled and their catalogs loaded, as on a developer's machine.
# CPU=1 also runs the build's own compiler command under perf (if installed) and prints each package's share of the
# compiler's on-CPU samples: ReportAnalyzer times callbacks by the wall clock, so on 2 cores its times include waiting.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000}
variant=${2:-findings}
runs=${RUNS:-1}
work=$(mktemp -d)
version="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
if [ -z "${KEEP_BENCHMARK:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "Work directory (kept): $work"; fi

dotnet pack "$root/src/GreenAnalyzers.Package" -c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v:q >/dev/null
dotnet run -c Release --project "$root/tests/GreenAnalyzers.Benchmarks" -- generate "$work/app/src" "$n" "$variant" >/dev/null
cat > "$work/app/Bench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <NoWarn>\$(NoWarn);CS1998;CS8618</NoWarn>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
    <!-- every rule on, so each analyzer does its full work -->
    <AnalysisMode>All</AnalysisMode>
    <GreenAnalyzersMode>all-warnings</GreenAnalyzersMode>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GreenAnalyzers" Version="$version" PrivateAssets="all" />
    <PackageReference Include="Meziantou.Analyzer" Version="3.0.321" PrivateAssets="all" />
    <PackageReference Include="Roslynator.Analyzers" Version="5.0.1" PrivateAssets="all" />
    <PackageReference Include="AWSSDK.EC2" Version="4.0.132.2" />
    <PackageReference Include="Microsoft.ML.OnnxRuntime.Managed" Version="1.31.1" />
    <ProjectReference Include="$root/tests/Stubs/AWSSDK.BedrockRuntime/AWSSDK.BedrockRuntime.Stub.csproj" />
    <ProjectReference Include="$root/tests/Stubs/AWSSDK.SageMaker/AWSSDK.SageMaker.Stub.csproj" />
  </ItemGroup>
</Project>
PROJECT
cd "$work/app"
shared=false
if [ -n "${SERVER:-}" ]; then shared=true; fi
dotnet restore -nologo -v:q >/dev/null
# Build the references first so the measured build compiles only this project.
dotnet build -c Release -nologo -v:q -p:UseSharedCompilation=$shared >/dev/null 2>&1 || true
measured_build() {
  dotnet build -c Release --no-restore --no-dependencies --no-incremental -nologo -v:d -p:ReportAnalyzer=true \
    -p:UseSharedCompilation=$shared -clp:PerformanceSummary > "$1" 2>&1 || true
}
measured_build build.log

compile=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' build.log | awk '{print $1}' | sort -n | tail -1)
echo "Generated files: $((2 * n)) ($variant); Csc task: ${compile} ms"
echo "GreenAnalyzers findings (proof the rules did their work): $(grep -oE '[A-Za-z0-9]+\.cs\([0-9,]+\): warning GA[0-9]{4}' build.log | sort -u | awk '{print $3}' | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')"
grep -E "Total analyzer execution time|(GreenAnalyzers|Meziantou|Roslynator)[A-Za-z.]*, Version" build.log | sed 's/^\s*//' | sort -u
echo
echo "GreenAnalyzers per analyzer (seconds, share of analyzer time, analyzer):"
grep -E "GreenAnalyzers\.Analyzers\.[A-Za-z]+Analyzer" build.log | sed 's/^\s*//' | sort -u || true
# Median time per rule: an analyzer's time divided by the rules it reports, over each package's analyzers; and over the
# analyzers above the report's 1 ms resolution, since most rules of a general-purpose package find nothing to do here.
median() { sort -n | awk '{v[NR]=$1} END{print NR==0?"-":(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
for package in "GreenAnalyzers.Analyzers" "Meziantou.Analyzer.Rules" "Roslynator"; do
  lines=$(grep -E "^\s+[0-9.<]+\s+\S+\s+${package//./\\.}\.[A-Za-z.]+ \(" build.log | sed 's/^\s*//' | sort -u || true)
  if [ -z "$lines" ]; then echo "$package: no per-analyzer lines"; continue; fi
  per_rule='{t=$1; sub(/^</,"",t); n=gsub(/,/,",")+1; if (t > min) printf "%.6f\n", t/n}'
  count=$(printf "%s\n" "$lines" | wc -l)
  busy=$(printf "%s\n" "$lines" | awk -v min=0.001 "$per_rule" | wc -l)
  echo "$package: $count analyzers, median $(printf "%s\n" "$lines" | awk -v min=-1 "$per_rule" | median) s per rule;" \
    "$busy above 1 ms, median $(printf "%s\n" "$lines" | awk -v min=0.001 "$per_rule" | median) s per rule"
done

# One line per measured build: the Csc task and each package's analyzer time, GreenAnalyzers as a share of the Csc task.
package_time() { grep -E "^\s+[0-9.]+\s+\S+\s+$1, Version" "$2" | head -1 | awk '{print $1}'; }
summarize() {
  local log=$1 csc green mez ros
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | sort -n | tail -1)
  green=$(package_time GreenAnalyzers "$log"); mez=$(package_time Meziantou.Analyzer "$log"); ros=$(package_time Roslynator.CSharp.Analyzers "$log")
  awk -v c="$csc" -v g="$green" -v m="$mez" -v r="$ros" \
    'BEGIN{printf "Csc %.1f s, GreenAnalyzers %.3f s = %.2f%% of Csc, Meziantou %.3f s, Roslynator %.3f s, GreenAnalyzers/Meziantou %.2f\n", c/1000, g, 100*g*1000/c, m, r, g/m}'
}
echo
echo "run 1: $(summarize build.log)"
for run in $(seq 2 "$runs"); do
  measured_build "build-$run.log"
  echo "run $run: $(summarize "build-$run.log")"
done
if [ "$runs" -gt 1 ]; then
  shares=$(for log in build.log build-*.log; do summarize "$log"; done | sed -E 's/.*= ([0-9.]+)% of Csc.*/\1/')
  echo "median share of Csc over $runs runs: $(printf "%s\n" "$shares" | median)%"
fi
if [ -n "${SERVER:-}" ]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi

# On-CPU samples of the same compiler command (perf, 499 Hz, call stacks, the runtime's perf map for JIT-compiled code).
if [ -n "${CPU:-}" ]; then
  if ! command -v perf >/dev/null; then echo "CPU=1: perf is not installed, skipped"; exit 0; fi
  grep -m1 -E '^\s+\S+/Roslyn/bincore/csc ' build.log | sed -E 's#^\s+(\S+/Roslyn/bincore/csc) #\1\n#' > csc.cmd
  compiler=$(head -1 csc.cmd); tail -n +2 csc.cmd > csc.rsp
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 499 -g -o cpu.data -- "$compiler" @csc.rsp > cpu.log 2>&1 || true
  perf script -i cpu.data -F ip,sym 2>/dev/null | awk 'BEGIN { RS = "" }
    { total++ }
    /\[GreenAnalyzers\]/ { green++; next }
    /\[Meziantou\.Analyzer\]/ { mez++; next }
    /\[Roslynator[A-Za-z.]*\]/ { ros++ }
    END { printf "On-CPU samples of the compiler (%d): GreenAnalyzers %.2f%% (%.2f s), Meziantou %.2f%% (%.2f s), Roslynator %.2f%% (%.2f s)\n",
      total, 100*green/total, green/499, 100*mez/total, mez/499, 100*ros/total, ros/499 }'
  find /tmp -maxdepth 1 -name 'perf-*.map' -newer csc.rsp -delete 2>/dev/null || true
fi
