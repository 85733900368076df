"""The gap report: what the bot fails on, and the knowledge changes that would fix it.

Declined, "Did you mean" and 👎'd questions are clustered by similarity (rapidfuzz) and ranked
by how many different people asked; a cluster that matched nothing gets a stub entry to fill
in. "Did you mean" choices become *suggested aliases* once enough different people made the same
choice for similar words. Nothing changes the knowledge base by itself: a suggestion is applied
by a person (``scalebot gaps --apply``, or Accept on the admins' App Home), and only when the
result passes ``scalebot check`` and scores no lower on the project's question sets.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
import yaml
from rapidfuzz import fuzz

from .answer import Answerer
from .knowledge import KnowledgeBase, check_knowledge
from .questionlog import utcnow
from .store import Database, schema
from .text import strip_slack_markup, words

DEFAULT_SINCE = "30d"
#: Distinct people who must make the same choice before it is suggested as an alias.
DEFAULT_MIN_ASKERS = 3
#: token_set_ratio at or above which two missed questions are one gap.
CLUSTER_SIMILARITY = 75
#: ... and two chosen questions are one alias.
ALIAS_SIMILARITY = 88
ALIAS_LIMIT = 80
EXAMPLES = 3
QUESTION_SETS = Path(__file__).resolve().parent.parent / "tests" / "data"

_DURATION = re.compile(r"^\s*(\d+)\s*([hdw])\s*$")


def normalise_question(text: str) -> str:
    """The question as plain words, for comparing questions."""
    return " ".join(words(strip_slack_markup(text)))


def parse_since(text: str) -> timedelta:
    """ "30d", "12h", "2w" → a timedelta; anything else is a clear ValueError."""
    match = _DURATION.match(text or "")
    if not match:
        raise ValueError(f"--since takes a number and h, d or w (e.g. 30d, 12h, 2w), not {text!r}")
    amount, unit = int(match.group(1)), match.group(2)
    return timedelta(hours=amount) if unit == "h" else timedelta(days=amount * (7 if unit == "w" else 1))


def _id(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:10]


# ---------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Miss:
    text: str
    asker: str
    outcome: str
    top: tuple[str, ...]
    reason: str | None = None


@dataclass(frozen=True)
class Choice:
    text: str
    asker: str
    entry_id: str


@dataclass
class Cluster:
    id: str
    text: str
    askers: int
    questions: int
    examples: list[str]
    nearest: list[dict]
    reasons: dict[str, int]
    stub: str | None = None


@dataclass
class Suggestion:
    id: str
    entry_id: str
    entry_name: str
    alias: str
    askers: int
    examples: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"add alias “{self.alias}” to {self.entry_name} ({self.entry_id}): {self.askers} people chose it"


@dataclass
class GapReport:
    since: datetime
    considered: int
    clusters: list[Cluster]
    suggestions: list[Suggestion]

    def to_json(self) -> dict:
        return {
            "since": self.since.isoformat(timespec="seconds") + "Z",
            "questions_considered": self.considered,
            "clusters": [asdict(c) for c in self.clusters],
            "suggestions": [asdict(s) for s in self.suggestions],
        }

    def to_text(self) -> str:
        lines = [f"Gap report since {self.since:%Y-%m-%d %H:%M} UTC ({self.considered} missed or 👎 question(s))", ""]
        if not self.clusters:
            lines.append("No gaps: nothing was declined or voted down in this period.")
        for n, cluster in enumerate(self.clusters, 1):
            lines.append(
                f"{n}. “{cluster.text}” — {cluster.askers} asker(s), {cluster.questions} question(s)  [{cluster.id}]"
            )
            for example in cluster.examples:
                lines.append(f"     e.g. {example}")
            if cluster.nearest:
                lines.append("     nearest: " + ", ".join(f"{e['name']} ({e['id']})" for e in cluster.nearest))
            if cluster.reasons:
                lines.append("     👎 reasons: " + ", ".join(f"{k} {v}" for k, v in cluster.reasons.items()))
            if cluster.stub:
                lines.append("     matches nothing; a new entry to fill in:")
                lines.extend("       " + line for line in cluster.stub.splitlines())
        lines.append("")
        if self.suggestions:
            lines.append("Suggested aliases (scalebot gaps --apply, or --reject ID):")
            lines.extend(f"  [{s.id}] {s.describe()}" for s in self.suggestions)
        else:
            lines.append("No suggested aliases yet.")
        return "\n".join(lines)


def gather(database: Database, since: datetime) -> tuple[list[Miss], list[Choice]]:
    """The missed and 👎'd questions, and the "Did you mean" choices, since ``since``."""
    q, v, c = schema.questions, schema.votes, schema.choices
    with database.engine.connect() as connection:
        downvoted = {
            row.question_key: row.reason
            for row in connection.execute(
                sa.select(v.c.question_key, v.c.reason).where(v.c.vote == "down", v.c.voted_at >= since)
            )
        }
        rows = connection.execute(
            sa.select(q.c.question_key, q.c.text, q.c.asker, q.c.outcome, q.c.top_entries).where(
                q.c.asked_at >= since,
                sa.or_(q.c.outcome.in_(("declined", "did_you_mean")), q.c.question_key.in_(list(downvoted) or [""])),
            )
        )
        misses = [
            Miss(
                r.text,
                r.asker,
                r.outcome,
                tuple(t.get("id") for t in r.top_entries or []),
                downvoted.get(r.question_key),
            )
            for r in rows
            if r.text
        ]
        chosen = connection.execute(
            sa.select(q.c.text, c.c.asker, c.c.entry_id)
            .join(q, q.c.question_key == c.c.question_key)
            .where(c.c.chosen_at >= since, c.c.entry_id.is_not(None))
        )
        choices = [Choice(r.text, r.asker, r.entry_id) for r in chosen if r.text]
    return misses, choices


