"""Bedrock model tables: models.tsv and embeddings.tsv (see generate.py)."""
import re

from readers import (InputError, litellm_price, read_aws_lifecycle_lists, read_bedrock_catalog, read_litellm, read_model_cards,
                     read_tsv, read_yaml, render, where)

LITELLM = "sources/litellm/model_prices_and_context_window.bedrock.json"
GENAI = "sources/genai-prices/aws.yml"
FMBENCH = "sources/fmbench/pricing.yml"
MODELS = "curated/models.tsv"
LIFECYCLE = "curated/lifecycle.tsv"
CACHING = "curated/prompt_caching.tsv"
OVERRIDES = "curated/price_overrides.tsv"
VENDOR_PRICES = "curated/vendor_prices.tsv"
EMBEDDINGS = "curated/embeddings.tsv"
BEDROCK_CATALOG = "sources/bedrock-api/bedrock-catalog.us-east-1.json"
BEDROCK_CATALOG_SOURCE = "bedrock-api-us-east-1"
# AWS's Legacy/EOL lists, oldest first (read_aws_lifecycle_lists takes their union).
AWS_LIFECYCLE_LISTS = ("sources/aws-lifecycle/model-lifecycle.legacy-and-eol.md", "sources/aws-lifecycle/model-lifecycle-legacy.md")
AWS_LIFECYCLE_LIST = " and ".join("tools/catalog/" + relative for relative in AWS_LIFECYCLE_LISTS)
AWS_LIFECYCLE_SOURCE = "aws-lifecycle-2026"
MODEL_CARDS = "sources/aws-model-cards/model-cards.md"
MODEL_CARDS_SOURCE = "aws-model-cards-mirror"
MEDIA = "curated/media_models.tsv"
MEDIA_MODALITIES = ("image", "video", "speech")

# Tier by total parameters (billions) when a source gives them, else by the on-demand input price (USD per 1M tokens).
TIERS = (("tiny", 4, 0.05), ("small", 15, 0.50), ("medium", 65, 2.00), ("large", 300, 5.00), ("frontier", float("inf"), float("inf")))
PROFILE_PREFIXES = ("us-gov", "global", "apac", "us", "eu", "jp", "au", "ca")
# The order profiles are written in (models.tsv geo_profiles).
PROFILE_ORDER = {p: i for i, p in enumerate(("global", "us", "us-gov", "eu", "jp", "au", "apac", "ca"))}
INVOCATION = ("in-region", "profile-only", "")
TOLERANCE = 0.05   # two sources differing by more than this need an override row


def tier_of(params, price):
    if params is not None:
        return next(name for name, limit, _ in TIERS if params < limit), "parameters"
    return next(name for name, _, band in TIERS if price < band), "price"


def fmt(value):
    return "" if value is None else f"{value:g}"


def bare(model_id):
    head = model_id.split(".", 1)[0]
    return model_id.split(".", 1)[1] if head in PROFILE_PREFIXES and "." in model_id else model_id


def differs(a, b):
    return abs(a - b) > TOLERANCE * max(abs(a), abs(b))


class GenaiPrices:
    """genai-prices' AWS file: the first model entry whose match rule accepts an id prices it (the library's order)."""

    def __init__(self):
        document = read_yaml(GENAI)
        self.models = document.get("models") if isinstance(document, dict) else None
        if not isinstance(self.models, list):
            raise InputError(f"tools/catalog/{GENAI}: no 'models' list")

    @staticmethod
    def matches(rule, model_id):
        if not isinstance(rule, dict) or len(rule) != 1:
            raise InputError(f"tools/catalog/{GENAI}: match rule not understood: {rule!r}")
        (kind, value), = rule.items()
        if kind == "or":
            return any(GenaiPrices.matches(r, model_id) for r in value)
        if kind == "and":
            return all(GenaiPrices.matches(r, model_id) for r in value)
        if kind == "equals":
            return model_id == value
        if kind == "starts_with":
            return model_id.startswith(value)
        if kind == "contains":
            return value in model_id
        raise InputError(f"tools/catalog/{GENAI}: match kind {kind!r} not understood")

    @staticmethod
    def figure(value):
        return value["base"] if isinstance(value, dict) else value

    def price(self, model_id):
        """(input, output, entry id) of the price in force last (a later start_date wins), or None."""
        for entry in self.models:
            if self.matches(entry.get("match"), model_id):
                prices = entry.get("prices")
                if isinstance(prices, list):
                    dated = sorted(prices, key=lambda p: str((p.get("constraint") or {}).get("start_date") or ""))
                    prices = dated[-1]["prices"]
                if not isinstance(prices, dict) or "input_mtok" not in prices or "output_mtok" not in prices:
                    return None
                return self.figure(prices["input_mtok"]), self.figure(prices["output_mtok"]), entry["id"]
        return None


