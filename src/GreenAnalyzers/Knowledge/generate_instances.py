#!/usr/bin/env python3
"""Regenerates the instance catalog (Data/instances.tsv, Data/instance_replacements.tsv,
Data/instance_sources.tsv) from the research catalog (catalog.json) and the SDK constant lists
(Data/instance_validity.tsv). Run from the repository root:

    python3 src/GreenAnalyzers/Knowledge/generate_instances.py [path/to/catalog.json] [--out DIR]

Inputs
  catalog.json            instance specs, prices, power figures, the research's greener pairs and the
                          efficiency claims, each with a source id (default: ../shared/reference/catalog.json).
  instance_validity.tsv   which bare types Amazon.EC2.InstanceType and the SageMaker
                          ProductionVariantInstanceType / TrainingInstanceType / ProcessingInstanceType
                          constant classes hold. Written by SdkInstanceTypeListTests from the classes the
                          tests compile against (real AWSSDK.EC2, SageMaker stubs that copy the SDK):
                          GREENANALYZERS_UPDATE_SDK_LISTS=1 dotnet test --filter SdkInstanceTypeList

Rows of instances.tsv: every type catalog.json describes, every type a SageMaker constant class
holds, and the EC2 types of the older accelerator families GA3004 names. Types the research did not
describe keep empty spec columns; their kind then comes from AWS's family naming (p/g = NVIDIA GPU,
inf = Inferentia, trn = Trainium, dl1 = Gaudi, a "g" after the generation digit = Graviton, else x86).

Replacements (one per api and from-type; "workload" follows the api: endpoint and ec2 = serving,
training = training, processing = none, because no claim-backed target is valid there):
  older_generation   from-family in OLDER_ACCELERATOR_FAMILIES (rules.md GA3004); target as below for the
                     api's workload (inf1 -> inf2, p3/g4dn -> inf2 when serving, trn1 when training).
  gpu_to_inferentia  NVIDIA GPU -> inf2 (endpoint, ec2).
  gpu_to_trainium    NVIDIA GPU -> trn1 (training).
  x86_to_graviton    x86 c/m -> the Graviton3 family of the same letter (c7g, m7g); r has no x86 specs.

Size mapping
  Accelerators: the smallest target size (valid for the api) whose total accelerator memory is >= the
  source's and whose vCPU count is >= half the source's (the accelerator does the work; the host may
  shrink, but not below half). This reproduces every GPU -> inf2/trn1 pair of the research table.
  Where the research names a pair explicitly (catalog.json greener_replacements), that pair wins; it
  differs from the rule only for p3dn -> trn1n, p4de -> trn1n (network-heavy training) and
  p5.48xlarge -> trn2 (verified = no). sizing = research marks rows whose pair the research names.
  A mapping that more than doubles the accelerator count (e.g. one 48 GiB L40S -> six Inferentia2
  chips, the research's "NOT recommended" g6e row) is written with verified = no.
  CPUs: the same size when its vCPU and memory are >= the source's, otherwise the smallest size with
  both >= ; metal sizes are neither sources nor targets. No such size: no row.

Evidence
  A row is verified = yes only when the target is valid for that exact api, the target is described
  by the catalog, and a primary-source efficiency claim covers the target (Inf2 50% perf/W, Graviton3
  60% less energy, Trn1 ~25% less energy for BERT-Large, Inf2 vs Inf1 throughput). Rules must ignore
  verified = no rows. Prices are those of the api (SageMaker real-time hosting for endpoint, EC2
  on-demand us-east-1 for ec2); training has none (the catalog holds hosting prices only).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
APIS = ("endpoint", "training", "processing", "ec2")

# rules.md GA3004 (g3s is the small size line of g3).
OLDER_ACCELERATOR_FAMILIES = ("p2", "p3", "p3dn", "g3", "g3s", "g4dn", "inf1")

INFERENTIA2 = ("inf2.xlarge", "inf2.8xlarge", "inf2.24xlarge", "inf2.48xlarge")
TRAINIUM1 = ("trn1.2xlarge", "trn1.32xlarge")
GRAVITON3_FAMILY = {"c": "c7g", "m": "m7g", "r": "r7g"}
GRAVITON_LATEST_FAMILY = {"c": "c8g", "m": "m8g", "r": "r8g"}   # only for verified = no rows

# Quotable wording per claim, and the phrases of the catalog text that back it (checked below).
CLAIMS = {
    "inf2-50": {
        "wording": "up to 50% better performance/watt than comparable EC2 instances",
        "source": "wa-ml-lens-mlsus12",
        "backing": ("up to 50% better performance/watt over comparable Amazon EC2 instances",),
    },
    "graviton-60": {
        "wording": "Graviton3 uses up to 60% less energy than comparable EC2 instances",
        "source": "wa-ml-lens-mlsus12",
        "backing": ("Graviton3", "They use up to 60% less energy than comparable EC2 instances"),
    },
    "trainium-25-300": {
        "wording": "approximately 25% lower energy to train BERT-Large than comparable accelerated EC2 instances",
        "source": "wa-ml-lens-mlsus12",
        "backing": ("total energy consumption for training BERT Large from scratch is approximately 25% lower",
                    "comparable accelerated EC2 instances"),
    },
    "inf2-vs-inf1": {
        "wording": "4x higher throughput and 10x lower latency than Inferentia1",
        "source": "aws-ml-blog-inf2",
        "backing": ("4x higher throughput and 10x lower latency",),
    },
    "trn2-vs-trn1": {   # secondary press report; only on a verified = no row
        "wording": "two times higher performance per watt than the original Trainium (press report)",
        "source": "anandtech-trn2",
        "backing": ("two times higher performance per watt",),
    },
}

SOURCE_LABELS = {
    "karpenter": "AWS Pricing API via Karpenter",
    "fmbench": "AWS FMBench sample",
    "goerlitz-sagemaker": "copy of the SageMaker pricing page",
    "manageiq": "ManageIQ instance types",
    "ec2instances-gpu": "ec2instances.info GPU table",
    "ec2instances-measured": "ec2instances.info nvidia-smi",
    "mlco2-gpus": "ML CO2 Impact GPU table",
    "neuron-docs": "AWS Neuron documentation",
    "wa-ml-lens-mlsus12": "AWS Well-Architected ML Lens, MLSUS-12",
    "aws-ml-blog-inf2": "AWS Machine Learning Blog",
    "anandtech-trn2": "AnandTech (press)",
}


def clean(text):
    return " ".join(str(text).split()).replace("\t", " ")


def num(value):
    return "" if value is None else f"{value:g}"


def yes_no(flag):
    return "" if flag is None else ("yes" if flag else "no")


def source_id(text):
    """The catalog's source fields sometimes add a note after the id ("mlco2-gpus row ...")."""
    return text.split(" ")[0] if text else ""


