"""Instance tables: instances.tsv and instance_replacements.tsv (see generate.py).

Rows of instances.tsv: every type described (curated/instances.tsv, plus the types of DESCRIBED_FAMILIES that the
Karpenter instance-type page lists), every type a SageMaker constant class holds (Data/instance_validity.tsv, written by
SdkInstanceTypeListTests from the SDK), and the EC2 types of the older accelerator families GA3004 names. Types not
described keep empty spec columns; their kind then comes from AWS's family naming (p/g = NVIDIA GPU, inf = Inferentia,
trn = Trainium, dl1 = Gaudi, a "g" after the generation digit = Graviton, else x86).

Replacements (one per api and from-type; "workload" follows the api: endpoint and ec2 = serving, training = training,
processing = none, because no claim-backed target is valid there):
  older_generation   from-family in OLDER_ACCELERATOR_FAMILIES (rules.md GA3004); target as below for the api's
                     workload (inf1 -> inf2, p3/g4dn -> inf2 when serving, trn1 when training).
  gpu_to_inferentia  NVIDIA GPU -> inf2 (endpoint, ec2).
  gpu_to_trainium    NVIDIA GPU -> trn1 (training).
  x86_to_graviton    x86 c/m/r/t -> the Graviton family of the same letter and variant whose claim covers it
                     (GRAVITON_FAMILIES, first valid for the api wins).

Size mapping
  Accelerators: the smallest target size (valid for the api) whose total accelerator memory is >= the source's and whose
  vCPU count is >= half the source's. A pair the research names (curated/research_pairs.tsv) wins. A mapping that more
  than doubles the accelerator count is written with verified = no.
  CPUs: the same size when its vCPU and memory are >= the source's, otherwise the smallest size with both >=; metal
  sizes are neither sources nor targets. No such size: no row.

Evidence
  A row is verified = yes only when the target is valid for that exact api, the target is described, and a claim of
  curated/claims.tsv covers the target. Rules must ignore verified = no rows. Prices are those of the api (SageMaker
  real-time hosting for endpoint, EC2 on-demand us-east-1 for ec2); training has none.
"""
import os
import re

from readers import (InputError, read_karpenter_instance_types, read_karpenter_prices, read_markdown_price_table,
                     read_tsv, read_yaml, render, where)

APIS = ("endpoint", "training", "processing", "ec2")
OLDER_ACCELERATOR_FAMILIES = ("p2", "p3", "p3dn", "g3", "g3s", "g4dn", "inf1")   # rules.md GA3004 (g3s: small g3)
INFERENTIA2 = ("inf2.xlarge", "inf2.8xlarge", "inf2.24xlarge", "inf2.48xlarge")
TRAINIUM1 = ("trn1.2xlarge", "trn1.32xlarge")
# The Graviton families an x86 family moves to, by its letter and variant (d = local NVMe storage, n = network optimized):
# Graviton3 first (its own claim), then Graviton4/5, then Graviton2 where that is the only one of the variant a property
# holds (SageMaker endpoints: ml.c6gd, ml.m6gd, ml.r6gd, ml.c6gn), then the plain family. First valid size wins.
GRAVITON_FAMILIES = {
    ("c", ""): ("c7g", "c8g", "c9g"), ("m", ""): ("m7g", "m8g", "m9g"), ("r", ""): ("r7g", "r8g"), ("t", ""): ("t4g",),
    ("c", "d"): ("c7gd", "c8gd", "c6gd", "c7g", "c8g", "c9g"), ("m", "d"): ("m7gd", "m8gd", "m6gd", "m7g", "m8g", "m9g"),
    ("r", "d"): ("r7gd", "r8gd", "r6gd", "r7g", "r8g"), ("c", "n"): ("c7gn", "c8gn", "c6gn", "c7g", "c8g", "c9g"),
}
# Families described from the Karpenter instance-type page when curated/instances.tsv has no row for a type.
DESCRIBED_FAMILIES = (
    "c8g", "m8g", "r8g", "c9g", "m9g", "t4g", "c6gd", "c6gn", "c7gd", "c7gn", "c8gd", "c8gn", "m6gd", "m7gd", "m8gd",
    "r6gd", "r7gd", "r8gd", "c4", "c5d", "c5n", "c6in", "m4", "m5d", "r4", "r5", "r5d", "r6i", "r7i", "c8i", "m8i", "r8i",
    "t2", "t3", "g6", "g6e", "g7", "g7e", "p5e", "p5en", "p6-b200", "p6-b300", "trn2")