class Prices:
    def __init__(self):
        self.vendor = {}
        for row in read_tsv(VENDOR_PRICES, required=("key", "input", "output", "global_input", "global_output", "source")):
            self.vendor[row["key"]] = row
        self.litellm = read_litellm(LITELLM)
        self.genai = GenaiPrices()
        fmbench = read_yaml(FMBENCH)
        self.fmbench = {}
        for model_id, price in ((fmbench.get("pricing") or {}).get("token_based") or {}).items():
            self.fmbench[model_id] = (round(price["input-per-1k-tokens"] * 1000, 6), round(price["output-per-1k-tokens"] * 1000, 6))

    def lookup(self, ref, context):
        source, _, key = ref.partition(":")
        if source == "litellm":
            entry = self.litellm.get(key)
            price = litellm_price(entry) if entry else None
        elif source == "genai-prices":
            found = self.genai.price(key)
            price = found[:2] if found else None
        elif source in ("curated", "curated-global"):
            row = self.vendor.get(key)
            columns = ("input", "output") if source == "curated" else ("global_input", "global_output")
            price = (float(row[columns[0]]), float(row[columns[1]])) if row and row[columns[0]] else None
        else:
            raise InputError(f"{context}: price source {source!r} not understood (litellm:, genai-prices:, curated:, curated-global:)")
        if price is None:
            raise InputError(f"{context}: {ref} has no token price in its source")
        return price

    def all_for(self, model_id):
        """Every source's (input, output) for one id, as {source: price}."""
        found = {}
        entry = self.litellm.get(model_id)
        if entry and litellm_price(entry):
            found["litellm"] = litellm_price(entry)
        genai = self.genai.price(model_id)
        if genai:
            found["genai-prices"] = genai[:2]
        if model_id in self.fmbench:
            found["fmbench"] = self.fmbench[model_id]
        return found


def cross_check(prices, ref, chosen, override, context, problems):
    """Records a problem when another source differs by more than 5% from the chosen figure and no override row
    explains it; returns the conflicts and every source's figure."""
    key = ref.partition(":")[2]
    others = {}
    for model_id in dict.fromkeys([key, bare(key), "us." + bare(key)]):
        for source, price in prices.all_for(model_id).items():
            others.setdefault(source, price)
    conflicts = {s: p for s, p in others.items() if differs(p[0], chosen[0]) or differs(p[1], chosen[1])}
    if conflicts and override is None:
        detail = "; ".join(f"{s} {p[0]:g}/{p[1]:g}" for s, p in sorted(conflicts.items()))
        problems.append(f"{context}: {ref} gives {chosen[0]:g}/{chosen[1]:g} but {detail}")
    return conflicts, others


def apply_override(override, others, context):
    kept = (float(override["input"]), float(override["output"]))
    for source in override["kept_source"].split("+"):
        if source not in others or differs(others[source][0], kept[0]) or differs(others[source][1], kept[1]):
            raise InputError(f"{context}: the kept figure {kept[0]:g}/{kept[1]:g} is not what {source} gives")
    if not override["why"]:
        raise InputError(f"{context}: an override needs a reason")
    return kept


def read_keyed(relative, required):
    rows = {}
    for row in read_tsv(relative, required=required):
        if row["key"] in rows:
            raise InputError(f"{where(relative, row)}: duplicate key {row['key']}")
        rows[row["key"]] = row
    return rows


