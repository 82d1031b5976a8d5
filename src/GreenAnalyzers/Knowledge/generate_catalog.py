#!/usr/bin/env python3
"""Regenerates Data/models.tsv, Data/embeddings.tsv and Data/sources.tsv from the research catalog
(catalog.json) and the curated Bedrock lifecycle facts (Research/lifecycle.tsv).

The analyzer cannot load a JSON library inside the compiler, so the facts it quotes ship as
small tab-separated resources. Run from the repository root:

    python3 src/GreenAnalyzers/Knowledge/generate_catalog.py ../shared/reference/catalog.json

Only rows whose figures name a source are written; a test fails if a row lacks one.
"""
import json
import re
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Rows the research itself marks as seen only in community price lists, or uncertain:
# they stay in the catalog (so ids are recognised) but never drive a diagnostic.
UNVERIFIED_MARKERS = (
    "Seen only in community price lists",
    "Uncertain:",
    "Treat as unverified",
    "Only in genai-prices",
    "Preview; litellm only",
)


def price_source(entry):
    frm = entry["price_usd_per_1m_tokens"]["in_region_or_us_profile"]["from"]
    if frm.startswith("litellm"):
        return "litellm"
    if frm.startswith("consensus of genai-prices") and "fmbench" in frm:
        return "genai-prices+fmbench"
    if frm.startswith("genai-prices"):
        return "genai-prices"
    raise SystemExit(f"{entry['key']}: price source not recognised: {frm}")


def base_ids(entry):
    prefixes = ("us-gov.", "global.", "apac.", "us.", "eu.", "jp.", "au.", "ca.")
    seen = []
    for model_id in [entry["base_id"], *entry["model_ids"]]:
        for prefix in prefixes:
            if model_id.startswith(prefix):
                model_id = model_id[len(prefix):]
                break
        if model_id not in seen:
            seen.append(model_id)
    return seen


RETIRING_WORDS = ("legacy", "eol", "deprecated", "retiring", "retired")


def lifecycle(entry):
    """active | retiring | unknown. 'retiring' includes unverified reports: a model that may be
    going away is never *suggested*; whether its use is *flagged* as legacy needs a verified source."""
    status = (entry["lifecycle"]["status"] or "not verified").lower()
    if status.startswith("active"):
        return "active", entry["lifecycle"].get("source") or ""
    if any(word in status for word in RETIRING_WORDS):
        return "retiring", entry["lifecycle"].get("source") or ""
    return "unknown", ""


# Lifecycle research (docs/research/bedrock-model-lifecycle.md): AWS pages and model cards, by copy date.
LIFECYCLE_SOURCES = {
    "aws-lifecycle-2025-11": ("AWS Bedrock model lifecycle", "2025-11",
                              "AWS Bedrock User Guide, Model lifecycle (Active/Legacy/EOL tables with recommended replacements)"),
    "aws-lifecycle-2026": ("AWS Bedrock model lifecycle", "2026",
                           "AWS Bedrock User Guide, Model lifecycle and Model lifecycle (Legacy), 2026 versions"),
    "aws-model-cards-2026": ("AWS Bedrock model cards", "2026", "AWS Bedrock User Guide model cards (Model lifecycle, Model EOL date, Prompt caching)"),
    "aws-prompt-caching-2026": ("AWS Bedrock prompt caching", "2026", "AWS Bedrock User Guide, Prompt caching for faster model inference (2026 versions)"),
    "aws-prompt-caching-2025": ("AWS Bedrock prompt caching", "2025", "AWS Bedrock User Guide, Prompt caching for faster model inference (2025 version)"),
}


def read_research(name):
    path = os.path.join(HERE, "Research", name)
    lines = [line.rstrip("\n") for line in open(path, encoding="utf-8") if not line.startswith("#")]
    header = lines[0].split("\t")
    return {row["key"]: row for row in (dict(zip(header, line.split("\t"))) for line in lines[1:] if line)}


def clean(text):
    return " ".join(str(text).split()).replace("\t", " ")