def read_validity(path):
    valid = {}
    with open(path, encoding="utf-8") as stream:
        lines = [line.rstrip("\n") for line in stream if line.strip() and not line.startswith("#")]
    assert lines[0] == "type\tapis", "unexpected instance_validity.tsv header"
    for line in lines[1:]:
        type_name, apis = line.split("\t")
        valid[type_name] = set(apis.split(" "))
    return valid


def family_kind(family):
    if re.match(r"^(p\d|g\d|gr\d)", family):
        return "gpu"
    if family.startswith("inf"):
        return "inferentia"
    if family.startswith("trn"):
        return "trainium"
    if family == "dl1":
        return "gaudi"
    if re.match(r"^(dl2q|f\d|vt\d)", family):
        return "other_accelerator"
    if family == "a1" or re.match(r"^[a-z]+\d+g[a-z]*$", family):
        return "graviton"
    return "x86"


def catalog_kind(instance):
    accelerator = (instance.get("accelerator") or {}).get("model") or ""
    if accelerator.startswith("NVIDIA"):
        return "gpu"
    if accelerator.startswith("AWS Inferentia"):
        return "inferentia"
    if accelerator.startswith("AWS Trainium"):
        return "trainium"
    assert not accelerator, accelerator
    processor = instance["processor"]
    if "Graviton" in processor:
        return "graviton"
    assert "Intel" in processor or "AMD" in processor, processor
    return "x86"


def split_type(type_name):
    family, size = type_name.split(".")
    return family, size