def is_date(text):
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", text))


def build(sources, catalog_date):
    prices = Prices()
    models = read_keyed(MODELS, ("key", "provider", "family", "name", "ids", "price_ref", "global_price_ref", "params_total_b",
                                 "params_active_b", "params_source", "smaller_sibling", "vendor_status", "vendor_source",
                                 "invocation", "geo_profiles", "access_source", "verified"))
    lifecycle = read_keyed(LIFECYCLE, ("key", "status", "legacy_date", "extended_access_date", "eol_date", "scope",
                                       "successor", "successor_basis", "source"))
    caching = read_keyed(CACHING, ("key", "min_tokens", "source"))
    api = read_bedrock_catalog(BEDROCK_CATALOG)
    aws_list = read_aws_lifecycle_lists(AWS_LIFECYCLE_LISTS)
    cards = read_model_cards(MODEL_CARDS)
    overrides = {}
    for row in read_tsv(OVERRIDES, required=("key", "price", "input", "output", "kept_source", "why")):
        overrides[(row["key"], row["price"])] = row

    for table, relative in ((lifecycle, LIFECYCLE), (caching, CACHING)):
        for key, row in table.items():
            if key not in models:
                raise InputError(f"{where(relative, row)}: unknown model key {key}")
            sources.use(row["source"], where(relative, row))

    used_overrides, price_problems = set(), []
    rows, facts = [], {}
    for key, m in models.items():
        context = where(MODELS, m)
        if m["invocation"] not in INVOCATION:
            raise InputError(f"{context}: invocation must be in-region, profile-only or empty")
        bad = [p for p in m["geo_profiles"].split() if p not in PROFILE_PREFIXES]
        if bad:
            raise InputError(f"{context}: unknown profile prefix(es) {' '.join(bad)}")
        if (m["invocation"] or m["geo_profiles"]) and not m["access_source"]:
            raise InputError(f"{context}: invocation / geo_profiles need an access_source")
        invocation, geo_profiles, access_source = join_access(m, api, context)
        invocation, geo_profiles, access_source = join_card(m, cards, invocation, geo_profiles, access_source, context)
        for source_id in access_source.split("+"):
            sources.use(source_id, context)
        if m["vendor_status"] not in ("", "legacy"):
            raise InputError(f"{context}: vendor_status must be legacy or empty")
        if m["vendor_status"] and not m["vendor_source"]:
            raise InputError(f"{context}: vendor_status needs a vendor_source")
        sources.use(m["vendor_source"], context)
        if m["successor"] and (m["successor"] not in models or not m["successor_source"]):
            raise InputError(f"{context}: successor needs a known model key and a successor_source")
        sources.use(m["successor_source"], context)

        price = prices.lookup(m["price_ref"], context)
        source = m["price_ref"].partition(":")[0]
        if source == "curated":
            source = prices.vendor[m["price_ref"].partition(":")[2]]["source"]
        override = overrides.get((key, "in_region"))
        conflicts, others = cross_check(prices, m["price_ref"], price, override, context, price_problems)
        if override is not None:
            used_overrides.add((key, "in_region"))
            others[source] = price
            price = apply_override(override, others, where(OVERRIDES, override))
            source = override["kept_source"]
        global_price = None
        if m["global_price_ref"]:
            global_price = prices.lookup(m["global_price_ref"], context)
            gover = overrides.get((key, "global"))
            cross_check(prices, m["global_price_ref"], global_price, gover, context, price_problems)
            if gover is not None:
                used_overrides.add((key, "global"))
                gsource, _, gkey = m["global_price_ref"].partition(":")
                gothers = prices.all_for(gkey)
                gothers[prices.vendor[gkey]["source"] if gsource == "curated-global" else gsource] = global_price
                global_price = apply_override(gover, gothers, where(OVERRIDES, gover))
        sources.use(source, context)

        params = float(m["params_total_b"]) if m["params_total_b"] and m["params_source"] else None
        if params is not None:
            sources.use(m["params_source"], context)
        tier, basis = tier_of(params, price[0])

        fact = lifecycle.get(key)
        status, status_source = "unknown", ""
        legacy = ["", "", "", "", "", "", ""]
        if m["vendor_status"] == "legacy":
            status, status_source = "retiring", m["vendor_source"]
        if fact:
            lctx = where(LIFECYCLE, fact)
            if fact["status"] not in ("active", "legacy", "eol"):
                raise InputError(f"{lctx}: status must be active, legacy or eol")
            for column in ("legacy_date", "extended_access_date", "eol_date"):
                if fact[column] and not is_date(fact[column]):
                    raise InputError(f"{lctx}: {column} {fact[column]!r} is not an ISO date")
            if fact["status"] == "active":
                if not m["vendor_status"]:
                    status, status_source = "active", fact["source"]
            else:
                status, status_source = "retiring", fact["source"]
                legacy = [fact["status"], fact["legacy_date"], fact["eol_date"], fact["scope"], fact["successor"],
                          fact["successor_basis"], fact["extended_access_date"]]
            if fact["successor"] and fact["successor"] not in models:
                raise InputError(f"{lctx}: unknown successor {fact['successor']}")
            check_against_aws_list(fact, m, aws_list, lctx)
        check_against_card(fact, m, cards, context)
        facts[key] = (status, fact, m)

        cache = caching.get(key)
        rows.append({
            "key": key, "provider": m["provider"], "family": m["family"], "name": m["name"], "tier": tier, "tier_basis": basis,
            "input_usd_per_1m": fmt(price[0]), "output_usd_per_1m": fmt(price[1]),
            "global_input_usd_per_1m": fmt(global_price[0]) if global_price else "",
            "global_output_usd_per_1m": fmt(global_price[1]) if global_price else "",
            "price_source": source, "smaller_sibling": m["smaller_sibling"], "lifecycle": status, "lifecycle_source": status_source,
            "legacy_status": legacy[0], "legacy_date": legacy[1], "extended_access_date": legacy[6], "eol_date": legacy[2],
            "eol_scope": legacy[3], "successor": legacy[4], "successor_basis": legacy[5],
            "cache_min_tokens": cache["min_tokens"] if cache else "", "cache_source": cache["source"] if cache else "",
            "invocation": invocation, "geo_profiles": geo_profiles, "access_source": access_source,
            "verified": m["verified"], "ids": m["ids"],
        })
        if m["smaller_sibling"] and m["smaller_sibling"] not in models:
            raise InputError(f"{context}: unknown smaller_sibling {m['smaller_sibling']}")

    if price_problems:
        raise InputError("price sources differ by more than 5% (add a row to tools/catalog/" + OVERRIDES
                         + " naming the figure kept, its source and why):\n  " + "\n  ".join(price_problems))
    unused = sorted(set(overrides) - used_overrides)
    if unused:
        row = overrides[unused[0]]
        raise InputError(f"{where(OVERRIDES, row)}: override for {row['key']} ({row['price']}) is not needed any more: the sources agree")

    resolve_suggestions(rows, facts, models, catalog_date)
    check_suggestions(rows, facts, catalog_date)

    header = list(rows[0].keys())
    files = {"models.tsv": render([
        f"Bedrock text models. Generated by tools/catalog/generate.py (catalog date {catalog_date}). Do not edit by hand.",
        "Prices: USD per 1M tokens, on-demand, us-east-1 in-Region or US profile; global_* = global. profile.",
        "Lifecycle: raw dates from AWS (legacy, extended access = higher price, end of life, Regions in eol_scope); judge them against green_analyzers.as_of.",
        "invocation: in-region | profile-only | empty (unknown). geo_profiles: inference-profile prefixes the model has; empty = unknown.",
    ], header, [[row[c] for c in header] for row in rows])}

    embeddings = []
    for row in read_tsv(EMBEDDINGS, required=("key", "name", "id", "default_dimension", "dimensions", "dimensions_source")):
        entry = prices.litellm.get(row["id"])
        if not entry or "input_cost_per_token" not in entry:
            raise InputError(f"{where(EMBEDDINGS, row)}: litellm has no input price for {row['id']}")
        sources.use(row["dimensions_source"], where(EMBEDDINGS, row))
        embeddings.append([row["key"], row["name"], row["id"], row["default_dimension"], row["dimensions"],
                           fmt(round(entry["input_cost_per_token"] * 1e6, 6)), sources.use("litellm", where(EMBEDDINGS, row))])
    files["media_models.tsv"] = media_table(prices, aws_list, sources)
    files["embeddings.tsv"] = render([
        "Bedrock embedding models. Generated by tools/catalog/generate.py. Do not edit by hand.",
        "dimensions: the output sizes the model offers (default first in default_dimension). Price: USD per 1M input tokens.",
    ], ["key", "name", "id", "default_dimension", "dimensions", "input_usd_per_1m", "price_source"], embeddings)
    return files, set(sources.used)


