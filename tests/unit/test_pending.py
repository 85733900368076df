"""Acknowledged work kept in a real Redis: recorded, forgotten once answered, taken over once."""

from __future__ import annotations

import threading

from bot.dedupe import FailFastRedis
from bot.pending import PendingWork


def workers(redis_url: str, prefix: str, count: int) -> list[PendingWork]:
    return [PendingWork(FailFastRedis(redis_url), recover_after=0, prefix=prefix) for _ in range(count)]


def test_answered_work_is_forgotten(redis_url):
    owner, other = workers(redis_url, "p1:", 2)
    owner.start()
    assert owner.record("Ev1", "app_mention", {"event_id": "Ev1"})
    owner.done("Ev1")
    owner.stop()
    assert other.take_orphans() == []


def test_live_owners_work_is_left_alone(redis_url):
    owner, other = workers(redis_url, "p2:", 2)
    owner.recover_after = 30  # its heartbeat outlives the test
    owner.start()
    owner.record("Ev1", "app_mention", {"event_id": "Ev1"})
    assert other.take_orphans() == []
    owner.done("Ev1")


def test_a_gone_owners_work_is_taken_by_exactly_one_worker(redis_url):
    gone, *rivals = workers(redis_url, "p3:", 9)
    for n in range(20):
        gone.record(f"Ev{n}", "app_mention", {"event_id": f"Ev{n}"})  # never started: no heartbeat, as if killed
    for rival in rivals:
        rival.start()  # alive: what one takes, the others leave alone
    barrier = threading.Barrier(len(rivals))
    taken: list[list] = [[] for _ in rivals]

    def race(n: int) -> None:
        barrier.wait()
        taken[n] = rivals[n].take_orphans()

    threads = [threading.Thread(target=race, args=(n,)) for n in range(len(rivals))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for rival in rivals:
        rival.stop()
    keys = [key for found in taken for key, _, _ in found]
    assert sorted(keys) == sorted(f"Ev{n}" for n in range(20))  # every one taken, none twice
    kind, body = next((kind, body) for found in taken for key, kind, body in found if key == "Ev3")
    assert kind == "app_mention" and body == {"event_id": "Ev3"}


def test_work_whose_workers_keep_dying_is_given_up(redis_url):
    gone, *takers = workers(redis_url, "p4:", 5)
    gone.record("EvPoison", "app_mention", {"event_id": "EvPoison"})
    taken = [taker.take_orphans() for taker in takers]  # none starts a heartbeat: each dies in turn
    assert [len(found) for found in taken] == [1, 1, 1, 0]
    assert not gone.redis.client.exists("p4:work:EvPoison")