def main(path):
    catalog = json.load(open(path, encoding="utf-8"))
    compiled = catalog["meta"]["compiled"]
    models = catalog["bedrock_text_models"]
    key_of_base = {m["base_id"]: m["key"] for m in models}
    facts = read_research("lifecycle.tsv")
    caching = read_research("prompt-caching.tsv")
    keys = {m["key"] for m in models}
    for key, fact in list(facts.items()) + [(k, dict(v, successor="")) for k, v in caching.items()]:
        if key not in keys or (fact["successor"] and fact["successor"] not in keys):
            raise SystemExit(f"Research/lifecycle.tsv: unknown model key in row {key}")
        if fact["source"] not in LIFECYCLE_SOURCES:
            raise SystemExit(f"Research/lifecycle.tsv: unknown source {fact['source']}")

    rows = []
    for m in models:
        price = m["price_usd_per_1m_tokens"]["in_region_or_us_profile"]
        global_price = m["price_usd_per_1m_tokens"]["global_profile"] or {}
        notes = " ".join(m["notes"])
        verified = "no" if any(marker in notes for marker in UNVERIFIED_MARKERS) else "yes"
        sibling = key_of_base.get(m.get("smaller_sibling_id") or "", "")
        status, status_source = lifecycle(m)
        fact = facts.get(m["key"])
        legacy = ["", "", "", "", "", ""]
        if fact:
            # AWS's own lifecycle facts win over the catalog's notes.
            status, status_source = ("active" if fact["status"] == "active" else "retiring"), fact["source"]
            if fact["status"] != "active":
                legacy = [fact["status"], fact["legacy_date"], fact["eol_date"], fact["scope"], fact["successor"], fact["successor_basis"]]
        rows.append([
            m["key"], clean(m["provider"]), clean(m["family"]), clean(m["name"]), m["tier"],
            "parameters" if m["tier_basis"] == "parameter count" else "price",
            f"{price['input']:g}", f"{price['output']:g}",
            f"{global_price['input']:g}" if global_price else "", f"{global_price['output']:g}" if global_price else "",
            price_source(m),
            sibling, status, status_source, *legacy,
            caching[m["key"]]["min_tokens"] if m["key"] in caching else "", caching[m["key"]]["source"] if m["key"] in caching else "",
            verified, " ".join(base_ids(m)),
        ])

    header = ["key", "provider", "family", "name", "tier", "tier_basis", "input_usd_per_1m",
              "output_usd_per_1m", "global_input_usd_per_1m", "global_output_usd_per_1m", "price_source", "smaller_sibling", "lifecycle", "lifecycle_source",
              "legacy_status", "legacy_date", "eol_date", "eol_scope", "successor", "successor_basis",
              "cache_min_tokens", "cache_source", "verified", "ids"]
    with open(os.path.join(HERE, "Data", "models.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Bedrock text models. Generated by generate_catalog.py from catalog.json ({clean(compiled)}).\n")
        out.write("# Prices: USD per 1M tokens, on-demand, us-east-1 in-Region or US profile; global_* = global. profile. Do not edit by hand.\n")
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")

    embeddings = []
    for e in catalog["bedrock_embedding_models"]:
        if "do not use it" in (e.get("notes") or ""):
            continue  # the research itself distrusts this price
        dims = sorted({int(d) for d in re.findall(r"\b(\d{3,4})\b", e["dims"].split("(")[0] + " " + e["dims"])}
                      if "not verified" not in e["dims"] else {e["default_dim"]})
        embeddings.append([e["key"], clean(e["name"]), e["model_id"], str(e["default_dim"]),
                           " ".join(str(d) for d in dims), f"{e['price_usd_per_1m_input_tokens']:g}", e["price_source"]])
    with open(os.path.join(HERE, "Data", "embeddings.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Bedrock embedding models. Generated by generate_catalog.py from catalog.json ({clean(compiled)}).\n")
        out.write("# dimensions: the output sizes the model offers (default first in default_dimension). Price: USD per 1M input tokens. Do not edit by hand.\n")
        out.write("key\tname\tid\tdefault_dimension\tdimensions\tinput_usd_per_1m\tprice_source\n")
        for row in embeddings:
            out.write("\t".join(row) + "\n")

    used = {r[10] for r in rows} | {r[13] for r in rows if r[13]} | {r[21] for r in rows if r[21]} | {r[6] for r in embeddings}
    sources = dict(catalog["meta"]["sources"])
    for source_id, (label, date, title) in LIFECYCLE_SOURCES.items():
        sources[source_id] = {"title": title, "date": date, "label": label}
    sources["genai-prices+fmbench"] = {
        "title": "consensus of pydantic/genai-prices (2026-08-19) and AWS sample FMBench (2025-01-26)",
        "date": "2026-08-19",
    }
    with open(os.path.join(HERE, "Data", "sources.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Sources of the figures in models.tsv. Generated from catalog.json ({clean(compiled)}).\n")
        out.write("id\tlabel\tdate\ttitle\n")
        for source_id in sorted(used):
            source = sources[source_id]
            date = clean(source["date"]).split(" ")[0]
            label = source.get("label") or {"litellm": "LiteLLM price list", "genai-prices": "genai-prices",
                     "genai-prices+fmbench": "genai-prices and AWS FMBench",
                     "aws-model-cards": "AWS model cards"}.get(source_id, source_id)
            out.write(f"{source_id}\t{label}\t{date}\t{clean(source['title'])}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "reference", "catalog.json"))