def decided(database: Database) -> set[str]:
    """Suggestion ids already accepted or rejected: never offered again."""
    with database.engine.connect() as connection:
        return set(connection.execute(sa.select(schema.suggestions.c.suggestion_id)).scalars())


def build_report(
    database: Database,
    knowledge: KnowledgeBase,
    since: timedelta,
    min_askers: int = DEFAULT_MIN_ASKERS,
    now: datetime | None = None,
) -> GapReport:
    start = (now or utcnow()) - since
    misses, choices = gather(database, start)
    return GapReport(
        since=start,
        considered=len(misses),
        clusters=cluster_misses(misses, knowledge),
        suggestions=suggest_aliases(choices, knowledge, decided(database), min_askers),
    )


def _similar_groups(texts: list[str], threshold: int) -> list[list[int]]:
    """Greedy single pass: each text joins the first group whose first text is similar enough."""
    groups: list[list[int]] = []
    heads: list[str] = []
    for n, text in enumerate(texts):
        key = normalise_question(text)
        for group, head in zip(groups, heads, strict=True):
            if fuzz.token_set_ratio(key, head) >= threshold:
                group.append(n)
                break
        else:
            groups.append([n])
            heads.append(key)
    return groups


def cluster_misses(misses: list[Miss], knowledge: KnowledgeBase) -> list[Cluster]:
    clusters = []
    for group in _similar_groups([m.text for m in misses], CLUSTER_SIMILARITY):
        members = [misses[n] for n in group]
        texts = Counter(m.text for m in members)
        nearest_ids = Counter(entry_id for m in members for entry_id in m.top if knowledge.get(entry_id) is not None)
        nearest = [
            {"id": entry_id, "name": knowledge.entries[entry_id].name} for entry_id, _ in nearest_ids.most_common(3)
        ]
        representative = texts.most_common(1)[0][0]
        reasons = Counter(m.reason for m in members if m.reason)
        clusters.append(
            Cluster(
                id=_id("cluster", normalise_question(representative)),
                text=representative,
                askers=len({m.asker for m in members}),
                questions=len(members),
                examples=[t for t, _ in texts.most_common(EXAMPLES)],
                nearest=nearest,
                reasons=dict(reasons),
                stub=None if nearest else stub_entry(representative, knowledge),
            )
        )
    clusters.sort(key=lambda c: (-c.askers, -c.questions, c.text))
    return clusters