def size_rank(size):
    """Sort key for sizes of one family (medium < large < xlarge < 2xlarge ...)."""
    fixed = {"nano": 0, "micro": 1, "small": 2, "medium": 3, "large": 4, "xlarge": 8}
    if size in fixed:
        return fixed[size]
    match = re.match(r"^(\d+)xlarge$", size)
    return int(match.group(1)) * 8 if match else 10_000


class Catalog:
    def __init__(self, catalog, valid):
        self.raw = catalog
        self.valid = valid
        self.by_type = {i["instance_type"]: i for i in catalog["instances"]}
        self.sources = catalog["meta"]["sources"]
        self.used_sources = set()

    def is_valid(self, api, type_name):
        return api in self.valid.get(type_name, ())

    def use(self, source):
        if source:
            assert source in self.sources, f"unknown source id {source}"
            self.used_sources.add(source)
        return source

    def accel(self, type_name):
        instance = self.by_type[type_name]
        accelerator = instance.get("accelerator") or {}
        return accelerator.get("count") or 0, accelerator.get("memory_gib_total") or 0

    def price(self, api, type_name):
        """(value, source id, date) of the hourly price that applies to the api, or None."""
        instance = self.by_type.get(type_name)
        if instance is None:
            return None
        if api == "ec2":
            price = instance["ec2_linux_on_demand_usd_per_hr_us_east_1"]
        elif api == "endpoint":
            price = instance.get("sagemaker_realtime_usd_per_hr")
        else:
            return None
        if not price or price.get("value") is None:
            return None
        return price["value"], self.use(price["source"]), price["date"]


def check_claims(catalog):
    texts = [json.dumps(claim) for claim in catalog["efficiency_claims"]]
    texts += [json.dumps(pair["efficiency_claim"]) for pair in catalog["greener_replacements"]]
    corpus = " ".join(texts)
    for claim_id, claim in CLAIMS.items():
        for phrase in claim["backing"]:
            assert phrase in corpus, f"claim {claim_id}: '{phrase}' is not in catalog.json any more"


def instance_rows(cat):
    wanted = set(cat.by_type)
    for type_name, apis in cat.valid.items():
        family, _ = split_type(type_name)
        if apis & {"endpoint", "training", "processing"} or family in OLDER_ACCELERATOR_FAMILIES:
            wanted.add(type_name)

    rows = []
    for type_name in sorted(wanted, key=lambda t: (split_type(t)[0], size_rank(split_type(t)[1]), t)):
        family, size = split_type(type_name)
        instance = cat.by_type.get(type_name)
        row = dict.fromkeys(INSTANCE_HEADER, "")
        row.update(type=type_name, family=family, size=size, kind=family_kind(family),
                   older_accelerator="yes" if family in OLDER_ACCELERATOR_FAMILIES else "no",
                   apis=" ".join(api for api in APIS if cat.is_valid(api, type_name)))
        if instance is not None:
            accelerator = instance.get("accelerator") or {}
            power = instance.get("accelerator_power") or {}
            newer = instance.get("newer_generation_in_line") or ""
            row.update(
                kind=catalog_kind(instance), vcpu=num(instance["vcpu"]), memory_gib=num(instance["memory_gib"]),
                spec_source=cat.use(instance["spec_source"]), processor=clean(instance["processor"]),
                accelerator=clean(accelerator.get("model") or ""), accelerator_count=num(accelerator.get("count")),
                accelerator_memory_gib=num(accelerator.get("memory_gib_total")),
                accelerator_source=cat.use(source_id(accelerator.get("source") or "")),
                aws_current_generation=yes_no(instance["aws_current_generation_flag"]),
                newer_in_line="" if newer == "-" else clean(newer))
            for api, prefix in (("ec2", "ec2"), ("endpoint", "sagemaker")):
                price = cat.price(api, type_name)
                if price:
                    column = "ec2_usd_per_hour" if api == "ec2" else "sagemaker_hosting_usd_per_hour"
                    row.update({column: num(price[0]), f"{prefix}_price_source": price[1], f"{prefix}_price_date": clean(price[2])})
            if power.get("nvidia_smi_power_limit_w_on_aws"):
                row.update(power_limit_w_per_accelerator=num(power["nvidia_smi_power_limit_w_on_aws"]),
                           power_limit_source=cat.use("ec2instances-measured"))
            if power.get("tdp_w"):
                row.update(tdp_w_per_accelerator=num(power["tdp_w"]),
                           tdp_source=cat.use(source_id(power.get("tdp_source") or "")))
        rows.append([row[column] for column in INSTANCE_HEADER])
    return rows


