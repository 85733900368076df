"""Synthetic knowledge bases in the real schema, and questions about them, for benchmarks.

A national directory of programmes has many places, organisations and people, so its
vocabulary grows with its size: names here are built from syllables (places, surnames) as
well as from fixed lists (topics, kinds of organisation), and every entry links to others
the way real ones do (partners, contacts, publishers, related).

    python benchmarks/generate.py 10000 benchmarks/out/kb-10000
"""

from __future__ import annotations

import argparse
import random
import string
from pathlib import Path

import yaml

Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

TOPICS = """children's social care|early years|mental health|adult social care|housing|homelessness|digital inclusion|
employment support|youth justice|school attendance|special educational needs|public health|obesity|smoking cessation|
domestic abuse|loneliness|dementia care|hospital discharge|primary care|community pharmacy|maternity|
care leavers|foster care|adoption|family support|parenting|literacy|numeracy|further education|apprenticeships|
skills|welfare advice|debt advice|food insecurity|fuel poverty|active travel|air quality|climate adaptation|
community safety|substance misuse|alcohol harm|suicide prevention|social prescribing|carers|learning disability|
autism|physical activity|sport|arts and culture|libraries|volunteering|community energy|integrated care|
workforce development|digital health|telecare|falls prevention|end of life care|sexual health|vaccination|
oral health|neighbourhood renewal|refugee resettlement|migrant support|veterans|criminal justice|policing|
fire safety|flood resilience|rural services|transport|social housing|planning|regeneration|high streets|
local economy|social enterprise|procurement|data sharing|evidence and evaluation|scaling innovation|
peer support|co-production|asset-based approaches|system transformation|commissioning|outcomes-based funding""".replace(
    "\n", ""
).split("|")

PROGRAMME_NOUNS = [
    "Partnership",
    "Programme",
    "Pilot",
    "Project",
    "Initiative",
    "Hub",
    "Network",
    "Collaborative",
    "Accelerator",
    "Service",
    "Pathway",
    "Challenge",
    "Fund",
    "Lab",
    "Alliance",
    "Model",
    "Approach",
]
ADJECTIVES = [
    "Integrated",
    "Community",
    "Early",
    "Better",
    "Shared",
    "Connected",
    "Healthy",
    "Thriving",
    "Open",
    "Local",
    "Whole-System",
    "Neighbourhood",
    "Family",
    "Digital",
    "Resilient",
    "Inclusive",
    "Preventive",
]
ORG_KINDS = [
    "Council",
    "NHS Trust",
    "Foundation",
    "Trust",
    "Institute",
    "Network",
    "Association",
    "College",
    "University",
    "Consortium",
    "Partnership",
    "Housing Association",
    "CCG",
    "Commission",
    "Charity",
]
ROLES = [
    "Programme Lead",
    "Director",
    "Head of Innovation",
    "Project Manager",
    "Researcher",
    "Commissioner",
    "Service Designer",
    "Evaluation Lead",
    "Partnerships Manager",
    "Policy Adviser",
]
REPORT_OPENERS = [
    "Scaling",
    "Growing",
    "Spreading",
    "Evaluating",
    "Learning from",
    "Rethinking",
    "Designing",
    "Funding",
    "Measuring",
    "Sustaining",
    "Adopting",
    "Commissioning",
]
REPORT_SUBTITLES = [
    "lessons from the field",
    "what works",
    "a practical guide",
    "an evaluation",
    "evidence review",
    "the case for change",
    "ten years on",
    "a framework for action",
    "insights from practice",
]
FIRST_NAMES = """Amara Ben Chloe Dev Ella Finn Grace Hassan Isla Jack Kavya Leo Maya Noah Olivia Priya Quinn Ravi
Sofia Tom Uma Victor Wen Yusuf Zara Aisha Callum Daniel Fatima George Hannah Imran Jasmine Kieran Lucy Mohammed
Niamh Oscar Rosa Samuel Tariq Zoe""".split()
SYLLABLES = [
    "ash",
    "bel",
    "bram",
    "car",
    "dun",
    "el",
    "fen",
    "gar",
    "hal",
    "kel",
    "lin",
    "mar",
    "nor",
    "ox",
    "pen",
    "ran",
    "sal",
    "tor",
    "ul",
    "ven",
    "wick",
    "yar",
    "brid",
    "cot",
    "dale",
    "ham",
    "ley",
    "mere",
    "ton",
    "worth",
    "by",
    "field",
    "ford",
    "stead",
    "well",
    "bury",
    "combe",
    "holm",
    "thorpe",
    "wood",
]
FILLER = (
    "supports local leaders to design and test new approaches, working with families, practitioners and "
    "commissioners to improve outcomes and reduce costs while building the evidence needed to grow"
).split()


def proper_noun(rng: random.Random, parts: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*parts))).capitalize()


def slug(text: str, used: set[str]) -> str:
    base = "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")
    base = "_".join(p for p in base.split("_") if p)[:60].strip("_") or "entry"
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}_{n}"
        n += 1
    used.add(candidate)
    return candidate


def acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