def media_table(prices, aws_list, sources):
    """media_models.tsv: image/video/speech models with their Bedrock lifecycle, read from AWS's Legacy/EOL list (every
    row must be listed there: a media model without a lifecycle fact is left out of the catalog, so it stays unknown),
    and their per-image list price where LiteLLM gives one."""
    rows = []
    for row in read_tsv(MEDIA, required=("key", "provider", "name", "modality", "ids", "price_ref")):
        context = where(MEDIA, row)
        if row["modality"] not in MEDIA_MODALITIES:
            raise InputError(f"{context}: modality must be one of {', '.join(MEDIA_MODALITIES)}")
        groups = [g for i in row["ids"].split() for g in aws_list.get(i, [])]
        if not groups:
            raise InputError(f"{context}: none of {row['ids']} is in {AWS_LIFECYCLE_LIST}")
        legacy = min(g["legacy"] for g in groups if g["legacy"])
        eol = max(g["eol"] for g in groups if g["eol"])
        extended = sorted({g["extended"] for g in groups} - {""})
        scope = "all listed Regions" if len({(g["legacy"], g["eol"]) for g in groups}) == 1 else "some Regions"
        price, price_source = "", ""
        if row["price_ref"]:
            source, _, key = row["price_ref"].partition(":")
            entry = prices.litellm.get(key) if source == "litellm" else None
            if not entry or "output_cost_per_image" not in entry:
                raise InputError(f"{context}: {row['price_ref']} has no output_cost_per_image")
            price, price_source = fmt(entry["output_cost_per_image"]), sources.use("litellm", context)
        rows.append([row["key"], row["provider"], row["name"], row["modality"], price, price_source, "legacy", legacy,
                     extended[0] if len(extended) == 1 else "", eol, scope, sources.use(AWS_LIFECYCLE_SOURCE, context), row["ids"]])
    return render([
        "Bedrock image, video and speech models with a Bedrock lifecycle fact. Generated by tools/catalog/generate.py. Do not edit by hand.",
        "Lifecycle: raw dates from AWS's Legacy/EOL list (judge them against green_analyzers.as_of); AWS names no replacement for them.",
        "usd_per_image: on-demand price of one generated image, LiteLLM's output_cost_per_image (Bedrock prices images by size and quality), empty = not sourced.",
    ], ["key", "provider", "name", "modality", "usd_per_image", "price_source", "legacy_status", "legacy_date",
        "extended_access_date", "eol_date", "eol_scope", "lifecycle_source", "ids"], rows)


