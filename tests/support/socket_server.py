"""A local stand-in for Slack's Socket Mode websocket: says hello, sends envelopes, records acks."""

from __future__ import annotations

import json
import threading
import time

from websockets.sync.server import serve


class MockSocketModeServer:
    def __init__(self):
        self.received: list[dict] = []
        self._outbox: list[dict] = []
        self._changed = threading.Condition()
        self._server = serve(self._handle, "127.0.0.1", 0)
        self.port = self._server.socket.getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/link/?ticket=test"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.connections = 0

    def start(self) -> MockSocketModeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def send(self, envelope: dict) -> None:
        """Queue an envelope for the connected client (sent as soon as one is connected)."""
        with self._changed:
            self._outbox.append(envelope)
            self._changed.notify_all()

    def _handle(self, websocket) -> None:
        with self._changed:
            self.connections += 1
            self._changed.notify_all()
        websocket.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": "A0APP"},
                    "debug_info": {"host": "local", "approximate_connection_time": 3600},
                }
            )
        )
        reader = threading.Thread(target=self._read, args=(websocket,), daemon=True)
        reader.start()
        while reader.is_alive():
            with self._changed:
                if not self._outbox:
                    self._changed.wait(0.1)
                pending, self._outbox = self._outbox, []
            for envelope in pending:
                websocket.send(json.dumps(envelope))

    def _read(self, websocket) -> None:
        try:
            for message in websocket:
                with self._changed:
                    self.received.append(json.loads(message))
                    self._changed.notify_all()
        except Exception:
            pass

    def wait_for_ack(self, envelope_id: str, timeout: float = 15.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for message in self.received:
                    if message.get("envelope_id") == envelope_id:
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no ack for envelope {envelope_id}; received {self.received}")
                self._changed.wait(remaining)

    def wait_connected(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.connections < 1:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("the app never connected to the Socket Mode server")
                self._changed.wait(remaining)