def stub_entry(question: str, knowledge: KnowledgeBase) -> str:
    """A new entry for a maintainer to complete; never applied by itself (it has no facts yet)."""
    name_words = [w for w in words(question) if len(w) > 2][:6] or ["new", "entry"]
    slug = "_".join(name_words)[:60]
    while knowledge.get(slug) is not None:
        slug += "_2"
    return yaml.safe_dump(
        {
            "programmes": [
                {
                    "id": slug,
                    "name": " ".join(name_words).title(),
                    "aliases": [question[:ALIAS_LIMIT]],
                    "summary": "TODO: what it is, in a sentence or three (people asked: " + question[:120] + ")",
                    "source": "TODO: where the facts come from",
                }
            ]
        },
        sort_keys=False,
        allow_unicode=True,
        width=100,
    ).rstrip()


def alias_text(question: str) -> str:
    """The question as an alias: the words as asked, without trailing punctuation or markup."""
    cleaned = " ".join(re.sub(r"[<>&]", " ", question).split()).strip(" ?!.,;:")
    return cleaned[:ALIAS_LIMIT]


def suggest_aliases(
    choices: list[Choice], knowledge: KnowledgeBase, already_decided: set[str], min_askers: int
) -> list[Suggestion]:
    by_entry: dict[str, list[Choice]] = defaultdict(list)
    for choice in choices:
        by_entry[choice.entry_id].append(choice)
    suggestions = []
    for entry_id, chosen in by_entry.items():
        entry = knowledge.get(entry_id)
        if entry is None:
            continue
        known = {normalise_question(n) for n in (entry.name, *entry.aliases)}
        for group in _similar_groups([c.text for c in chosen], ALIAS_SIMILARITY):
            members = [chosen[n] for n in group]
            askers = len({c.asker for c in members})
            alias = alias_text(Counter(c.text for c in members).most_common(1)[0][0])
            suggestion_id = _id("alias", entry_id, normalise_question(alias))
            if askers < min_askers or not alias or normalise_question(alias) in known:
                continue
            if suggestion_id in already_decided:
                continue
            examples = [t for t, _ in Counter(c.text for c in members).most_common(EXAMPLES)]
            suggestions.append(Suggestion(suggestion_id, entry_id, entry.name, alias, askers, examples))
    suggestions.sort(key=lambda s: (-s.askers, s.entry_id, s.alias))
    return suggestions


def record_decision(database: Database, suggestion: Suggestion, status: str) -> None:
    row = {"suggestion_id": suggestion.id, "status": status, "decided_at": utcnow(), "detail": asdict(suggestion)}
    with database.engine.begin() as connection:
        database.upsert(connection, schema.suggestions, row, ("suggestion_id",))


# ---------------------------------------------------------------------- editing the YAML