def check_against_aws_list(fact, model, aws_list, context):
    """A curated lifecycle row of a model AWS's Legacy/EOL list names must carry one of the list's EOL dates for it, and
    its extended-access date (public extended access: higher price) must be one the list gives for the same EOL date."""
    groups = [g for i in model["ids"].split() for g in aws_list.get(i, [])]
    if not groups:
        if fact["extended_access_date"]:
            raise InputError(f"{context}: extended_access_date {fact['extended_access_date']} but {AWS_LIFECYCLE_LIST} does not list the model")
        return
    if fact["eol_date"] not in {g["eol"] for g in groups}:
        raise InputError(f"{context}: eol_date {fact['eol_date'] or '(empty)'} is none of the EOL dates "
                         f"{AWS_LIFECYCLE_LIST} give ({', '.join(sorted({g['eol'] for g in groups}))})")
    extended = {g["extended"] for g in groups if g["eol"] == fact["eol_date"]} - {""}
    if fact["extended_access_date"] and fact["extended_access_date"] not in extended:
        raise InputError(f"{context}: extended_access_date {fact['extended_access_date']} is not a public extended access date "
                         f"{AWS_LIFECYCLE_LIST} give for EOL {fact['eol_date']}")


def join_access(model, api, context):
    """Invocation mode and geography profiles: the curated row's (cited by access_source) joined with the Bedrock API
    snapshot's for any of the model's ids. The two must agree on the mode; the profiles are the union."""
    invocation, profiles, access = model["invocation"], model["geo_profiles"].split(), model["access_source"]
    listed = [api[i] for i in model["ids"].split() if i in api]
    if not listed:
        return invocation, " ".join(profiles), access
    api_invocation, api_profiles = listed[0]
    if invocation and invocation != api_invocation:
        raise InputError(f"{context}: invocation {invocation} ({access}) contradicts {api_invocation} in "
                         f"tools/catalog/{BEDROCK_CATALOG}")
    profiles += [p for p in api_profiles if p not in profiles]
    if set(profiles) != set(model["geo_profiles"].split()) or not invocation:
        access = "+".join(filter(None, (access, BEDROCK_CATALOG_SOURCE)))
    return api_invocation, " ".join(sorted(profiles, key=PROFILE_ORDER.get)), access


