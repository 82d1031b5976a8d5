#!/usr/bin/env bash
# Editor latency (issue 19, docs/performance.md "In the editor"): generates a project of 2 x N files (half plain C#, half
# heavy SDK use; N=250 gives 500 files) that references the packed GreenAnalyzers package, opens one SDK file in csharp-ls
# (from the repository's tool manifest, analyzers on) and times EDITS edits of a model id, each from didChange to the
# first diagnostics answer that shows the change. Not part of the tests.
# Usage: tests/GreenAnalyzers.Benchmarks/editor-benchmark.sh [N=250] [EDITS=20]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-250}
edits=${2:-20}
work=$(mktemp -d)
if [ -z "${KEEP_BENCHMARK:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "Work directory (kept): $work"; fi
# This run's own packages folder: nothing is added to the global NuGet folder.
export NUGET_PACKAGES="$work/packages" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

(cd "$root" && dotnet tool restore >/dev/null)
dotnet pack "$root/src/GreenAnalyzers.Package" -c Release -o "$work/feed" -nologo -v:q >/dev/null
version=$(ls "$work/feed" | sed -E 's/^GreenAnalyzers\.(.*)\.nupkg$/\1/')
dotnet build -c Release "$root/tests/GreenAnalyzers.Benchmarks" -nologo -v:q >/dev/null
dotnet run -c Release --no-build --project "$root/tests/GreenAnalyzers.Benchmarks" -- generate "$work/app/src" "$n" findings >/dev/null
cat > "$work/app/nuget.config" <<CONFIG
<configuration><packageSources><add key="greenanalyzers" value="$work/feed" /></packageSources></configuration>
CONFIG
cat > "$work/app/Bench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <NoWarn>\$(NoWarn);CS1998;CS8618</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GreenAnalyzers" Version="$version" PrivateAssets="all" />
    <PackageReference Include="AWSSDK.EC2" Version="4.0.132.2" />
    <PackageReference Include="Microsoft.ML.OnnxRuntime.Managed" Version="1.31.1" />
    <ProjectReference Include="$root/tests/Stubs/AWSSDK.BedrockRuntime/AWSSDK.BedrockRuntime.Stub.csproj" />
    <ProjectReference Include="$root/tests/Stubs/AWSSDK.SageMaker/AWSSDK.SageMaker.Stub.csproj" />
  </ItemGroup>
</Project>
PROJECT
(cd "$work/app" && dotnet build -c Release -nologo -v:q >/dev/null 2>&1 || true)
echo "Project: $(ls "$work/app/src" | wc -l) files, GreenAnalyzers $version, csharp-ls $(grep -A1 '"csharp-ls"' "$root/.config/dotnet-tools.json" | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')"
dotnet run -c Release --no-build --project "$root/tests/GreenAnalyzers.Benchmarks" -- editor "$work/app" "$work/app/src/Sdk0.cs" "$edits"
