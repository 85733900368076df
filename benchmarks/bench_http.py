"""HTTP benchmark: the production app under a steady stream of signed ``app_mention`` events.

    .venv/bin/python benchmarks/bench_http.py [--rate 200] [--seconds 10] [--workers 1] [--threads 8]
    .venv/bin/python benchmarks/bench_http.py --smoke           # 20 events/s for 1 s
    .venv/bin/python benchmarks/bench_http.py --json out.json   # the numbers as JSON too
    .venv/bin/python benchmarks/bench_http.py --redis-url redis://127.0.0.1:6379/0   # with REDIS_URL

What runs where, and why:

* this process: the mock Slack Web API (``tests/support/slack_api.py``), which records every
  ``chat.postMessage`` with the moment it arrived, and the orchestration;
* gunicorn, started with exactly the command ``scalebot serve`` uses (``bot.wsgi.gunicorn_command``),
  on a socket bound here and passed as ``fd://N``, pointed at the mock by ``SLACK_API_URL``;
* a separate *sender* process, so the load generator never shares a GIL with the mock: a scheduler
  thread releases event *i* at ``t0 + i/rate`` (open loop: it never waits for earlier answers) and a
  pool of threads, each with its own persistent HTTP/1.1 connection, signs and posts it.

Each event's ``ts`` is unique and the bot replies in its thread, so replies are matched to events by
``thread_ts``: none is a lost reply, two are a duplicate. Times are ``time.monotonic()``, which on
Linux is one clock for every process, so "event sent" (sender) and "reply received" (mock) compare.

Exit code 0 when the target holds (the rate kept, p99 ack <= 100 ms, every answer 200, exactly one
reply per event), 1 when it does not, 2 when the benchmark itself could not run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.postgres_server import PostgresServer, fresh_database  # noqa: E402
from support.servers import GunicornApp, app_environment  # noqa: E402
from support.slack_api import MockSlackAPI  # noqa: E402
from support.slack_requests import event_body, mention, signed_headers  # noqa: E402

from bot.app import APOLOGY  # noqa: E402
from bot.wsgi import EVENTS_PATH  # noqa: E402

KNOWLEDGE = ROOT / "knowledge"

#: What people ask the bot: names, acronyms, people, topics, one list and one it should decline.
QUESTIONS = (
    "what is My Care My Way?",
    "who do I talk to about scaling?",
    "reports about the NHS",
    "NIA",
    "elevate",
    "who wrote the blog?",
    "what is Against the Odds?",
    "programmes in West London",
    "tell me about Big Picture Learning in Doncaster",
    "children's social care in Wigan",
    "what is the Innovation Programme in Children's Social Care?",
    "edtech with UNICEF",
    "who is Heather Rollinson?",
    "which programmes work with schools?",
    "integrated care for people over 65",
    "what is the Health Foundation report on adults?",
    "how do student-centred approaches to learning scale?",
    "Spring Consortium",
    "what is the NHS Innovation Accelerator?",
    "london children",
)
#: Slack limits chat.postMessage to about one a second per channel, so real traffic at this rate
#: comes from many channels; spreading the events keeps the payloads realistic.
CHANNELS = tuple(f"C0BENCH{n:02d}" for n in range(50))
USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)"

TARGET_P99_ACK_MS = 100.0
RATE_TOLERANCE = 0.98  # "held": at least 98% of the asked rate over the window
MAX_SEND_LAG_MS = 10.0  # p99 lateness against the timetable; more means the load was not open loop
SLACK_RETRY_SECONDS = 3.0  # Slack re-sends an event it did not see acknowledged within this
SENDER_COMMAND = "_sender"  # argv[1] of the sender subprocess (this same file)
SLOW_REPLY_MS = 1000.0  # above this p99, the report notes that replies are queuing
NOISY_OTHERS_PERCENT = 25.0  # above this much CPU used by other processes, the report says so


# ---------------------------------------------------------------------- the sender (own process)


@dataclass(frozen=True)
class Sent:
    """One event as the sender saw it (times are time.monotonic(); status 0 means no HTTP answer)."""

    index: int
    event_id: str
    ts: str
    scheduled: float
    sent: float
    done: float
    status: int
    error: str = ""
    reconnected: bool = False


def plan_events(count: int, run_id: str) -> list[tuple[str, str, str]]:
    """(event_id, ts, body) for each event; ts is unique, so a reply's thread_ts names its event."""
    base = int(time.time())
    events = []
    for i in range(count):
        event_id = f"Ev{run_id}{i:07d}"
        ts = f"{base + i // 1_000_000}.{i % 1_000_000:06d}"
        event = mention(
            QUESTIONS[i % len(QUESTIONS)], channel=CHANNELS[i % len(CHANNELS)], ts=ts, user=f"U0ASK{i % 97:04d}"
        )
        events.append((event_id, ts, event_body(event, event_id)))
    return events