def join_card(model, cards, invocation, profiles, access, context):
    """Invocation mode and geography profiles joined with the model's AWS model card, where one is stored: the card's
    geo and global inference ids are added to the profiles; an In-Region endpoint URL of "N/A" means profile-only, and
    must agree with the mode the other sources give. (A URL does not say the bare id is served in us-east-1, so it adds
    nothing to the mode.)"""
    listed = [cards[i] for i in model["ids"].split() if i in cards]
    if not listed:
        return invocation, profiles, access
    card = listed[0]
    card_invocation = "" if card["in_region_url"] else "profile-only"
    if card_invocation and invocation and card_invocation != invocation:
        raise InputError(f"{context}: invocation {invocation} contradicts the model card (tools/catalog/{MODEL_CARDS}:"
                         f"{card['line']}: In-Region endpoint URL N/A)")
    joined = profiles.split() + [p for p in card["profiles"] if p not in profiles.split()]
    joined_text = " ".join(sorted(joined, key=PROFILE_ORDER.get))
    if joined_text != profiles or (card_invocation and not invocation):
        access = "+".join(filter(None, (access, MODEL_CARDS_SOURCE)))
    return invocation or card_invocation, joined_text, access


def check_against_card(fact, model, cards, context):
    """A model whose AWS model card says Legacy needs a curated lifecycle row with the card's EOL date, so that GA1002
    flags it and no rule suggests it."""
    listed = [cards[i] for i in model["ids"].split() if i in cards]
    if not listed or listed[0]["lifecycle"] != "Legacy":
        return
    card = listed[0]
    if fact is None or fact["status"] not in ("legacy", "eol") or (card["eol"] and fact["eol_date"] != card["eol"]):
        found = f"{fact['status']}, EOL {fact['eol_date'] or '-'}" if fact else "no row"
        raise InputError(f"{context}: the AWS model card (tools/catalog/{MODEL_CARDS}:{card['line']}) says Legacy, EOL "
                         f"{card['eol'] or '-'}; tools/catalog/{LIFECYCLE} has {found}")


def suggestible(fact, model, catalog_date):
    """Active on Bedrock and not on its way out: no AWS legacy or end-of-life record (AWS's lifecycle pages and model
    cards list every model that left Active, or is announced to), not called legacy by its vendor, and seen in more than
    community price lists (verified). catalog_date is kept for the rule's wording: an announced legacy date counts even
    when it lies after the catalog date."""
    if model["vendor_status"] == "legacy" or model["verified"] != "yes":
        return False
    return fact is None or fact["status"] == "active"


