"""Readers for the source extracts under tools/catalog/sources/, each in its publisher's own format, and for the
curated tables under tools/catalog/curated/. Standard library only. Every reader stops with "file:line: reason" on
input it does not understand, so a broken extract never turns into a silently wrong catalog."""
import json
import os
import re

TOOLS = os.path.dirname(os.path.abspath(__file__))


class InputError(Exception):
    """A source or curated file is missing or malformed; the message names the file and line."""


def path_of(relative):
    path = os.path.join(TOOLS, relative)
    if not os.path.isfile(path):
        raise InputError(f"tools/catalog/{relative}: missing")
    return path


def read_text(relative):
    with open(path_of(relative), encoding="utf-8") as stream:
        return stream.read()


def read_tsv(relative, required=()):
    """Rows of a tab-separated table: '#' lines are comments, the first other line names the columns. Each row is a
    dict with an extra '_line' (1-based) for error messages."""
    rows, header = [], None
    for number, line in enumerate(read_text(relative).split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [column for column in required if column not in header]
            if missing:
                raise InputError(f"tools/catalog/{relative}:{number}: missing column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise InputError(f"tools/catalog/{relative}:{number}: {len(cells)} cells, the header has {len(header)}")
        row = dict(zip(header, (cell.strip() for cell in cells)))
        row["_line"] = number
        rows.append(row)
    if header is None:
        raise InputError(f"tools/catalog/{relative}: no header line")
    return rows


def where(relative, row):
    return f"tools/catalog/{relative}:{row['_line']}"


def render(comments, header, rows):
    out = [f"# {comment}\n" for comment in comments]
    out.append("\t".join(header) + "\n")
    for row in rows:
        if len(row) != len(header):
            raise AssertionError(f"row has {len(row)} cells, header {len(header)}: {row}")
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise AssertionError(f"tab or newline in cell {cell!r}")
        out.append("\t".join(row) + "\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# YAML: the subset the genai-prices and FMBench files use (block mappings and sequences, plain/quoted scalars,
# folded '>-' and literal '|' blocks, full-line and trailing comments). No anchors, flow collections or tags.

_NUMBER = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_KEY = re.compile(r"^([^\s'\"#].*?|'[^']*'|\"[^\"]*\"):(\s+|$)")


def _strip_comment(text):
    quote = None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return text[:index].rstrip()
    return text.rstrip()


def _scalar(text, where_):
    text = text.strip()
    if text[:1] in "'\"":
        if len(text) < 2 or text[-1] != text[0]:
            raise InputError(f"{where_}: unterminated quoted scalar")
        inner = text[1:-1]
        return inner.replace("''", "'") if text[0] == "'" else inner
    if text[:1] in "[{&*!|>":
        raise InputError(f"{where_}: YAML construct not supported by this reader: {text[:20]}")
    if _NUMBER.match(text):
        return float(text)
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~", ""):
        return None
    return text


def read_yaml(relative):
    name = f"tools/catalog/{relative}"
    raw = read_text(relative).split("\n")
    lines = []   # (indent, text, line number, raw line)
    for number, line in enumerate(raw, start=1):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise InputError(f"{name}:{number}: tab in indentation")
        stripped = line.strip()
        lines.append((len(line) - len(line.lstrip(" ")), stripped, number, line))

    def significant(index):
        while index < len(lines) and (not lines[index][1] or lines[index][1].startswith("#")):
            index += 1
        return index

    def block_scalar(index, parent_indent, style):
        parts, indent = [], None
        while index < len(lines):
            ind, text, _, line = lines[index]
            if text and ind <= parent_indent:
                break
            if text and indent is None:
                indent = ind
            parts.append(line[indent:] if text and indent is not None else "")
            index += 1
        while parts and not parts[-1]:
            parts.pop()
        if style.startswith(">"):
            return " ".join(part.strip() for part in parts if part.strip()), index
        return "\n".join(parts), index

    def value_after_key(rest, index, indent, number):
        """The value of 'key: rest' on the line at index-1; returns (value, next index)."""
        if rest in (">", ">-", "|", "|-", ">+", "|+"):
            return block_scalar(index, indent, rest)
        if rest:
            return _scalar(_strip_comment(rest), f"{name}:{number}"), index
        nxt = significant(index)
        if nxt < len(lines) and (lines[nxt][0] > indent or (lines[nxt][0] == indent and lines[nxt][1].startswith("- "))):
            return parse(nxt, lines[nxt][0])
        return None, index

    def parse(index, indent):
        index = significant(index)
        text = lines[index][1]
        if text == "-" or text.startswith("- "):
            return parse_list(index, indent)
        return parse_mapping(index, indent)

    def parse_mapping(index, indent, first=None):
        result = {}
        while True:
            index = significant(index)
            if first is not None:
                text, number, index_next = first[0], first[1], index + 1
                first = None
            else:
                if index >= len(lines) or lines[index][0] != indent or lines[index][1].startswith("- "):
                    if index < len(lines) and lines[index][0] > indent:
                        raise InputError(f"{name}:{lines[index][2]}: unexpected indentation")
                    return result, index
                text, number, index_next = lines[index][1], lines[index][2], index + 1
            match = _KEY.match(text)
            if not match:
                raise InputError(f"{name}:{number}: expected 'key: value', found {text[:40]!r}")
            key = match.group(1).strip("'\"")
            if key in result:
                raise InputError(f"{name}:{number}: duplicate key {key}")
            rest = _strip_comment(text[match.end():]).strip() if not text[match.end():].strip().startswith(("'", '"')) else text[match.end():].strip()
            result[key], index = value_after_key(rest, index_next, indent, number)

    def parse_list(index, indent):
        result = []
        while True:
            index = significant(index)
            if index >= len(lines) or lines[index][0] != indent or not (lines[index][1] == "-" or lines[index][1].startswith("- ")):
                return result, index
            text, number = lines[index][1][1:].strip(), lines[index][2]
            if not text:
                value, index = parse(index + 1, significant(index + 1) < len(lines) and lines[significant(index + 1)][0])
            elif _KEY.match(text):
                value, index = parse_mapping(index, indent + 2, first=(text, number))
            else:
                value, index = _scalar(_strip_comment(text), f"{name}:{number}"), index + 1
            result.append(value)

    start = significant(0)
    if start >= len(lines):
        raise InputError(f"{name}: empty")
    value, end = parse(start, lines[start][0])
    end = significant(end)
    if end < len(lines):
        raise InputError(f"{name}:{lines[end][2]}: unexpected content {lines[end][1][:40]!r}")
    return value


# ---------------------------------------------------------------------------------------------------------------
# Source-specific readers.

def read_litellm(relative):
    """{id: (input, output) USD per 1M tokens, or per-image figures} from LiteLLM's price file."""
    try:
        data = json.loads(read_text(relative))
    except json.JSONDecodeError as error:
        raise InputError(f"tools/catalog/{relative}:{error.lineno}: {error.msg}") from None
    if not isinstance(data, dict):
        raise InputError(f"tools/catalog/{relative}:1: expected a JSON object")
    return data


def read_bedrock_catalog(relative):
    """{model id: (invocation, profile prefixes)} from a ListFoundationModels + ListInferenceProfiles snapshot: a JSON
    array of {modelId, invocationTarget, inferenceTypes}. ON_DEMAND = the bare id is invocable in that Region
    ("in-region"); INFERENCE_PROFILE alone = "profile-only", and the invocation target's prefix names a profile."""
    try:
        data = json.loads(read_text(relative))
    except json.JSONDecodeError as error:
        raise InputError(f"tools/catalog/{relative}:{error.lineno}: {error.msg}") from None
    if not isinstance(data, list):
        raise InputError(f"tools/catalog/{relative}:1: expected a JSON array")
    found = {}
    for index, entry in enumerate(data):
        model_id = entry.get("modelId") if isinstance(entry, dict) else None
        types = entry.get("inferenceTypes") if isinstance(entry, dict) else None
        target = entry.get("invocationTarget") if isinstance(entry, dict) else None
        if not isinstance(model_id, str) or not isinstance(types, list) or not isinstance(target, str):
            raise InputError(f"tools/catalog/{relative}: entry {index + 1} lacks modelId, invocationTarget or inferenceTypes")
        if model_id in found:
            raise InputError(f"tools/catalog/{relative}: entry {index + 1} repeats {model_id}")
        if "ON_DEMAND" in types:
            invocation = "in-region"
        elif "INFERENCE_PROFILE" in types:
            invocation = "profile-only"
        else:
            raise InputError(f"tools/catalog/{relative}: entry {index + 1} ({model_id}) has neither ON_DEMAND nor INFERENCE_PROFILE")
        prefixes = []
        if target != model_id:
            prefix, _, rest = target.partition(".")
            if rest != model_id:
                raise InputError(f"tools/catalog/{relative}: entry {index + 1}: invocation target {target} is not a profile of {model_id}")
            prefixes.append(prefix)
        found[model_id] = (invocation, prefixes)
    return found


MONTHS = {name: number for number, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"), 1)}


def iso_date(text, where_):
    """"March 30, 2027" -> "2027-03-30" (AWS's spelling in its lifecycle pages and model cards)."""
    match = re.match(r"^([A-Z][a-z]+) (\d{1,2}), (\d{4})$", text.strip())
    if not match or match.group(1) not in MONTHS:
        raise InputError(f"{where_}: date {text.strip()!r} not understood")
    return f"{match.group(3)}-{MONTHS[match.group(1)]:02d}-{int(match.group(2)):02d}"


def read_model_cards(relative):
    """{model id: {lifecycle, eol, profiles, in_region_url, line}} from AWS Bedrock model cards in the pages' markdown,
    one after another, each from its "source_url:" front matter: the "Model Details" list ("Model lifecycle:", "Model EOL
    date:") and the bedrock-runtime row of the "Programmatic Access" table (Model ID | In-Region endpoint URL | Geo
    inference ID | Global inference ID). profiles: the prefixes of the geo inference ids, and "global" when a global id is
    given. eol: an announced EOL date, ISO; empty for "N/A" or a "No sooner than" floor."""
    cards, card = {}, None
    for number, line in enumerate(read_text(relative).split("\n"), start=1):
        where_ = f"tools/catalog/{relative}:{number}"
        if line.startswith("source_url:"):
            card = {"lifecycle": "", "eol": "", "line": number}
            continue
        if card is None:
            continue
        match = re.match(r"^\+ \*\*(Model lifecycle|Model EOL date):\*\* (.*)$", line)
        if match:
            value = match.group(2).strip()
            if match.group(1) == "Model lifecycle":
                card["lifecycle"] = value
            elif value != "N/A" and not value.startswith("No sooner than"):
                card["eol"] = iso_date(value, where_)
            continue
        if line.startswith("| bedrock-runtime |"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) != 5:
                raise InputError(f"{where_}: expected Endpoint | Model ID | In-Region endpoint URL | Geo inference ID | Global inference ID")
            _, model_id, url, geo, global_id = cells
            profiles = [] if geo in ("Not supported", "N/A") else [
                g.strip("`").split(".", 1)[0] for g in geo.split("<br />")]
            for profile_id in ([] if geo in ("Not supported", "N/A") else geo.split("<br />")):
                if profile_id.strip("`").split(".", 1)[1] != model_id:
                    raise InputError(f"{where_}: {profile_id} is not a profile of {model_id}")
            if global_id not in ("Not supported", "N/A"):
                profiles.append("global")
            if not card["lifecycle"]:
                raise InputError(f"{where_}: no 'Model lifecycle:' in the card's Model Details")
            if model_id in cards:
                raise InputError(f"{where_}: a second card for {model_id}")
            cards[model_id] = dict(card, profiles=profiles, in_region_url=url not in ("N/A", "Not supported"), line=number)
            card = None
    if not cards:
        raise InputError(f"tools/catalog/{relative}: no model card with a bedrock-runtime row")
    return cards


def read_aws_lifecycle_list(relative):
    """{model id: [{regions, legacy, eol, extended}]} from the AWS Bedrock "Model lifecycle" page's list of Legacy and
    pending-EOL models, in the page's markdown: one "- **Provider**" item per model with "**Model ID:**", then either one
    Regions/Legacy date/EOL date/Public extended access start date block or one "Regions: … / Legacy date: … / …" line
    per Region group, or one row per model of a Markdown table whose header names "Model ID" (the later pages put the
    scheduled models in such a table). Dates become ISO; "—" becomes empty."""
    def iso(text, number):
        return "" if text.strip() in ("—", "-", "NA", "") else iso_date(text, f"tools/catalog/{relative}:{number}")

    fields = {"Regions": "regions", "Legacy date": "legacy", "EOL date": "eol", "Public extended access start date": "extended"}
    models, model_id, group, header = {}, None, None, None
    for number, line in enumerate(read_text(relative).split("\n"), start=1):
        item = line.strip()
        if item.startswith("|"):
            cells = [cell.strip() for cell in item.strip("|").split("|")]
            if "Model ID" in cells:
                header = cells
            elif header and not set("".join(cells)) <= set("- :"):
                if len(cells) != len(header):
                    raise InputError(f"tools/catalog/{relative}:{number}: {len(cells)} cells, the table's header has {len(header)}")
                row = dict(zip(header, cells))
                group = {"regions": row.get("Regions", ""), "legacy": "", "eol": "", "extended": "", "_line": number}
                for name, key in fields.items():
                    if key != "regions":
                        group[key] = iso(row.get(name, ""), number)
                models.setdefault(row["Model ID"], []).append(group)
                model_id, group = None, None
            continue
        header = None
        if item.startswith("- **Model ID:**"):
            model_id = item.split("**Model ID:**", 1)[1].strip()
            models.setdefault(model_id, [])
            group = None
            continue
        if model_id is None or not item.startswith("- **"):
            continue
        for part in item[2:].split(" / "):
            match = re.match(r"^\*\*([^*]+):\*\*\s*(.*)$", part.strip())
            if not match or match.group(1) not in fields:
                continue
            key = fields[match.group(1)]
            if key == "regions":
                group = {"regions": match.group(2).strip(), "legacy": "", "eol": "", "extended": "", "_line": number}
                models[model_id].append(group)
            elif group is None:
                raise InputError(f"tools/catalog/{relative}:{number}: {match.group(1)} before Regions")
            else:
                group[key] = iso(match.group(2), number)
    if not models:
        raise InputError(f"tools/catalog/{relative}: no '- **Model ID:**' items and no table with a Model ID column")
    return models


def read_aws_lifecycle_lists(relatives):
    """The union of several copies of AWS's Legacy/EOL list (read_aws_lifecycle_list), oldest first: a later page drops
    models an earlier one named and repeats most of its rows, so a model's Region groups are all the distinct ones."""
    fields = ("regions", "legacy", "eol", "extended")
    models = {}
    for relative in relatives:
        for model_id, groups in read_aws_lifecycle_list(relative).items():
            known = models.setdefault(model_id, [])
            for group in groups:
                if not any(all(group[key] == other[key] for key in fields) for other in known):
                    known.append(group)
    return models


def litellm_price(entry):
    if "input_cost_per_token" not in entry or "output_cost_per_token" not in entry:
        return None
    return round(entry["input_cost_per_token"] * 1e6, 6), round(entry["output_cost_per_token"] * 1e6, 6)


def read_karpenter_prices(relative):
    """{type: USD per hour} of the us-east-1 map in Karpenter's generated Go file, and its generation date."""
    text = read_text(relative)
    header = re.search(r"// generated at (\d{4}-\d{2}-\d{2})T\S+ for us-east-1", text)
    if not header:
        raise InputError(f"tools/catalog/{relative}: no 'generated at ... for us-east-1' header")
    start = text.find('"us-east-1": {')
    if start < 0:
        raise InputError(f"tools/catalog/{relative}: no us-east-1 map")
    prices = {}
    for match in re.finditer(r'"([a-z0-9.-]+)":\s*([0-9.]+),', text[start:]):
        prices[match.group(1)] = float(match.group(2))
    if len(prices) < 100:
        raise InputError(f"tools/catalog/{relative}: only {len(prices)} prices read")
    return prices, header.group(1)


def read_karpenter_instance_types(relative):
    """{type: labels} from Karpenter's instance-type reference page (sections '### `type`' with a label table)."""
    result, current, name = {}, None, f"tools/catalog/{relative}"
    for number, line in enumerate(read_text(relative).split("\n"), start=1):
        heading = re.match(r"^### `([a-z0-9.-]+)`$", line)
        if heading:
            current = result.setdefault(heading.group(1), {})
            continue
        row = re.match(r"^\s*\|(karpenter\.k8s\.aws/[a-z-]+|kubernetes\.io/arch)\|([^|]*)\|$", line)
        if row:
            if current is None:
                raise InputError(f"{name}:{number}: label row before any instance heading")
            current[row.group(1).split("/")[-1]] = row.group(2)
    for type_name, labels in result.items():
        if "instance-cpu" not in labels or "instance-memory" not in labels:
            raise InputError(f"{name}: {type_name} has no instance-cpu / instance-memory label")
    return result


def read_markdown_price_table(relative):
    """{ml.type: USD per hour} from a published markdown table whose rows are '| ml.x | vCPU | Mem | $price |'."""
    prices = {}
    for number, line in enumerate(read_text(relative).split("\n"), start=1):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("ml."):
            if not re.match(r"^\$\d+(\.\d+)?$", cells[3]):
                raise InputError(f"tools/catalog/{relative}:{number}: price cell {cells[3]!r}")
            prices[cells[0]] = float(cells[3][1:])
    return prices