GRAVITON_GENERATION = {"6": "Graviton2", "7": "Graviton3", "8": "Graviton4", "9": "Graviton5"}   # by generation digit
GRAVITON_GENERATION_BY_FAMILY = {"t4g": "Graviton2", "a1": "Graviton"}   # where the digit is not the Graviton generation


def x86_variant(family):
    """(letter, variant) of an x86 c/m/r/t family: c5 -> (c, ""), c6in -> (c, n), m5d -> (m, d), m5ad -> (m, d); None
    for other shapes (flex, z, b, dn ...), which have no Graviton counterpart here."""
    match = re.match(r"^([cmrt])\d+([ai]?)([dn]?)$", family)
    return (match.group(1), match.group(3)) if match else None

INSTANCES = "curated/instances.tsv"
PAIRS = "curated/research_pairs.tsv"
CLAIMS = "curated/claims.tsv"
IMAGES = "curated/images.tsv"
IMAGE_HEADER = ["repository", "name", "neuron", "arm64", "listed_in", "builds_source"]
KARPENTER_PRICES = "sources/karpenter/zz_generated.pricing_aws.go"
KARPENTER_TYPES = "sources/karpenter/instance-types.md"
FMBENCH = "sources/fmbench/pricing.yml"
GOERLITZ = "sources/goerlitz/README.sagemaker-gpu-pricing.md"
VALIDITY = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "src", "GreenAnalyzers", "Knowledge", "Data", "instance_validity.tsv")

INSTANCE_HEADER = [
    "type", "family", "size", "kind", "vcpu", "memory_gib", "spec_source", "processor",
    "accelerator", "accelerator_count", "accelerator_memory_gib", "accelerator_source",
    "aws_current_generation", "older_accelerator", "newer_in_line",
    "ec2_usd_per_hour", "ec2_price_source", "ec2_price_date",
    "sagemaker_hosting_usd_per_hour", "sagemaker_price_source", "sagemaker_price_date",
    "power_limit_w_per_accelerator", "power_limit_source", "tdp_w_per_accelerator", "tdp_source",
    "apis",
]
REPLACEMENT_HEADER = [
    "api", "from", "rule", "to", "sizing",
    "from_usd_per_hour", "from_price_source", "to_usd_per_hour", "to_price_source", "costs_more",
    "claim_id", "claim", "claim_source", "requires", "from_aws_current_generation", "verified", "note",
]


def num(value):
    return "" if value is None else f"{value:g}"


def yes_no(flag):
    return "" if flag is None else ("yes" if flag else "no")


def split_type(type_name):
    family, size = type_name.split(".")
    return family, size


def size_rank(size):
    fixed = {"nano": 0, "micro": 1, "small": 2, "medium": 3, "large": 4, "xlarge": 8}
    if size in fixed:
        return fixed[size]
    match = re.match(r"^(\d+)xlarge$", size)
    return int(match.group(1)) * 8 if match else 10_000


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


def read_validity():
    if not os.path.isfile(VALIDITY):
        raise InputError("src/GreenAnalyzers/Knowledge/Data/instance_validity.tsv: missing (SdkInstanceTypeListTests writes it)")
    valid = {}
    with open(VALIDITY, encoding="utf-8") as stream:
        lines = [line.rstrip("\n") for line in stream if line.strip() and not line.startswith("#")]
    if lines[0] != "type\tapis":
        raise InputError("src/GreenAnalyzers/Knowledge/Data/instance_validity.tsv: unexpected header")
    for line in lines[1:]:
        type_name, apis = line.split("\t")
        valid[type_name] = set(apis.split(" "))
    return valid