def resolve_suggestions(rows, facts, models, catalog_date):
    """Replaces a successor or smaller sibling that cannot be acted on by the first suggestible model down its successor
    chain (the same-tier replacement AWS or we name for it), or by nothing."""
    successor = {row["key"]: row["successor"] or models[row["key"]]["successor"] for row in rows}
    for row in rows:
        for column in ("successor", "smaller_sibling"):
            target, seen = row[column], set()
            while target and target not in seen and not suggestible(facts[target][1], facts[target][2], catalog_date):
                seen.add(target)
                target = successor.get(target, "")
            row[column] = "" if target in seen else target


def check_suggestions(rows, facts, catalog_date):
    """Every successor and smaller sibling written must be suggestible (issue 18, item 5); resolve_suggestions makes it
    so, this guards the rule."""
    problems = [f"{row['key']}: {column} {row[column]} is not Active on Bedrock at {catalog_date}"
                for row in rows for column in ("successor", "smaller_sibling")
                if row[column] and not suggestible(facts[row[column]][1], facts[row[column]][2], catalog_date)]
    if problems:
        raise InputError("suggestions that cannot be acted on:\n  " + "\n  ".join(problems))


def generated_rows(text):
    """{key: row} of a generated table's text (comment lines, then a header row): for comparing two versions."""
    lines = [line.split("\t") for line in text.split("\n") if line and not line.startswith("#")]
    return {cells[0]: dict(zip(lines[0], cells)) for cells in lines[1:]} if lines else {}


def changes(old_text, new_text):
    """Model ids newly flagged as legacy/EOL, or newly tiered higher (release-note lines)."""
    old, new = generated_rows(old_text), generated_rows(new_text)
    out = []
    for key, row in new.items():
        before = old.get(key)
        if before is None:
            out.append(f"model {key} ({row['ids']}): new in the catalog, tier {row['tier']}")
            continue
        if row["legacy_status"] and (row["legacy_status"], row["legacy_date"], row.get("eol_date")) != (
                before.get("legacy_status"), before.get("legacy_date"), before.get("eol_date")):
            out.append(f"model {key} ({row['ids']}): now {row['legacy_status']} (legacy {row['legacy_date'] or '-'}, end of life {row['eol_date'] or '-'})")
        if row["tier"] != before.get("tier"):
            out.append(f"model {key}: tier {before.get('tier')} -> {row['tier']}")
        if row["smaller_sibling"] != before.get("smaller_sibling"):
            out.append(f"model {key}: suggested sibling {before.get('smaller_sibling') or '-'} -> {row['smaller_sibling'] or '-'}")
        if row["successor"] != before.get("successor"):
            out.append(f"model {key}: suggested successor {before.get('successor') or '-'} -> {row['successor'] or '-'}")
        if (row.get("invocation"), row.get("geo_profiles")) != (before.get("invocation", ""), before.get("geo_profiles", "")):
            # What a fix may write changes: a bare id stays bare only for in-region; profile-only targets take a profile.
            out.append(f"model {key}: invocation {before.get('invocation') or 'unknown'} -> {row['invocation'] or 'unknown'}, "
                       f"profiles {before.get('geo_profiles') or '-'} -> {row['geo_profiles'] or '-'}")
        if row.get("extended_access_date") and row["extended_access_date"] != before.get("extended_access_date", ""):
            out.append(f"model {key}: higher price (public extended access) from {row['extended_access_date']} now in messages")
    return out


def media_changes(old_text, new_text):
    """Image, video and speech models GA1002 newly flags (release-note lines)."""
    old, new = generated_rows(old_text), generated_rows(new_text)
    return [f"model {key} ({row['ids']}, {row['modality']}): newly flagged by GA1002 (legacy {row['legacy_date']}, end of life {row['eol_date']})"
            for key, row in new.items() if key not in old]
