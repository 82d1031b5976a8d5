#!/usr/bin/env bash
# Build-level measurement (issue 8): compiles a generated project of 2 x N files (half plain C#, half heavy SDK use) with
# GreenAnalyzers, Meziantou.Analyzer and Roslynator.Analyzers, and ReportAnalyzer on; prints each analyzer package's time
# next to the compile time. Usage: tests/GreenAnalyzers.Benchmarks/build-benchmark.sh [N=1000] [findings|compliant]
# (findings: every rule fires in every SDK file; compliant: the same calls written the way the rules ask).
# RUNS=k repeats the measured build k times and prints each run's shares and their median (runs vary by 10-20% here).
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
dotnet restore -nologo -v:q >/dev/null
# Build the references first so the measured build compiles only this project.
dotnet build -c Release -nologo -v:q >/dev/null 2>&1 || true
dotnet build -c Release --no-restore --no-dependencies --no-incremental -nologo -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary > build.log 2>&1 || true

compile=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' build.log | awk '{print $1}' | sort -n | tail -1)
echo "Generated files: $((2 * n)) ($variant); Csc task: ${compile} ms"
echo "GreenAnalyzers findings (proof the rules did their work): $(grep -oE '[A-Za-z0-9]+\.cs\([0-9,]+\): warning GA[0-9]{4}' build.log | sort -u | awk '{print $3}' | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')"
grep -E "Total analyzer execution time|(GreenAnalyzers|Meziantou|Roslynator)[A-Za-z.]*, Version" build.log | sed 's/^\s*//' | sort -u
echo
echo "GreenAnalyzers per analyzer (seconds, share of analyzer time, analyzer):"
grep -E "GreenAnalyzers\.Analyzers\.[A-Za-z]+Analyzer" build.log | sed 's/^\s*//' | sort -u || true
# Median time per rule: an analyzer's time divided by the rules it reports, over each package's analyzers.
for package in "GreenAnalyzers.Analyzers" "Meziantou.Analyzer.Rules" "Roslynator"; do
  values=$(grep -E "^\s+[0-9.<]+\s+\S+\s+${package//./\\.}\.[A-Za-z.]+ \(" build.log | sed 's/^\s*//' | sort -u \
    | awk '{t=$1; sub(/^</,"",t); n=gsub(/,/,",")+1; printf "%.6f\n", t/n}' | sort -n)
  count=$(printf "%s\n" "$values" | grep -c . || true)
  if [ "$count" -eq 0 ]; then echo "$package: no per-analyzer lines"; continue; fi
  median=$(printf "%s\n" "$values" | awk -v n="$count" '{v[NR]=$1} END{print (n%2)?v[(n+1)/2]:(v[n/2]+v[n/2+1])/2}')
  echo "$package: $count analyzers, median $median s per rule"
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
  dotnet build -c Release --no-restore --no-dependencies --no-incremental -nologo -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary > "build-$run.log" 2>&1 || true
  echo "run $run: $(summarize "build-$run.log")"
done
if [ "$runs" -gt 1 ]; then
  shares=$(for log in build.log build-*.log; do summarize "$log"; done | sed -E 's/.*= ([0-9.]+)% of Csc.*/\1/' | sort -n)
  echo "median share of Csc over $runs runs: $(printf "%s\n" "$shares" | awk '{v[NR]=$1} END{print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}')%"
fi