def _yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def add_alias(text: str, entry_id: str, alias: str) -> str:
    """The file's text with ``alias`` added to the entry's ``aliases``, every other line untouched."""
    lines = text.splitlines(keepends=True)
    start = None
    for n, line in enumerate(lines):
        match = re.match(r"^(\s*)-\s+id:\s*['\"]?([A-Za-z0-9_-]+)['\"]?\s*(#.*)?$", line.rstrip("\n"))
        if match and match.group(2) == entry_id:
            start, indent = n, len(match.group(1))
            break
    if start is None:
        raise ValueError(f"entry {entry_id!r} not found")
    key_indent = " " * (indent + 2)
    end = len(lines)
    for n in range(start + 1, len(lines)):
        stripped = lines[n].strip()
        if stripped and not stripped.startswith("#") and len(lines[n]) - len(lines[n].lstrip()) <= indent:
            end = n
            break
    quoted = _yaml_string(alias)
    for n in range(start, end):
        match = re.match(rf"^{key_indent}aliases:(.*)$", lines[n].rstrip("\n"))
        if not match:
            continue
        rest = match.group(1).strip()
        newline = "\n" if lines[n].endswith("\n") else ""
        if rest.startswith("[") and rest.endswith("]"):
            inner = rest[1:-1].strip()
            lines[n] = f"{key_indent}aliases: [{inner + ', ' if inner else ''}{quoted}]{newline}"
            return "".join(lines)
        if rest == "":
            last = n
            for m in range(n + 1, end):
                if re.match(rf"^{key_indent}\s*-\s", lines[m]):
                    last = m
                elif lines[m].strip() and not lines[m].strip().startswith("#"):
                    break
            item = re.match(r"^(\s*-\s)", lines[last]) if last != n else None
            item_prefix = item.group(1) if item else f"{key_indent}  - "
            lines.insert(last + 1, f"{item_prefix}{quoted}\n")
            return "".join(lines)
        raise ValueError(f"entry {entry_id!r} has aliases in a form this tool does not edit: {rest[:40]}")
    # no aliases yet: after the name (and any continuation lines of it)
    insert_at = start + 1
    for n in range(start + 1, end):
        if re.match(rf"^{key_indent}name:", lines[n]):
            insert_at = n + 1
            while insert_at < end and len(lines[insert_at]) - len(lines[insert_at].lstrip()) > len(key_indent):
                insert_at += 1
            break
    lines.insert(insert_at, f"{key_indent}aliases: [{quoted}]\n")
    return "".join(lines)


def edited_files(knowledge: KnowledgeBase, suggestions: Iterable[Suggestion]) -> dict[Path, tuple[str, str]]:
    """file → (old text, new text) for these suggestions."""
    changes: dict[Path, tuple[str, str]] = {}
    for suggestion in suggestions:
        path = knowledge.origins.get(suggestion.entry_id)
        if path is None:
            continue
        if path in changes:
            old, current = changes[path]
        else:
            old = current = Path(path).read_text(encoding="utf-8")
        changes[path] = (old, add_alias(current, suggestion.entry_id, suggestion.alias))
    return changes


def unified_patch(knowledge_dir: Path, changes: dict[Path, tuple[str, str]]) -> str:
    """A patch ``git apply`` (or ``patch -p1``) takes, against the knowledge folder."""
    parts: list[str] = []
    for path, (old, new) in sorted(changes.items()):
        name = Path(knowledge_dir.name) / Path(path).resolve().relative_to(knowledge_dir.resolve())
        parts.extend(
            difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}")
        )
    return "".join(parts)


# ---------------------------------------------------------------------- validated application


@dataclass(frozen=True)
class QuestionSet:
    name: str
    questions: list[dict]
    variants: dict[str, list[str]]


#: libyaml's parser when PyYAML has it (ten times faster on the question sets), else the pure-Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: The folder's files (name, mtime, size) when last read → the sets read then, reused until a file changes.
_loaded_sets: tuple[Path, tuple, list[QuestionSet]] | None = None
#: The last knowledge base and sets scored → their scores: an admin's next decision on the same
#: knowledge base (after a refusal, or a Reject) does not score every set again.
_last_scores: tuple[KnowledgeBase, list[QuestionSet], dict[str, tuple[int, int]]] | None = None


def _load_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)


def load_question_sets(folder: Path | None = None) -> list[QuestionSet]:
    """The question sets an accepted suggestion must not score lower on: ``SCALEBOT_QUESTION_SETS``'s folder,
    else the project's own (dev set and hold-outs) when this is a checkout that has them."""
    global _loaded_sets
    folder = folder or Path(os.environ.get("SCALEBOT_QUESTION_SETS") or QUESTION_SETS)
    entities = folder / "entities.yaml"
    if not entities.is_file():
        return []
    files = sorted(folder.glob("*.yaml"))
    signature = tuple((path.name, (stat := path.stat()).st_mtime_ns, stat.st_size) for path in files)
    if _loaded_sets is not None and _loaded_sets[:2] == (folder, signature):
        return _loaded_sets[2]
    variants = {e["id"]: e["variants"] for e in _load_yaml(entities)["entities"]}
    sets = []
    for path in files:
        data = _load_yaml(path)
        if isinstance(data, dict) and isinstance(data.get("questions"), list):
            sets.append(QuestionSet(path.stem, data["questions"], variants))
    _loaded_sets = (folder, signature, sets)
    return sets


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _names_entity(text: str, variants: list[str]) -> bool:
    text = _normalise(text)
    for variant in map(_normalise, variants):
        if len(variant) <= 4:
            if re.search(r"\b" + re.escape(variant) + r"\b", text):
                return True
        elif variant in text:
            return True
    return False