def _post(connection: http.client.HTTPConnection, body: bytes, headers: dict) -> int:
    connection.request("POST", EVENTS_PATH, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    if response.will_close:
        connection.close()
    return response.status


def send_events(
    port: int, rate: float, seconds: float, connections: int, run_id: str, wait_for_go: Callable[[], None]
) -> tuple[list[Sent], float]:
    """Open-loop load on a fixed timetable: the records of every event, and the CPU seconds it took.

    The request is signed when it is sent (as Slack does), so the timestamp Bolt checks is fresh.
    Each connection opens at its first request (its set-up counts in that ack) and is kept
    alive after. One the server closed while idle is reopened and the request sent once more:
    Bolt never saw the first attempt, so this cannot make a duplicate.
    """
    events = plan_events(max(1, round(rate * seconds)), run_id)
    jobs: queue.SimpleQueue = queue.SimpleQueue()
    results: list[Sent] = []

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while (job := jobs.get()) is not None:
            index, scheduled = job
            event_id, ts, body = events[index]
            data = body.encode()
            headers = {**signed_headers(body), "User-Agent": USER_AGENT}
            sent = time.monotonic()
            status, error, reconnected = 0, "", False
            try:
                reused = connection.sock is not None
                try:
                    status = _post(connection, data, headers)
                except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                    if not reused:
                        raise
                    connection.close()
                    reconnected = True
                    status = _post(connection, data, headers)
            except (OSError, http.client.HTTPException) as failure:
                error = type(failure).__name__
                connection.close()
            results.append(Sent(index, event_id, ts, scheduled, sent, time.monotonic(), status, error, reconnected))
        connection.close()

    threads = [threading.Thread(target=worker, name=f"sender-{n}", daemon=True) for n in range(connections)]
    for thread in threads:
        thread.start()
    wait_for_go()
    cpu_at_go = time.process_time()
    t0 = time.monotonic() + 0.05
    for index in range(len(events)):
        due = t0 + index / rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        jobs.put((index, due))
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        thread.join()
    return sorted(results, key=lambda r: r.index), time.process_time() - cpu_at_go


def sender_main(config: str) -> int:
    """Entry point of the sender subprocess: JSON config in argv; "ready"/"go" and results over stdio.

    A subprocess rather than multiprocessing: nothing is forked from the process running the
    mock's threads, and no resource-tracker helper is left behind.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides and cleans up

    def wait_for_go() -> None:
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            sys.exit(1)

    records, cpu_seconds = send_events(**json.loads(config), wait_for_go=wait_for_go)
    json.dump({"records": [vars(r) for r in records], "cpu_seconds": cpu_seconds}, sys.stdout)
    return 0


def _read_line(stream, timeout: float) -> str:
    """One line from a child's stdout, or "" if none came within ``timeout``."""
    ready, _, _ = select.select([stream], [], [], timeout)
    return stream.readline() if ready else ""


# ---------------------------------------------------------------------- measuring


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (no interpolation: p99 of 2,000 samples is the 1,980th)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


class CpuClock:
    """CPU seconds per process from /proc, so the report can say who was busy (Linux only)."""

    TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    @classmethod
    def process(cls, pid: int) -> float | None:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / cls.TICK

    @staticmethod
    def children(pid: int) -> list[int]:
        try:
            return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            return []

    @staticmethod
    def machine() -> tuple[float, float] | None:
        """(busy, total) jiffies over all CPUs."""
        try:
            values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        except (OSError, ValueError):
            return None
        idle = values[3] + (values[4] if len(values) > 4 else 0)
        return sum(values) - idle, sum(values)

    @classmethod
    def snapshot(cls, processes: dict[str, int]) -> dict:
        return {
            "at": time.monotonic(),
            "machine": cls.machine(),
            "processes": {name: cls.process(pid) for name, pid in processes.items()},
        }

    @staticmethod
    def usage(start: dict, end: dict, extra_seconds: dict[str, float]) -> dict:
        """Percent of one core per process between two snapshots; "others" is the rest of the machine."""
        wall = end["at"] - start["at"]
        if wall <= 0:
            return {}
        usage = {name: round(100 * seconds / wall, 1) for name, seconds in extra_seconds.items()}
        for name, before in start["processes"].items():
            after = end["processes"].get(name)
            if before is not None and after is not None:
                usage[name] = round(100 * (after - before) / wall, 1)
        if start["machine"] and end["machine"]:
            busy, total = end["machine"][0] - start["machine"][0], end["machine"][1] - start["machine"][1]
            machine = 100 * busy / total * (os.cpu_count() or 1) if total else math.nan
            usage["others"] = round(max(0.0, machine - sum(usage.values())), 1)
            usage["machine"] = round(machine / (os.cpu_count() or 1), 1)
        return usage


def wait_for_replies(api: MockSlackAPI, expected: set[str], timeout: float, settle: float) -> float:
    """Poll the mock until every event in ``expected`` has a reply, then listen ``settle`` s for duplicates."""
    started = time.monotonic()
    deadline = started + timeout
    while time.monotonic() < deadline:
        replied = {c.body.get("thread_ts") for c in api.calls_to("chat.postMessage")}
        if expected <= replied:
            time.sleep(settle)
            break
        time.sleep(0.05)
    return time.monotonic() - started


def summarise(sent: list[Sent], api: MockSlackAPI, rate: float, seconds: float) -> dict:
    """Every number the report shows, from the sender's records and the mock's calls."""
    by_ts = {s.ts: s for s in sent}
    replies: dict[str, list] = {ts: [] for ts in by_ts}
    unmatched = 0
    for call in api.calls_to("chat.postMessage"):
        thread = call.body.get("thread_ts")
        if thread in replies:
            replies[thread].append(call)
        else:
            unmatched += 1
    ok = [s for s in sent if s.status]
    acks = [1000 * (s.done - s.sent) for s in ok]
    from_timetable = [1000 * (s.done - s.scheduled) for s in ok]
    lag = [1000 * (s.sent - s.scheduled) for s in sent]
    first_replies = {ts: min(calls, key=lambda c: c.at) for ts, calls in replies.items() if calls}
    reply_ms = [1000 * (call.at - by_ts[ts].sent) for ts, call in first_replies.items()]
    span = sent[-1].sent - sent[0].sent if len(sent) > 1 else 0.0
    all_replies = [c for calls in replies.values() for c in calls]
    errors: dict[str, int] = {}
    for s in sent:
        if s.status != 200:
            key = s.error or str(s.status)
            errors[key] = errors.get(key, 0) + 1
    return {
        "events_planned": max(1, round(rate * seconds)),
        "events_sent": len(sent),
        "send_rate": round((len(sent) - 1) / span, 1) if span > 0 else float(len(sent)),
        "ack_ms": {p: round(percentile(acks, q), 2) for p, q in (("p50", 50), ("p90", 90), ("p99", 99), ("max", 100))},
        "ack_from_timetable_ms": {
            "p99": round(percentile(from_timetable, 99), 2),
            "max": round(percentile(from_timetable, 100), 2),
        },
        "send_lag_ms": {"p99": round(percentile(lag, 99), 2), "max": round(percentile(lag, 100), 2)},
        "acks_over_3s": sum(1 for a in acks if a > 1000 * SLACK_RETRY_SECONDS),
        "non_200": sum(1 for s in sent if s.status != 200),
        "non_200_by_kind": errors,
        "reconnects": sum(1 for s in sent if s.reconnected),
        "replies": len(all_replies),
        "lost": sum(1 for calls in replies.values() if not calls),
        "duplicates": sum(1 for calls in replies.values() if len(calls) > 1),
        "apologies": sum(1 for c in all_replies if c.body.get("text") == APOLOGY),
        "declined": sum(1 for c in all_replies if str(c.body.get("text", "")).startswith("I'm not sure")),
        "unmatched_replies": unmatched,
        "reply_ms": {
            "p50": round(percentile(reply_ms, 50), 1),
            "p99": round(percentile(reply_ms, 99), 1),
            "max": round(percentile(reply_ms, 100), 1),
        },
        "other_api_calls": _count_methods(api),
    }


def _count_methods(api: MockSlackAPI) -> dict[str, int]:
    counts: dict[str, int] = {}
    for call in api.calls:
        if call.method != "chat.postMessage":
            counts[call.method] = counts.get(call.method, 0) + 1
    return counts


def judge(results: dict, rate: float) -> dict[str, bool]:
    """The target, one named check each, so a FAIL says which part failed."""
    return {
        f"rate >= {RATE_TOLERANCE:.0%} of {rate:g}/s": results["send_rate"] >= RATE_TOLERANCE * rate
        and results["events_sent"] == results["events_planned"],
        f"timetable kept (p99 send lag <= {MAX_SEND_LAG_MS:g} ms)": results["send_lag_ms"]["p99"] <= MAX_SEND_LAG_MS,
        f"p99 ack <= {TARGET_P99_ACK_MS:g} ms": results["ack_ms"]["p99"] <= TARGET_P99_ACK_MS,
        "every ack 200": results["non_200"] == 0,
        "no lost replies": results["lost"] == 0,
        "no duplicate replies": results["duplicates"] == 0,
        "no apologies (listener errors)": results["apologies"] == 0,
    }


def app_log_problems(log: str, limit: int = 5) -> tuple[int, list[str]]:
    """Warning/error lines in gunicorn's output (the access log lines are not problems)."""
    problems = [
        line
        for line in log.splitlines()
        if any(
            word in line
            for word in (" WARNING ", " ERROR ", " CRITICAL ", "Traceback", "[WARNING]", "[ERROR]", "[CRITICAL]")
        )
    ]
    return len(problems), problems[:limit]


# ---------------------------------------------------------------------- the report


def notes(results: dict, cpu: dict) -> list[str]:
    """What the target does not judge but a reader should not miss."""
    found = []
    if results["reply_ms"]["p99"] > SLOW_REPLY_MS:
        found.append(
            f"p99 reply latency is {results['reply_ms']['p99'] / 1000:.1f} s: acknowledged events are queuing "
            "in the app before they are answered (reply latency is not part of the target)"
        )
    if cpu.get("others", 0) > NOISY_OTHERS_PERCENT:
        found.append(f"other processes used {cpu['others']:.0f}% of a core during the run: the numbers are noisy")
    return found


def print_report(
    config: dict, results: dict, cpu: dict, checks: dict[str, bool], log_summary: tuple[int, list[str]]
) -> None:
    ack, lag, reply = results["ack_ms"], results["send_lag_ms"], results["reply_ms"]
    rows = [
        ("events sent", f"{results['events_sent']} of {results['events_planned']}"),
        ("achieved send rate", f"{results['send_rate']:.1f} events/s"),
        (
            "ack latency p50 / p90 / p99 / max",
            f"{ack['p50']:.1f} / {ack['p90']:.1f} / {ack['p99']:.1f} / {ack['max']:.1f} ms",
        ),
        (
            "ack from timetable p99 / max",
            f"{results['ack_from_timetable_ms']['p99']:.1f} / {results['ack_from_timetable_ms']['max']:.1f} ms",
        ),
        ("send lag behind timetable p99 / max", f"{lag['p99']:.1f} / {lag['max']:.1f} ms"),
        (
            "non-200 responses",
            f"{results['non_200']}" + (f"  {results['non_200_by_kind']}" if results["non_200"] else ""),
        ),
        ("acks slower than 3 s (Slack retries)", str(results["acks_over_3s"])),
        ("keep-alive reconnects", str(results["reconnects"])),
        ("replies delivered", str(results["replies"])),
        ("lost (no reply)", str(results["lost"])),
        ("duplicates (>1 reply)", str(results["duplicates"])),
        (
            "apologies / declined / unmatched",
            f"{results['apologies']} / {results['declined']} / {results['unmatched_replies']}",
        ),
        ("reply latency p50 / p99 / max", f"{reply['p50']:.1f} / {reply['p99']:.1f} / {reply['max']:.1f} ms"),
        ("other Web API calls", ", ".join(f"{k} {v}" for k, v in sorted(results["other_api_calls"].items())) or "none"),
        (
            "app stop (SIGTERM to exit)",
            f"{results['app_stop_seconds']:.1f} s"
            + (" (workers still busy: killed)" if results["app_stop_forced"] else ""),
        ),
    ]
    cpu_text = ", ".join(f"{name} {value:.0f}%" for name, value in cpu.items() if name != "machine")
    if "machine" in cpu:
        cpu_text += f"; machine {cpu['machine']:.0f}% of {os.cpu_count()} cores"
    rows.append(("CPU (% of one core, send→drain)", cpu_text or "n/a"))
    if "log" in results:
        logged = results["log"]
        rows.append(
            (
                f"question log rows ({logged['database']})",
                f"{logged['rows']} ({logged['distinct_events']} events, {logged['missing']} missing)",
            )
        )
    count, sample = log_summary
    rows.append(("app log warnings/errors", str(count)))

    print()
    print(
        f"scalebot HTTP benchmark: gunicorn gthread, {config['workers']} worker(s) x {config['threads']} threads; "
        f"{config['rate']:g} events/s for {config['seconds']:g} s over {config['connections']} connections"
        + (f"; mock Web API latency {config['api_latency_ms']:g} ms" if config["api_latency_ms"] else "")
    )
    width = max(len(name) for name, _ in rows)
    print("-" * (width + 40))
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print("-" * (width + 40))
    for line in sample:
        print(f"  app: {line}")
    for note in notes(results, cpu):
        print(f"  note: {note}")
    for name, passed in checks.items():
        print(f"  [{'ok' if passed else 'FAIL'}] {name}")
    verdict = "PASS" if all(checks.values()) else "FAIL"
    print(
        f"{verdict}: {config['rate']:g} events/s held with p99 ack <= {TARGET_P99_ACK_MS:g} ms"
        " and no lost or duplicate replies"
        if verdict == "PASS"
        else f"FAIL: target not met ({', '.join(n for n, ok in checks.items() if not ok)})"
    )


# ---------------------------------------------------------------------- orchestration


class SlowSlackAPI(MockSlackAPI):
    """The tests' mock, with a deep accept queue and, optionally, Slack's distance (``latency`` s).

    slack-sdk opens a new connection for every Web API call, and socketserver listens with a
    backlog of 5: a burst of replies overflows it, and the kernel's 1 s SYN retry then shows up
    as a 1 s reply. Listening again with a deeper queue takes the mock out of the measurement.
    """

    def __init__(self, latency: float = 0.0):
        super().__init__()
        self.server.socket.listen(1024)
        self.latency = latency

    def _handle(self, path: str, headers: dict, raw: str):
        answer = super()._handle(path, headers, raw)  # recorded (with its arrival time) first
        if self.latency:
            time.sleep(self.latency)
        return answer


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=200.0, help="events per second (default 200)")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the sending window (default 10)")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn workers (default 1, as WEB_CONCURRENCY)")
    parser.add_argument(
        "--threads", type=int, default=8, help="gunicorn threads per worker (default 8, as scalebot serve)"
    )
    parser.add_argument(
        "--connections", type=int, default=32, help="sender's persistent connections / threads (default 32)"
    )
    parser.add_argument(
        "--api-latency-ms", type=float, default=0.0, help="make the mock Web API answer this slowly (default 0)"
    )
    parser.add_argument(
        "--drain-timeout", type=float, default=15.0, help="how long to wait for the last replies (default 15 s)"
    )
    parser.add_argument(
        "--settle", type=float, default=1.0, help="after the last reply, listen this long for duplicates (default 1 s)"
    )
    parser.add_argument(
        "--log", choices=("off", "anonymous", "full"), default="anonymous", help="SCALEBOT_LOG (default anonymous)"
    )
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the question log's database: a fresh SQLite file, or a fresh database on PostgreSQL "
        "($SCALEBOT_TEST_DATABASE_URL's server, else one started here) (default sqlite)",
    )
    parser.add_argument(
        "--redis-url", metavar="URL", help="run the app with REDIS_URL (shared claims and pending work) on this Redis"
    )
    parser.add_argument(
        "--state-file",
        choices=("on", "off"),
        default="on",
        help="without --redis-url, the workers share claims through a SQLite file (on, the default install) "
        "or each keeps its own memory (off, SCALEBOT_STATE_FILE=off)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the numbers to PATH as JSON")
    parser.add_argument("--app-log", metavar="PATH", help="keep gunicorn's output (access and app log) at PATH")
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run (20 events/s for 1 s) to check the benchmark works"
    )
    args = parser.parse_args(argv)
    if args.smoke:
        args.rate, args.seconds = 20.0, 1.0
    if args.rate <= 0 or args.seconds <= 0 or args.workers < 1 or args.threads < 1 or args.connections < 1:
        parser.error("--rate, --seconds, --workers, --threads and --connections must be positive")
    return args