class Instance:
    """What the catalog knows about one type."""

    def __init__(self, type_name, vcpu, memory, spec_source, processor="", accelerator="", count=None, accel_memory=None,
                 accel_source="", current=None, newer="", power=None, power_source="", tdp=None, tdp_source=""):
        self.type, self.family = type_name, split_type(type_name)[0]
        self.vcpu, self.memory, self.spec_source, self.processor = vcpu, memory, spec_source, processor
        self.accelerator, self.count, self.accel_memory, self.accel_source = accelerator, count, accel_memory, accel_source
        self.current, self.newer = current, newer
        self.power, self.power_source, self.tdp, self.tdp_source = power, power_source, tdp, tdp_source
        self.ec2 = self.sagemaker = None   # (value, source id, date)

    @property
    def kind(self):
        if self.accelerator.startswith("NVIDIA"):
            return "gpu"
        if self.accelerator.startswith("AWS Inferentia"):
            return "inferentia"
        if self.accelerator.startswith("AWS Trainium"):
            return "trainium"
        if "Graviton" in self.processor:
            return "graviton"
        return family_kind(self.family) if not self.processor else "x86"


def optional_float(row, column, context):
    if not row[column]:
        return None
    try:
        return float(row[column])
    except ValueError:
        raise InputError(f"{context}: {column} {row[column]!r} is not a number") from None