def score(knowledge: KnowledgeBase, question_set: QuestionSet, answerer: Answerer | None = None) -> tuple[int, int]:
    """(right, asked), judged as tests/data/score.py judges: the first result names an expected entity.

    ``answerer``: one already built for ``knowledge`` (it keeps no state between questions)."""
    answerer = answerer or Answerer(knowledge)
    right = 0
    for item in question_set.questions:
        answer = answerer.answer(item["q"])
        if item["expect"]:
            top = answer.results[0].entry.name if answer.answered and answer.results else ""
            right += bool(top) and any(_names_entity(top, question_set.variants.get(i, [])) for i in item["expect"])
        else:
            right += not answer.answered
    return right, len(question_set.questions)


@dataclass
class Applied:
    accepted: list[Suggestion]
    refused: list[tuple[Suggestion, str]]
    before: dict[str, tuple[int, int]]
    after: dict[str, tuple[int, int]]


def _scores(knowledge: KnowledgeBase, sets: list[QuestionSet]) -> dict[str, tuple[int, int]]:
    answerer = Answerer(knowledge)  # its index is built once for all the sets
    return {s.name: score(knowledge, s, answerer) for s in sets}


def _scores_before(knowledge: KnowledgeBase, sets: list[QuestionSet]) -> dict[str, tuple[int, int]]:
    """``_scores`` of the knowledge base in use, remembered while it and the sets stay the same objects."""
    global _last_scores
    if _last_scores is not None and _last_scores[0] is knowledge and _last_scores[1] is sets:
        return dict(_last_scores[2])
    scores = _scores(knowledge, sets)
    _last_scores = (knowledge, sets, dict(scores))
    return scores


def _check_in_copy(knowledge_dir: Path, changes: dict[Path, tuple[str, str]]):
    """Load the knowledge folder as it would be with ``changes``, without touching it."""
    with tempfile.TemporaryDirectory(prefix="scalebot-gaps-") as folder:
        copy = Path(folder) / knowledge_dir.name
        shutil.copytree(knowledge_dir, copy)
        for path, (_, new) in changes.items():
            (copy / Path(path).resolve().relative_to(knowledge_dir.resolve())).write_text(new, encoding="utf-8")
        return check_knowledge(copy)


def apply_suggestions(
    knowledge_dir: Path, knowledge: KnowledgeBase, suggestions: list[Suggestion], sets: list[QuestionSet]
) -> Applied:
    """Apply each suggestion that keeps ``scalebot check`` clean and lowers no question set's score.

    Suggestions are tried one at a time on top of those already accepted; the files are written
    only at the end, with the accepted ones.
    """
    before = _scores_before(knowledge, sets)
    current = before
    accepted: list[Suggestion] = []
    refused: list[tuple[Suggestion, str]] = []
    for suggestion in suggestions:
        try:
            changes = edited_files(knowledge, accepted + [suggestion])
        except ValueError as error:
            refused.append((suggestion, str(error)))
            continue
        result = _check_in_copy(knowledge_dir, changes)
        if result.problems:
            refused.append((suggestion, f"scalebot check: {result.problems[0]}"))
            continue
        scores = _scores(result.knowledge, sets)
        lower = [name for name in scores if scores[name][0] < current[name][0]]
        if lower:
            detail = ", ".join(f"{n} {current[n][0]}/{current[n][1]} → {scores[n][0]}/{scores[n][1]}" for n in lower)
            refused.append((suggestion, f"lowers the score on {detail}"))
            continue
        accepted.append(suggestion)
        current = scores
    if accepted:
        for path, (_, new) in edited_files(knowledge, accepted).items():
            Path(path).write_text(new, encoding="utf-8")
    return Applied(accepted, refused, before, current)