def _stop_process(process: subprocess.Popen | None, timeout: float = 5.0) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _is_app_worker(pid: int) -> bool:
    """Still a live gunicorn worker of this app (not a zombie, not a reused pid)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z" and b"bot.wsgi:serve_from_env()" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, IndexError):
        return False


def stop_app(server: GunicornApp, known_workers: list[int], grace: float = 5.0) -> tuple[float, bool]:
    """Stop gunicorn and every worker it has: (seconds it took, whether workers had to be killed).

    A worker with acknowledged events still queued in Bolt's listener pool keeps answering them
    after SIGTERM, until gunicorn's --graceful-timeout (10 s) SIGKILLs it; the master then exits
    without reaping it. Killing such workers (by pid) while the master still runs lets the master
    reap them, and keeps a long backlog from holding up the benchmark.
    """
    started = time.monotonic()
    master, forced = server.process, False
    workers = sorted(set(known_workers) | set(CpuClock.children(master.pid)))
    if master.poll() is None:
        master.terminate()
        try:
            master.wait(grace)
        except subprocess.TimeoutExpired:
            forced = True
            for pid in workers:
                if _is_app_worker(pid):
                    os.kill(pid, signal.SIGKILL)
            try:
                master.wait(5)
            except subprocess.TimeoutExpired:
                master.kill()
                master.wait()
    for pid in workers:  # left behind if the master died first
        if _is_app_worker(pid):
            os.kill(pid, signal.SIGKILL)
    elapsed = time.monotonic() - started
    server.stop()  # the processes are gone: this closes the listening socket
    return elapsed, forced


def run(args: argparse.Namespace) -> int:
    """Start everything, send, wait, report; whatever happens, stop what was started."""
    api = server = sender = postgres = None
    workers: list[int] = []
    try:
        api = SlowSlackAPI(args.api_latency_ms / 1000).start()
        database: dict[str, str] = {}
        if args.database == "postgresql":
            postgres_url = os.environ.get("SCALEBOT_TEST_DATABASE_URL")
            if not postgres_url:
                postgres = PostgresServer()
                postgres_url = postgres.url
            database["DATABASE_URL"] = fresh_database(postgres_url)
        # matching by meaning on, as the app runs by default (the tests' environment switches it off)
        env = app_environment(
            api.base_url, KNOWLEDGE, LOG_LEVEL="WARNING", SCALEBOT_LOG=args.log, SCALEBOT_SEMANTIC="on", **database
        )
        if args.redis_url:
            env["REDIS_URL"] = args.redis_url
        if args.state_file == "off":
            env["SCALEBOT_STATE_FILE"] = "off"
        server = GunicornApp(env, workers=args.workers, threads=args.threads)
        server.wait_ready(timeout=30)
        # /healthz answers as soon as one worker is up; each worker builds its own app (the
        # factory runs after the fork) and calls auth.test when it does, so count those calls
        # to know every worker is ready before the clock starts.
        started = time.monotonic()
        while len(api.calls_to("auth.test")) < args.workers:
            if time.monotonic() - started > 30:
                raise RuntimeError(
                    f"only {len(api.calls_to('auth.test'))} of {args.workers} workers started:\n{server.logs()}"
                )
            time.sleep(0.05)
        workers = sorted(CpuClock.children(server.process.pid))

        run_id = f"{os.getpid() % 100000:05d}{int(time.time()) % 100000:05d}"
        sender_config = {
            "port": server.port,
            "rate": args.rate,
            "seconds": args.seconds,
            "connections": args.connections,
            "run_id": run_id,
        }
        sender = subprocess.Popen(
            [sys.executable, __file__, SENDER_COMMAND, json.dumps(sender_config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        if _read_line(sender.stdout, 60).strip() != "ready":
            raise RuntimeError("the sender process did not start")

        watched = {"mock (this process)": os.getpid(), "gunicorn master": server.process.pid}
        for n, pid in enumerate(workers, 1):
            watched[f"worker {n}"] = pid
        baseline = CpuClock.snapshot(watched)
        sender.stdin.write("go\n")
        sender.stdin.flush()
        print(
            f"sending {round(args.rate * args.seconds)} events at {args.rate:g}/s for {args.seconds:g} s …",
            file=sys.stderr,
        )
        try:
            output, _ = sender.communicate(timeout=args.seconds + 60)
        except subprocess.TimeoutExpired:
            raise RuntimeError("the sender did not finish in time") from None
        if sender.returncode != 0:
            raise RuntimeError(f"the sender failed (exit code {sender.returncode})")
        report = json.loads(output)
        sent, sender_cpu = [Sent(**record) for record in report["records"]], report["cpu_seconds"]

        drained = wait_for_replies(api, {s.ts for s in sent}, args.drain_timeout, args.settle)
        cpu = CpuClock.usage(baseline, CpuClock.snapshot(watched), {"sender": sender_cpu})
        results = summarise(sent, api, args.rate, args.seconds)
        results["drain_seconds"] = round(drained, 2)
        checks = judge(results, args.rate)
        if args.log != "off":
            results["log"] = count_logged(env["DATABASE_URL"], len(sent))
            checks["every event logged exactly once"] = results["log"]["rows"] == len(sent)

        stop_seconds, forced = stop_app(server, workers)
        results["app_stop_seconds"], results["app_stop_forced"] = round(stop_seconds, 2), forced
        log = server.logs()
        if args.app_log:
            Path(args.app_log).write_text(log, encoding="utf-8")
        config = {k: v for k, v in vars(args).items() if k not in ("json", "app_log", "smoke")}
        print_report(config, results, cpu, checks, app_log_problems(log))
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    {
                        "config": config,
                        "results": results,
                        "cpu_percent": cpu,
                        "machine_cpus": os.cpu_count(),
                        "checks": checks,
                        "passed": all(checks.values()),
                    },
                    indent=2,
                )
                + "\n",
                encoding="utf-8",
            )
        return 0 if all(checks.values()) else 1
    finally:
        _stop_process(sender)
        if server is not None:
            stop_app(server, workers)
            Path(server.log_file.name).unlink(missing_ok=True)
        if api is not None:
            api.stop()
        if postgres is not None:
            postgres.remove()


def count_logged(url: str, expected: int, timeout: float = 15.0) -> dict:
    """Rows in the question log once the writers have caught up (each event id can be there once)."""
    import sqlalchemy as sa

    from bot.store import Database, schema

    log_db = Database(url)
    table = schema.questions
    deadline = time.monotonic() + timeout
    try:
        while True:
            with log_db.engine.connect() as connection:
                rows, keys = connection.execute(
                    sa.select(sa.func.count(), sa.func.count(sa.distinct(table.c.question_key)))
                ).one()
            if rows >= expected or time.monotonic() > deadline:
                return {"database": log_db.dialect, "rows": rows, "distinct_events": keys, "missing": expected - keys}
            time.sleep(0.2)
    finally:
        log_db.dispose()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [SENDER_COMMAND]:
        return sender_main(argv[1])
    args = parse_args(argv)
    if not shutil.which("gunicorn", path=str(Path(sys.executable).parent)) and not shutil.which("gunicorn"):
        print("gunicorn is not installed: .venv/bin/pip install -e .", file=sys.stderr)
        return 2
    # SIGTERM, like Ctrl-C, must still run the clean-up in run()'s finally.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        return run(args)
    except KeyboardInterrupt:
        print("interrupted; everything the benchmark started has been stopped", file=sys.stderr)
        return 130
    except (RuntimeError, AssertionError) as error:
        print(f"benchmark could not run: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