class Catalog:
    def __init__(self, sources):
        self.sources = sources
        self.valid = read_validity()
        self.by_type = {}
        for row in read_tsv(INSTANCES, required=INSTANCE_HEADER[:1] + ["vcpu", "memory_gib", "spec_source", "processor"]):
            context = where(INSTANCES, row)
            if row["type"] in self.by_type:
                raise InputError(f"{context}: duplicate type {row['type']}")
            for column in ("spec_source", "accelerator_source", "aws_current_generation_source", "power_limit_source", "tdp_source"):
                self.check_source(row[column], context)
            if row["aws_current_generation"] not in ("", "yes", "no"):
                raise InputError(f"{context}: aws_current_generation must be yes, no or empty")
            vcpu, memory = optional_float(row, "vcpu", context), optional_float(row, "memory_gib", context)
            if vcpu is None or memory is None or not row["spec_source"]:
                raise InputError(f"{context}: vcpu, memory_gib and spec_source are required")
            count = optional_float(row, "accelerator_count", context)
            self.by_type[row["type"]] = Instance(
                row["type"], int(vcpu), memory, row["spec_source"], row["processor"], row["accelerator"],
                int(count) if count is not None else None, optional_float(row, "accelerator_memory_gib", context),
                row["accelerator_source"], None if not row["aws_current_generation"] else row["aws_current_generation"] == "yes",
                row["newer_in_line"], optional_float(row, "power_limit_w_per_accelerator", context), row["power_limit_source"],
                optional_float(row, "tdp_w_per_accelerator", context), row["tdp_source"])
        self.describe_from_karpenter()
        self.attach_prices()
        self.pairs = {}
        for row in read_tsv(PAIRS, required=("from", "to", "price_verdict", "claim_source")):
            self.check_source(row["claim_source"], where(PAIRS, row))
            self.pairs[(row["from"], row["to"])] = row
        self.claims = {}
        for row in read_tsv(CLAIMS, required=("id", "wording", "source", "quote", "covers")):
            self.check_source(row["source"], where(CLAIMS, row))
            if not row["quote"] or not re.match(r"^(none|family:[a-z0-9|-]+|processor:\S+)$", row["covers"]):
                raise InputError(f"{where(CLAIMS, row)}: a claim needs the source's quote and covers = none | family:a|b | processor:X")
            self.claims[row["id"]] = row

    def check_source(self, source_id, context):
        if source_id and source_id not in self.sources.rows:
            raise InputError(f"{context}: unknown source id {source_id!r} (add it to tools/catalog/sources.tsv)")

    def describe_from_karpenter(self):
        page = read_karpenter_instance_types(KARPENTER_TYPES)
        self.sources.use("karpenter-instance-types", KARPENTER_TYPES)   # specs cross-checked against it
        for type_name, labels in page.items():
            family = split_type(type_name)[0]
            known = self.by_type.get(type_name)
            vcpu, memory = int(labels["instance-cpu"]), int(labels["instance-memory"]) / 1024
            if known is not None:
                # Two sources for one spec: they must agree.
                if known.vcpu != vcpu or abs(known.memory - memory) > 0.05 * memory:
                    raise InputError(f"tools/catalog/{INSTANCES}: {type_name} has {known.vcpu} vCPU/{known.memory:g} GiB, "
                                     f"the Karpenter page {vcpu} vCPU/{memory:g} GiB")
                continue
            if family not in DESCRIBED_FAMILIES or "metal" in type_name:
                continue
            gpus = int(labels.get("instance-gpu-count", "0") or 0)
            neuron = int(labels.get("instance-accelerator-count", "0") or 0)
            accelerator, count, accel_memory = "", None, None
            if gpus:
                accelerator = "NVIDIA " + labels.get("instance-gpu-name", "").upper()
                count = gpus
                per_gpu = int(labels.get("instance-gpu-memory", "0") or 0)
                accel_memory = round(per_gpu * gpus / 1024) if per_gpu else None
            elif neuron:
                name = labels.get("instance-accelerator-name", "")
                accelerator = {"inferentia": "AWS Inferentia", "inferentia2": "AWS Inferentia2", "trainium": "AWS Trainium",
                               "trainium2": "AWS Trainium2", "trainium3": "AWS Trainium3"}.get(name, "AWS " + name)
                count = neuron
            maker = labels.get("instance-cpu-manufacturer", "")
            processor = {"aws": "AWS Graviton", "intel": "Intel", "amd": "AMD"}.get(maker, maker)
            if maker == "aws":
                generation = GRAVITON_GENERATION_BY_FAMILY.get(family) or GRAVITON_GENERATION.get(labels.get("instance-generation", ""))
                processor = f"AWS {generation}" if generation else "AWS Graviton"
            self.by_type[type_name] = Instance(type_name, vcpu, memory, "karpenter-instance-types", processor, accelerator,
                                               count, accel_memory, "karpenter-instance-types" if accelerator else "")

    def attach_prices(self):
        ec2, ec2_date = read_karpenter_prices(KARPENTER_PRICES)
        fmbench = ((read_yaml(FMBENCH) or {}).get("pricing") or {}).get("instance_based") or {}
        goerlitz = read_markdown_price_table(GOERLITZ)
        for type_name, instance in self.by_type.items():
            if type_name in ec2:
                instance.ec2 = (ec2[type_name], "karpenter", ec2_date)
            hosted = "ml." + type_name
            if hosted in fmbench:
                instance.sagemaker = (float(fmbench[hosted]), "fmbench", self.sources.date("fmbench"))
            elif hosted in goerlitz:
                instance.sagemaker = (goerlitz[hosted], "goerlitz-sagemaker", self.sources.date("goerlitz-sagemaker"))

    def is_valid(self, api, type_name):
        return api in self.valid.get(type_name, ())

    def use(self, source):
        return self.sources.use(source, "instances")

    def price(self, api, type_name):
        instance = self.by_type.get(type_name)
        if instance is None:
            return None
        price = instance.ec2 if api == "ec2" else instance.sagemaker if api == "endpoint" else None
        if price is None:
            return None
        self.use(price[1])
        return price


