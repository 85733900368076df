"""The store of handled event ids: in memory (bounded, expiring) and in a real Redis."""

from __future__ import annotations

import threading

from bot.dedupe import MemoryHandledIds, RedisHandledIds


def test_memory_claims_once():
    handled = MemoryHandledIds()
    assert handled.claim("Ev1") is True
    assert handled.claim("Ev1") is False
    assert handled.claim("Ev2") is True


def test_memory_forgets_after_the_ttl():
    now = [1000.0]
    handled = MemoryHandledIds(ttl=60, clock=lambda: now[0])
    assert handled.claim("Ev1")
    now[0] += 59
    assert not handled.claim("Ev1")
    now[0] += 2
    assert handled.claim("Ev1")


def test_memory_is_bounded():
    handled = MemoryHandledIds(max_ids=100)
    for n in range(1000):
        handled.claim(f"Ev{n}")
    assert len(handled) <= 100
    assert handled.claim("Ev999") is False  # the newest are kept


def test_memory_claim_is_atomic_across_threads():
    handled = MemoryHandledIds()
    wins = []
    barrier = threading.Barrier(16)

    def race():
        barrier.wait()
        wins.append(handled.claim("EvRace"))

    threads = [threading.Thread(target=race) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1


def test_redis_claims_once_across_clients(redis_url):
    first, second = RedisHandledIds(redis_url, prefix="t1:"), RedisHandledIds(redis_url, prefix="t1:")
    assert first.claim("Ev1") is True
    assert second.claim("Ev1") is False
    assert second.claim("Ev2") is True


def test_redis_ids_expire(redis_url):
    handled = RedisHandledIds(redis_url, ttl=60, prefix="t2:")
    handled.claim("Ev1")
    assert 0 < handled.client.ttl("t2:Ev1") <= 60


def test_redis_down_fails_open():
    from support.servers import free_port

    handled = RedisHandledIds(f"redis://127.0.0.1:{free_port()}/0")
    assert handled.claim("Ev1") is True  # answer rather than stay silent
