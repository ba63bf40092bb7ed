"""The one event-loop runner every entry point uses (kiosk/ui/app.py): how a run ends, and what it leaves behind."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.ui.app import EventLoop, make_application


def test_a_run_ends_with_the_result_it_is_finished_with(qapp):
    assert make_application() is qapp  # the tests' application is the one
    loop: EventLoop[str] = EventLoop("initial")
    loop.after(20, lambda: loop.finish("first"))
    loop.after(40, lambda: loop.finish("second"))  # too late: the first finish wins
    assert loop.run() == "first"
    assert loop.finished


def test_timers_stop_with_the_loop_so_a_later_loop_runs_its_full_course(qapp, qtbot):
    calls = []
    first: EventLoop[int] = EventLoop(0)
    first.after(10, lambda: first.finish(1))
    first.after(150, lambda: calls.append("late"))  # would fire after the loop ended
    first.every(5, lambda: calls.append("tick"))
    assert first.run() == 1
    ticks = len(calls)
    qtbot.wait(300)  # events keep being processed: a timer left running would fire now
    assert calls.count("late") == 0 and len(calls) == ticks
    # A second loop in the same process (the kiosk after its setup screen) is not cut short.
    second: EventLoop[int] = EventLoop(0)
    second.after(100, lambda: second.finish(2))
    assert second.run() == 2


def test_a_finish_before_the_run_returns_at_once_without_leaving_an_exit_pending(qapp):
    early: EventLoop[str] = EventLoop("initial")
    early.finish("early")
    started = []
    early.after(0, lambda: started.append(True))
    assert early.run(on_start=lambda: started.append("on_start")) == "early"
    assert started == []  # neither the loop nor the start hook ran
    later: EventLoop[str] = EventLoop("initial")
    later.after(50, lambda: later.finish("later"))
    assert later.run() == "later"


def test_sigterm_ends_the_run_with_its_result_and_the_old_handlers_come_back(qapp):
    before_term, before_int = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    loop: EventLoop[str] = EventLoop("running", on_signal="signalled")
    seen = []

    def started() -> None:
        seen.append(signal.getsignal(signal.SIGTERM))
        QTimer.singleShot(20, lambda: os.kill(os.getpid(), signal.SIGTERM))

    loop.after(10_000, lambda: loop.finish("not stopped by the signal"))
    assert loop.run(on_start=started) == "signalled"
    assert seen and seen[0] is not before_term  # caught while it ran
    assert signal.getsignal(signal.SIGTERM) is before_term and signal.getsignal(signal.SIGINT) is before_int
    old_fd = signal.set_wakeup_fd(-1)
    assert old_fd == -1  # the wake-up fd is released too
    QCoreApplication.processEvents()