def instance_rows(cat):
    wanted = set(cat.by_type)
    for type_name, apis in cat.valid.items():
        family, _ = split_type(type_name)
        if apis & {"endpoint", "training", "processing"} or family in OLDER_ACCELERATOR_FAMILIES:
            wanted.add(type_name)
    rows = []
    for type_name in sorted(wanted, key=lambda t: (split_type(t)[0], size_rank(split_type(t)[1]), t)):
        family, size = split_type(type_name)
        row = dict.fromkeys(INSTANCE_HEADER, "")
        row.update(type=type_name, family=family, size=size, kind=family_kind(family),
                   older_accelerator="yes" if family in OLDER_ACCELERATOR_FAMILIES else "no",
                   apis=" ".join(api for api in APIS if cat.is_valid(api, type_name)))
        i = cat.by_type.get(type_name)
        if i is not None:
            row.update(kind=i.kind, vcpu=num(i.vcpu), memory_gib=num(i.memory), spec_source=cat.use(i.spec_source),
                       processor=i.processor, accelerator=i.accelerator, accelerator_count=num(i.count),
                       accelerator_memory_gib=num(i.accel_memory), accelerator_source=cat.use(i.accel_source),
                       aws_current_generation=yes_no(i.current), newer_in_line=i.newer)
            for api, prefix, column in (("ec2", "ec2", "ec2_usd_per_hour"), ("endpoint", "sagemaker", "sagemaker_hosting_usd_per_hour")):
                price = cat.price(api, type_name)
                if price:
                    row.update({column: num(price[0]), f"{prefix}_price_source": price[1], f"{prefix}_price_date": price[2]})
            if i.power:
                row.update(power_limit_w_per_accelerator=num(i.power), power_limit_source=cat.use(i.power_source))
            if i.tdp:
                row.update(tdp_w_per_accelerator=num(i.tdp), tdp_source=cat.use(i.tdp_source))
        rows.append([row[column] for column in INSTANCE_HEADER])
    return rows


def pick_accelerated(cat, api, from_type, targets):
    source = cat.by_type[from_type]
    for target in targets:
        if cat.is_valid(api, target) and target in cat.by_type:
            t = cat.by_type[target]
            if (t.accel_memory or 0) >= (source.accel_memory or 0) and t.vcpu * 2 >= source.vcpu:
                return target
    return None


def pick_cpu(cat, api, from_type, target_family):
    source = cat.by_type[from_type]
    _, size = split_type(from_type)
    candidates = [t for t, i in cat.by_type.items()
                  if i.family == target_family and "metal" not in t and cat.is_valid(api, t)
                  and i.vcpu >= source.vcpu and i.memory >= source.memory]
    same = f"{target_family}.{size}"
    if same in candidates:
        return same
    candidates.sort(key=lambda t: (cat.by_type[t].vcpu, cat.by_type[t].memory))
    return candidates[0] if candidates else None


def claim_covers(cat, claim_id, to_type):
    claim = cat.claims.get(claim_id)
    if claim is None:
        return False
    kind, _, value = claim["covers"].partition(":")
    if kind == "family":
        return split_type(to_type)[0] in value.split("|")
    if kind == "processor":
        return value in cat.by_type[to_type].processor
    return False