INSTANCE_HEADER = [
    "type", "family", "size", "kind", "vcpu", "memory_gib", "spec_source", "processor",
    "accelerator", "accelerator_count", "accelerator_memory_gib", "accelerator_source",
    "aws_current_generation", "older_accelerator", "newer_in_line",
    "ec2_usd_per_hour", "ec2_price_source", "ec2_price_date",
    "sagemaker_hosting_usd_per_hour", "sagemaker_price_source", "sagemaker_price_date",
    "power_limit_w_per_accelerator", "power_limit_source", "tdp_w_per_accelerator", "tdp_source",
    "apis",
]


def pick_accelerated(cat, api, from_type, targets):
    """Smallest target with >= the accelerator memory and >= half the vCPUs (targets are ordered by size)."""
    _, memory = cat.accel(from_type)
    vcpu = cat.by_type[from_type]["vcpu"]
    for target in targets:
        if cat.is_valid(api, target) and target in cat.by_type:
            if cat.accel(target)[1] >= memory and cat.by_type[target]["vcpu"] * 2 >= vcpu:
                return target
    return None


def pick_cpu(cat, api, from_type, target_family):
    source = cat.by_type[from_type]
    _, size = split_type(from_type)
    candidates = [t for t, i in cat.by_type.items()
                  if i["family"] == target_family and "metal" not in t and cat.is_valid(api, t)
                  and i["vcpu"] >= source["vcpu"] and i["memory_gib"] >= source["memory_gib"]]
    same = f"{target_family}.{size}"
    if same in candidates:
        return same
    candidates.sort(key=lambda t: (cat.by_type[t]["vcpu"], cat.by_type[t]["memory_gib"]))
    return candidates[0] if candidates else None


def research_pairs(cat):
    """(from, to) -> the research's row (catalog.json greener_replacements)."""
    return {(pair["from"], pair["to"]): pair for pair in cat.raw["greener_replacements"]}


def plan(cat, api, from_type):
    """(rule, to, claim id, requires, notes) for one api and from-type, or None."""
    instance = cat.by_type.get(from_type)
    if instance is None or "metal" in from_type:
        return None
    family, _ = split_type(from_type)
    kind = catalog_kind(instance)
    older = family in OLDER_ACCELERATOR_FAMILIES
    pairs = research_pairs(cat)
    notes = []

    if kind == "inferentia" and older and api in ("endpoint", "ec2"):
        rule, targets, claim = "older_generation", INFERENTIA2, "inf2-vs-inf1"
    elif kind == "gpu" and api in ("endpoint", "ec2"):
        rule, targets, claim = ("older_generation" if older else "gpu_to_inferentia"), INFERENTIA2, "inf2-50"
    elif kind == "gpu" and api == "training":
        rule, targets, claim = ("older_generation" if older else "gpu_to_trainium"), TRAINIUM1, "trainium-25-300"
    elif kind == "x86" and api in ("endpoint", "ec2") and family[0] in GRAVITON3_FAMILY:
        to = pick_cpu(cat, api, from_type, GRAVITON3_FAMILY[family[0]])
        if to is not None:
            return "x86_to_graviton", to, "graviton-60", "arm64", []
        to = pick_cpu(cat, api, from_type, GRAVITON_LATEST_FAMILY[family[0]])
        if to is None:
            return None
        notes.append(f"no Graviton3 {family[0]}-family size is valid here; the 60% claim is stated for Graviton3 only")
        return "x86_to_graviton", to, "", "arm64", notes
    else:
        return None

    to = pick_accelerated(cat, api, from_type, targets)
    # A pair the research names for this workload (inf2 when serving, any Trainium when training) wins.
    workload_families = ("trn1", "trn1n", "trn2") if api == "training" else ("inf2",)
    research = [t for (frm, t) in pairs
                if frm == from_type and split_type(t)[0] in workload_families and cat.is_valid(api, t)]
    if research:
        assert len(research) == 1, (from_type, research)
        to = research[0]
    if to is None:
        return None
    if to.startswith("trn2"):
        claim = "trn2-vs-trn1"
        notes.append("Trainium2 claim is against Trainium1, not GPUs, from a press report; no on-demand price")

    count, memory = cat.accel(from_type)
    to_count, to_memory = cat.accel(to)
    if to_count > 2 * count:
        notes.append(f"{count} accelerator(s) would become {to_count}: no closer size with enough accelerator memory")
    pair = pairs.get((from_type, to))
    if pair and "NOT recommended" in pair["price_verdict"]:
        notes.append("the research marks this pair NOT recommended")
    target = cat.by_type[to]
    if target["vcpu"] < instance["vcpu"] or target["memory_gib"] < instance["memory_gib"]:
        notes.append(f"host shrinks from {instance['vcpu']} vCPU/{instance['memory_gib']:g} GiB"
                     f" to {target['vcpu']} vCPU/{target['memory_gib']:g} GiB")
    if family == "g5g":
        notes.append("host CPU changes from Graviton (arm64) to x86_64")
    return rule, to, claim, "neuron", notes


