"""The crash tests count real kills: `KillPlan` retries a run that finished before its signal
and gives up, failing the test, when it cannot get enough kills."""

from __future__ import annotations

import sys

import pytest

from .support import KillPlan, KillResult, run_and_kill

QUICK = [sys.executable, "-c", "pass"]


def test_a_run_that_finished_first_is_retried_earlier_and_not_counted() -> None:
    plan = KillPlan(QUICK, kills=2, seed=1, done="after", marker=True)
    seen = []
    for n, moment in plan:
        seen.append(moment)
        if n == 1:  # the second attempt finishes before its signal, after 0.2 s of work
            plan.record(KillResult(moment.delay, False, 0, ran_for=0.2), "after")
        else:
            plan.record(KillResult(moment.delay, True, -9, ran_for=moment.delay), "before")
    assert len(seen) == 3 and plan.killed == 2 and plan.finished == 1
    assert seen[2].after_marker == seen[1].after_marker
    assert seen[2].delay < 0.2 * 0.9
    assert plan.outcomes == {"before": 2}
    assert plan.summary("x").startswith("x: 2 kills in 3 attempts (1 finished before")


def test_the_test_fails_when_the_command_keeps_finishing_first() -> None:
    plan = KillPlan(QUICK, kills=3, seed=2, done="after")
    with pytest.raises(pytest.fail.Exception, match="only 0 of the 3 processes needed"):
        for _, moment in plan:
            plan.record(KillResult(moment.delay, False, 0, ran_for=0.01), "after")
    assert plan.finished == plan.max_attempts == 3 * 3 + 10


def test_a_run_that_finished_first_must_leave_the_state_after() -> None:
    plan = KillPlan(QUICK, kills=1, seed=3, done="after")
    _, moment = next(iter(plan))
    with pytest.raises(AssertionError, match="a run that finished left 'before'"):
        plan.record(KillResult(moment.delay, False, 0, ran_for=0.2), "before")


def test_only_the_signal_counts_as_a_kill() -> None:
    finished = run_and_kill(QUICK, delay=60)
    assert not finished.killed and finished.returncode == 0
    failed = run_and_kill([sys.executable, "-c", "raise SystemExit('no such partner')"], 60)
    assert not failed.killed and failed.returncode == 1
    assert failed.stderr.strip() == "no such partner"
    killed = run_and_kill([sys.executable, "-c", "import time; time.sleep(60)"], delay=0.5)
    assert killed.killed and killed.returncode == -9 and killed.ran_for < 30
