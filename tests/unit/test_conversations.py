"""Remembering what a thread or DM was last about: per conversation, expiring, shared via Redis."""

from __future__ import annotations

import pytest
from support.redis_server import redis_url_or_skip

from bot.conversations import MemoryConversations, RedisConversations, conversation_key, conversations_for


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_thread_remembers_its_entry_until_it_expires():
    clock = Clock()
    store = MemoryConversations(ttl=60, clock=clock)
    store.remember("C1:1700.1", "elevate")
    clock.now += 59
    assert store.recall("C1:1700.1") == "elevate"
    clock.now += 2
    assert store.recall("C1:1700.1") is None


def test_threads_do_not_share_context_and_a_new_answer_replaces_the_old():
    store = MemoryConversations()
    store.remember("C1:1", "elevate")
    store.remember("C1:2", "unicef")
    store.remember("C1:1", "against_the_odds")
    assert (store.recall("C1:1"), store.recall("C1:2"), store.recall("C1:3")) == ("against_the_odds", "unicef", None)


def test_the_store_is_bounded_oldest_first():
    store = MemoryConversations(max_size=2)
    for n in range(3):
        store.remember(f"C1:{n}", "elevate")
    assert store.recall("C1:0") is None and store.recall("C1:2") == "elevate"


@pytest.mark.parametrize(
    "event, key",
    [
        ({"channel": "C1", "ts": "1.1"}, "C1:1.1"),  # a mention starts a thread under itself
        ({"channel": "C1", "ts": "1.2", "thread_ts": "1.1"}, "C1:1.1"),  # a reply in that thread
        ({"channel": "D1", "ts": "2.1", "channel_type": "im"}, "D1"),  # an unthreaded DM
        ({"channel": "D1", "ts": "2.2", "thread_ts": "2.1", "channel_type": "im"}, "D1:2.1"),
        ({"ts": "3.1"}, None),
    ],
)
def test_one_key_per_thread_or_dm(event, key):
    assert conversation_key(event) == key


def test_memory_by_default():
    assert isinstance(conversations_for(None), MemoryConversations)


@pytest.fixture(scope="module")
def shared_redis():
    yield from redis_url_or_skip()


def test_redis_shares_context_across_instances_with_an_expiry(shared_redis):
    one, other = RedisConversations(shared_redis, ttl=60), RedisConversations(shared_redis, ttl=60)
    one.remember("C9:1", "elevate")
    assert other.recall("C9:1") == "elevate"
    assert 0 < other.client.ttl("scalebot:about:C9:1") <= 60
    assert other.recall("C9:unknown") is None


def test_redis_away_means_a_fresh_question_not_an_error():
    from support.servers import free_port

    store = RedisConversations(f"redis://127.0.0.1:{free_port()}/0")
    store.remember("C1:1", "elevate")
    assert store.recall("C1:1") is None