def claim_covers(cat, claim_id, to_type):
    family, _ = split_type(to_type)
    processor = cat.by_type[to_type]["processor"]
    return {
        "inf2-50": family == "inf2",
        "inf2-vs-inf1": family == "inf2",
        "graviton-60": "Graviton3" in processor,
        "trainium-25-300": family in ("trn1", "trn1n"),
        "trn2-vs-trn1": False,   # secondary, and not a claim against GPUs
    }.get(claim_id, False)


def replacement_rows(cat):
    rows = {}
    for api in APIS:
        for from_type in sorted(cat.by_type):
            if not cat.is_valid(api, from_type):
                continue
            planned = plan(cat, api, from_type)
            if planned is None:
                continue
            rule, to, claim_id, requires, notes = planned
            assert cat.is_valid(api, to), (api, from_type, to)
            rows[(api, from_type)] = [api, from_type, rule, to, claim_id, requires, notes]

    # Chains: a suggestion that is itself replaced (older generation) moves on to its own suggestion.
    for key, row in rows.items():
        for _ in range(8):
            onward = rows.get((row[0], row[3]))
            if onward is None or onward[2] != "older_generation":
                break
            row[3] = onward[3]
        assert rows.get((row[0], row[3])) is None or rows[(row[0], row[3])][2] != "older_generation", key

    pairs = research_pairs(cat)
    out = []
    for (api, from_type), (_, _, rule, to, claim_id, requires, notes) in sorted(
            rows.items(), key=lambda item: (APIS.index(item[0][0]), item[0][1])):
        before, after = cat.price(api, from_type), cat.price(api, to)
        costs_more = "" if not (before and after) else yes_no(after[0] > before[0])
        claim = CLAIMS.get(claim_id)
        verified = claim is not None and claim_covers(cat, claim_id, to) and not any(
            "would become" in n or "NOT recommended" in n for n in notes)
        if api == "endpoint" and before and after and (before[1] != after[1]):
            notes.append("the two hosting prices come from different price lists")
        out.append([
            api, from_type, rule, to, "research" if (from_type, to) in pairs else "rule",
            num(before[0]) if before else "", before[1] if before else "",
            num(after[0]) if after else "", after[1] if after else "",
            costs_more,
            claim_id, claim["wording"] if claim else "", cat.use(claim["source"]) if claim else "",
            requires, yes_no(cat.by_type[from_type]["aws_current_generation_flag"]),
            "yes" if verified else "no", clean("; ".join(notes)),
        ])
    return out


def check_research_pairs(cat, rows):
    """Every pair the research names is emitted for some api, unless it names no claim source
    (c7i -> c8g: no Graviton4 claim; the Graviton3 target is suggested instead)."""
    emitted = {(row[1], row[3]) for row in rows}
    for pair in cat.raw["greener_replacements"]:
        if (pair["from"], pair["to"]) not in emitted:
            assert not pair["efficiency_claim"].get("source"), f"research pair {pair['from']} -> {pair['to']} lost"


