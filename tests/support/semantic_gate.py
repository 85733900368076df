"""Holding a background index build at the model's loading, so a test can see each of its states."""

from __future__ import annotations

import threading

from bot import semantic
from bot.semantic import Encoder


class Gate:
    """The encoder factory a build calls first (``BackgroundSettings(encoder=gate)``): it hands over the
    real, shared model only while open. ``close()`` holds the next build again."""

    def __init__(self, opened: bool = False):
        self.opened = threading.Event()
        if opened:
            self.opened.set()

    def open(self) -> None:
        self.opened.set()

    def close(self) -> None:
        self.opened.clear()

    def __call__(self) -> Encoder:
        assert self.opened.wait(30), "the test never opened the gate"
        return semantic.shared_encoder()