def generate(size: int, seed: int = 7) -> dict[str, list[dict]]:
    """``size`` entries: 45% programmes, 20% reports, 20% organisations, 15% contacts."""
    rng = random.Random(seed)
    used: set[str] = set()
    places = [proper_noun(rng) for _ in range(max(50, size // 20))]
    surnames = [proper_noun(rng, (2, 2)) for _ in range(max(100, size // 10))]
    counts = {"organisations": int(size * 0.20), "contacts": int(size * 0.15), "reports": int(size * 0.20)}
    counts["programmes"] = size - sum(counts.values())
    knowledge: dict[str, list[dict]] = {
        section: [] for section in ("organisations", "contacts", "programmes", "reports")
    }

    for _ in range(counts["organisations"]):
        place = rng.choice(places)
        kind = rng.choice(ORG_KINDS)
        name = f"{place} {kind}" if rng.random() < 0.6 else f"The {rng.choice(surnames)} {kind}"
        topics = rng.sample(TOPICS, 2)
        knowledge["organisations"].append(
            {
                "id": slug(name, used),
                "name": name,
                "summary": f"{name} works on {topics[0]} and {topics[1]} in {place}.",
                "topics": topics,
                "places": [place],
            }
        )
    org_ids = [o["id"] for o in knowledge["organisations"]]

    for _ in range(counts["contacts"]):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(surnames)}"
        organisation = rng.choice(knowledge["organisations"])
        topic = rng.choice(TOPICS)
        knowledge["contacts"].append(
            {
                "id": slug(name, used),
                "name": name,
                "role": f"{rng.choice(ROLES)}, {organisation['name']}",
                "summary": f"Talk to {name.split()[0]} about {topic}.",
                "topics": [topic],
                "organisation": organisation["id"],
            }
        )
    contact_ids = [c["id"] for c in knowledge["contacts"]]

    for _ in range(counts["programmes"]):
        place = rng.choice(places)
        topic = rng.choice(TOPICS)
        style = rng.random()
        if style < 0.4:
            name = f"{place} {topic.title()} {rng.choice(PROGRAMME_NOUNS)}"
        elif style < 0.7:
            name = f"{rng.choice(ADJECTIVES)} {topic.title()} {rng.choice(PROGRAMME_NOUNS)}"
        else:
            name = f"Project {proper_noun(rng)}"
        entry = {
            "id": slug(name, used),
            "name": name,
            "summary": f"{name} {' '.join(rng.sample(FILLER, 10))} in {place}, focused on {topic}.",
            "topics": [topic] + rng.sample(TOPICS, rng.randint(0, 2)),
            "places": [place],
            "partners": rng.sample(org_ids, rng.randint(1, 3)),
            "contacts": rng.sample(contact_ids, rng.randint(0, 2)),
        }
        if rng.random() < 0.3:
            entry["aliases"] = [acronym(name)] if len(name.split()) > 2 else [f"{place} {topic}"]
        knowledge["programmes"].append(entry)
    programme_ids = [p["id"] for p in knowledge["programmes"]]

    for _ in range(counts["reports"]):
        topic = rng.choice(TOPICS)
        name = f"{rng.choice(REPORT_OPENERS)} {topic}: {rng.choice(REPORT_SUBTITLES)}"
        if rng.random() < 0.5:
            name += f" in {rng.choice(places)}"
        knowledge["reports"].append(
            {
                "id": slug(name, used),
                "name": name,
                "summary": f"A report on {topic}: {' '.join(rng.sample(FILLER, 8))}.",
                "topics": [topic],
                "publishers": rng.sample(org_ids, 1),
                "year": rng.randint(2005, 2026),
                "related": rng.sample(programme_ids, rng.randint(0, 2)) if programme_ids else [],
            }
        )
    return knowledge


def write(knowledge: dict[str, list[dict]], folder: Path, per_file: int = 5000) -> None:
    """YAML files of at most ``per_file`` entries each, as a maintainer would split a large folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    for section, entries in knowledge.items():
        for part, start in enumerate(range(0, len(entries), per_file)):
            path = folder / f"{section}-{part:03d}.yaml"
            path.write_text(
                yaml.dump(
                    {section: entries[start : start + per_file]}, Dumper=Dumper, sort_keys=False, allow_unicode=True
                ),
                encoding="utf-8",
            )


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.33:
        return word[:i] + word[i + 1 :]  # drop a letter
    if kind < 0.66:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap two
    return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]  # wrong letter


def questions(knowledge: dict[str, list[dict]], count: int = 200, seed: int = 11) -> list[dict]:
    """Questions with the entry they are about: exact names, typos, partial names and topical ones."""
    rng = random.Random(seed)
    entries = [
        e for section in ("programmes", "reports", "organisations", "contacts") for e in knowledge.get(section, [])
    ]
    asked = []
    for n in range(count):
        entry = rng.choice(entries)
        words = entry["name"].split()
        style = ("exact", "typo", "partial", "topical")[n % 4]
        if style == "exact":
            text = f"what is {entry['name']}?"
        elif style == "typo":
            text = " ".join(typo(w, rng) if rng.random() < 0.5 else w for w in words)
        elif style == "partial":
            keep = sorted(rng.sample(range(len(words)), max(1, len(words) - 1)))
            text = " ".join(words[i] for i in keep)
        else:
            place = (entry.get("places") or [""])[0]
            text = f"anything on {(entry.get('topics') or ['innovation'])[0]} in {place}?".replace(" in ?", "?")
        asked.append({"q": text, "id": entry["id"], "style": style})
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(generate(args.size, args.seed), args.folder)
    print(f"wrote {args.size} entries to {args.folder}")


if __name__ == "__main__":
    main()