def plan(cat, api, from_type):
    """(rule, to, claim id, requires, notes) for one api and from-type, or None."""
    instance = cat.by_type.get(from_type)
    if instance is None or "metal" in from_type:
        return None
    family = instance.family
    kind = instance.kind
    older = family in OLDER_ACCELERATOR_FAMILIES
    notes = []

    if kind == "inferentia" and older and api in ("endpoint", "ec2"):
        rule, targets, claim = "older_generation", INFERENTIA2, "inf2-vs-inf1"
    elif kind == "gpu" and api in ("endpoint", "ec2"):
        rule, targets, claim = ("older_generation" if older else "gpu_to_inferentia"), INFERENTIA2, "inf2-50"
    elif kind == "gpu" and api == "training":
        rule, targets, claim = ("older_generation" if older else "gpu_to_trainium"), TRAINIUM1, "trainium-25-300"
    elif kind == "x86" and api in ("endpoint", "ec2") and x86_variant(family) in GRAVITON_FAMILIES:
        fallback = None
        for target_family in GRAVITON_FAMILIES[x86_variant(family)]:
            to = pick_cpu(cat, api, from_type, target_family)
            if to is None:
                continue
            claim_id = next((c for c in cat.claims if claim_covers(cat, c, to) and cat.claims[c]["covers"].startswith("processor:")), "")
            if claim_id:
                return "x86_to_graviton", to, claim_id, "arm64", []
            fallback = fallback or to
        if fallback is None:
            return None
        notes.append(f"no Graviton3 {family[0]}-family size is valid here; the 60% claim is stated for Graviton3 only")
        return "x86_to_graviton", fallback, "", "arm64", notes
    else:
        return None

    to = pick_accelerated(cat, api, from_type, targets)
    workload_families = ("trn1", "trn1n", "trn2") if api == "training" else ("inf2",)
    research = [t for (frm, t) in cat.pairs if frm == from_type and split_type(t)[0] in workload_families and cat.is_valid(api, t)]
    if research:
        if len(research) != 1:
            raise InputError(f"tools/catalog/{PAIRS}: {from_type} has {len(research)} research pairs for {api}")
        to = research[0]
    if to is None:
        return None
    if to.startswith("trn2"):
        claim = "trn2-vs-trn1"
        notes.append("Trainium2 claim is against Trainium1, not GPUs, from a press report; no on-demand price")

    target = cat.by_type[to]
    count, to_count = instance.count or 0, target.count or 0
    if to_count > 2 * count:
        notes.append(f"{count} accelerator(s) would become {to_count}: no closer size with enough accelerator memory")
    pair = cat.pairs.get((from_type, to))
    if pair and "NOT recommended" in pair["price_verdict"]:
        notes.append("the research marks this pair NOT recommended")
    if target.vcpu < instance.vcpu or target.memory < instance.memory:
        notes.append(f"host shrinks from {instance.vcpu} vCPU/{instance.memory:g} GiB to {target.vcpu} vCPU/{target.memory:g} GiB")
    if family == "g5g":
        notes.append("host CPU changes from Graviton (arm64) to x86_64")
    return rule, to, claim, "neuron", notes


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
            if not cat.is_valid(api, to):
                raise AssertionError((api, from_type, to))
            rows[(api, from_type)] = [api, from_type, rule, to, claim_id, requires, notes]

    # Chains: a suggestion that is itself replaced (older generation) moves on to its own suggestion.
    for row in rows.values():
        for _ in range(8):
            onward = rows.get((row[0], row[3]))
            if onward is None or onward[2] != "older_generation":
                break
            row[3] = onward[3]

    out = []
    for (api, from_type), (_, _, rule, to, claim_id, requires, notes) in sorted(
            rows.items(), key=lambda item: (APIS.index(item[0][0]), item[0][1])):
        before, after = cat.price(api, from_type), cat.price(api, to)
        costs_more = "" if not (before and after) else yes_no(after[0] > before[0])
        claim = cat.claims.get(claim_id)
        verified = claim is not None and claim_covers(cat, claim_id, to) and not any(
            "would become" in n or "NOT recommended" in n for n in notes)
        if api == "endpoint" and before and after and before[1] != after[1]:
            notes.append("the two hosting prices come from different price lists")
        out.append([
            api, from_type, rule, to, "research" if (from_type, to) in cat.pairs else "rule",
            num(before[0]) if before else "", before[1] if before else "",
            num(after[0]) if after else "", after[1] if after else "",
            costs_more,
            claim_id, claim["wording"] if claim else "", cat.use(claim["source"]) if claim else "",
            requires, yes_no(cat.by_type[from_type].current),
            "yes" if verified else "no", "; ".join(notes),
        ])
    return out


def check_research_pairs(cat, rows):
    """Every pair the research names is emitted for some api, unless it names no claim source."""
    emitted = {(row[1], row[3]) for row in rows}
    for (frm, to), pair in cat.pairs.items():
        if (frm, to) not in emitted and pair["claim_source"]:
            raise InputError(f"{where(PAIRS, pair)}: research pair {frm} -> {to} is not emitted for any api")