REPLACEMENT_HEADER = [
    "api", "from", "rule", "to", "sizing",
    "from_usd_per_hour", "from_price_source", "to_usd_per_hour", "to_price_source", "costs_more",
    "claim_id", "claim", "claim_source", "requires", "from_aws_current_generation", "verified", "note",
]


def source_date(text):
    match = re.search(r"\d{4}-\d{2}-\d{2}", text)
    return match.group(0) if match else "undated"


def write(path, comments, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for comment in comments:
            out.write(f"# {comment}\n")
        out.write("\t".join(header) + "\n")
        for row in rows:
            assert len(row) == len(header), row
            assert all("\t" not in cell and "\n" not in cell for cell in row), row
            out.write("\t".join(row) + "\n")


def main(argv):
    out_dir = os.path.join(HERE, "Data")
    if "--out" in argv:
        index = argv.index("--out")
        out_dir = argv[index + 1]
        argv = argv[:index] + argv[index + 2:]
    path = argv[0] if argv else os.path.join(HERE, "..", "..", "..", "..", "shared", "reference", "catalog.json")
    catalog = json.load(open(path, encoding="utf-8"))
    check_claims(catalog)
    cat = Catalog(catalog, read_validity(os.path.join(HERE, "Data", "instance_validity.tsv")))
    compiled = clean(catalog["meta"]["compiled"])

    instances = instance_rows(cat)
    replacements = replacement_rows(cat)
    check_research_pairs(cat, replacements)
    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "instances.tsv"), [
        f"ML instance types. Generated by generate_instances.py from catalog.json ({compiled}) and instance_validity.tsv. Do not edit by hand.",
        "Specs, prices and power only where catalog.json has them (source ids in instance_sources.tsv); empty = unknown.",
        "kind comes from the catalog's processor/accelerator where spec_source is set, otherwise from AWS family naming.",
        "Prices: USD per hour; EC2 = Linux on-demand us-east-1; SageMaker = real-time hosting of the ml. type. Power: W per accelerator.",
        "older_accelerator = a GA3004 family (rules.md); aws_current_generation = AWS's current-generation flag (manageiq).",
        "apis: the SDK constant classes that hold the type (endpoint = ProductionVariantInstanceType, training = TrainingInstanceType,",
        "processing = ProcessingInstanceType, each as ml.<type>; ec2 = Amazon.EC2.InstanceType).",
    ], INSTANCE_HEADER, instances)
    write(os.path.join(out_dir, "instance_replacements.tsv"), [
        f"Greener instance replacements per SDK api. Generated by generate_instances.py from catalog.json ({compiled}). Do not edit by hand.",
        "rule: gpu_to_inferentia (GA3001), gpu_to_trainium (GA3002), x86_to_graviton (GA3003), older_generation (GA3004).",
        "to is valid for that api (instance_validity.tsv). Prices are those of the api (endpoint = SageMaker hosting, ec2 = EC2); training has none.",
        "claim: wording that may be quoted, backed by claim_source. requires: neuron = Neuron-compiled model and container, arm64 = arm64 image.",
        "Rules must not use rows with verified = no. Sizing rule: see the generator's docstring.",
    ], REPLACEMENT_HEADER, replacements)

    write(os.path.join(out_dir, "instance_sources.tsv"), [
        f"Sources of the figures in instances.tsv and instance_replacements.tsv. Generated from catalog.json ({compiled}).",
    ], ["id", "label", "date", "title"], [
        [sid, SOURCE_LABELS.get(sid, sid), source_date(cat.sources[sid]["date"]), clean(cat.sources[sid]["title"])]
        for sid in sorted(cat.used_sources)
    ])

    by_rule = {}
    for row in replacements:
        by_rule.setdefault((row[2], row[15]), 0)
        by_rule[(row[2], row[15])] += 1
    print(f"{len(instances)} instances, {len(replacements)} replacements: "
          + ", ".join(f"{rule} verified={v}: {n}" for (rule, v), n in sorted(by_rule.items())), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