def image_rows(sources):
    """Container images with known builds (curated/images.tsv), checked and sorted by repository."""
    rows, seen = [], set()
    for row in read_tsv(IMAGES, required=IMAGE_HEADER):
        context = f"tools/catalog/{IMAGES}:{row['_line']}"
        repository = row["repository"]
        if repository != repository.lower() or not re.match(r"^[a-z0-9][a-z0-9._/-]*$", repository) or repository in seen:
            raise InputError(f"{context}: repository {repository!r} is not a lower-case ECR repository name, or is listed twice")
        if "neuron" in repository:
            raise InputError(f"{context}: {repository} is a Neuron image by its name; list only images without a Neuron build")
        for column in ("neuron", "arm64"):
            if row[column] not in ("yes", "no"):
                raise InputError(f"{context}: {column} must be yes or no, not {row[column]!r}")
        seen.add(repository)
        rows.append([repository, row["name"], row["neuron"], row["arm64"],
                     sources.use(row["listed_in"], context), sources.use(row["builds_source"], context)])
    return sorted(rows)


def build(sources):
    cat = Catalog(sources)
    instances = instance_rows(cat)
    replacements = replacement_rows(cat)
    check_research_pairs(cat, replacements)
    files = {
        "instances.tsv": render([
            "ML instance types. Generated by tools/catalog/generate.py from tools/catalog and instance_validity.tsv. Do not edit by hand.",
            "Specs, prices and power only where a source has them (source ids in instance_sources.tsv); empty = unknown.",
            "kind comes from the processor/accelerator where spec_source is set, otherwise from AWS family naming.",
            "Prices: USD per hour; EC2 = Linux on-demand us-east-1; SageMaker = real-time hosting of the ml. type. Power: W per accelerator.",
            "older_accelerator = a GA3004 family (rules.md); aws_current_generation = AWS's current-generation flag (manageiq).",
            "apis: the SDK constant classes that hold the type (endpoint = ProductionVariantInstanceType, training = TrainingInstanceType,",
            "processing = ProcessingInstanceType, each as ml.<type>; ec2 = Amazon.EC2.InstanceType).",
        ], INSTANCE_HEADER, instances),
        "instance_replacements.tsv": render([
            "Greener instance replacements per SDK api. Generated by tools/catalog/generate.py. Do not edit by hand.",
            "rule: gpu_to_inferentia (GA3001), gpu_to_trainium (GA3002), x86_to_graviton (GA3003), older_generation (GA3004).",
            "to is valid for that api (instance_validity.tsv). Prices are those of the api (endpoint = SageMaker hosting, ec2 = EC2); training has none.",
            "claim: wording that may be quoted, backed by claim_source. requires: neuron = Neuron-compiled model and container, arm64 = arm64 image.",
            "Rules must not use rows with verified = no. Sizing rule: see tools/catalog/instances.py.",
        ], REPLACEMENT_HEADER, replacements),
        "images.tsv": render([
            "SageMaker container images whose builds are known. Generated by tools/catalog/generate.py from curated/images.tsv. Do not edit by hand.",
            "repository: of an ECR image path. neuron / arm64: whether an AWS Neuron (Inferentia/Trainium) or arm64 (Graviton) build exists.",
            "An image whose repository or tag contains \"neuron\" is a Neuron image; an image not listed is unknown (sources in instance_sources.tsv).",
        ], IMAGE_HEADER, image_rows(cat.sources)),
    }
    return files, set(cat.sources.used)


def changes(old_replacements, new_replacements, old_instances, new_instances):
    """Types newly flagged (a verified replacement row that was not there before)."""
    def verified(text):
        lines = [line for line in text.split("\n") if line and not line.startswith("#")]
        if not lines:
            return {}
        header = lines[0].split("\t")
        rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
        return {(r["api"], r["from"]): r for r in rows if r.get("verified") == "yes"}
    old, new = verified(old_replacements), verified(new_replacements)
    out = []
    for (api, frm), row in sorted(new.items()):
        before = old.get((api, frm))
        if before is None:
            out.append(f"instance {api} {frm}: newly flagged ({row['rule']} -> {row['to']})")
        elif before["to"] != row["to"]:
            out.append(f"instance {api} {frm}: suggestion {before['to']} -> {row['to']}")
    return out
