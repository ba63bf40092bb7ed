"""Silent slip printing through the real kiosk page path, a real CUPS scheduler and cups-pdf.

The webshop (the sandbox) prints from its main frame and from a hidden iframe; the PDF that lands is
read with poppler: width of the receipt paper, one page for a short slip, the slip's text.
"""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from kiosk.autologin.session import State
from kiosk.exitcodes import PrintTestExit
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_state
from tests.helpers.printing import NOPAPER_QUEUE, PDF_QUEUE, pdf_pages, pdf_text, queue, wait_landed

pytestmark = pytest.mark.cups


def ready_kiosk(qtbot, make_kiosk, sb, **over):
    c = make_kiosk(sb, **over)
    service = c.add_printing()
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: service.desk.state.value != "unknown", timeout=WAIT)
    return c, service


def print_and_wait_spooled(qtbot, c, service, button: str) -> str:
    jobs = []
    service.spooled.connect(jobs.append)
    run_js(qtbot, c, f"document.getElementById('{button}').click(); true")
    qtbot.waitUntil(lambda: bool(jobs), timeout=WAIT)
    return jobs[0]


def test_a_slip_printed_from_a_hidden_iframe_lands_at_80_mm_with_its_text(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=PDF_QUEUE)
    job = print_and_wait_spooled(qtbot, c, service, "print-slip")
    pdf = wait_landed(cups, job)
    pages = pdf_pages(pdf)
    assert len(pages) == 1, pages
    width, length = pages[0]
    assert abs(width - 80) <= 1, pages
    assert 40 < length < 150, pages  # as long as the slip, not an A4 page of blank paper
    text = pdf_text(pdf)
    assert "BET SLIP" in text and "Slip no. 000001" in text and "18.50 EUR" in text
    assert "Live games" not in text  # the frame's document, not the webshop around it
    qtbot.waitUntil(lambda: health_of(c)["printer"]["jobs_printed"] == 1, timeout=WAIT)
    h = health_of(c)["printer"]
    assert (h["name"], h["state"], h["jobs_failed"], h["last_error"]) == (PDF_QUEUE, "ready", 0, None)
    assert not service.banner.isVisible()


def test_the_main_frame_prints_its_print_layout_at_58_mm(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=PDF_QUEUE, paper_width_mm=58)
    job = print_and_wait_spooled(qtbot, c, service, "print-page")
    pdf = wait_landed(cups, job)
    pages = pdf_pages(pdf)
    assert len(pages) == 1 and abs(pages[0][0] - 58) <= 1, pages
    text = pdf_text(pdf)
    assert "Logged in as" in text and sb.kiosk_settings()["user_name"] in text
    assert "Live games" not in text  # the webshop's @media print hides it; the length follows what prints
    assert pages[0][1] < 150, pages


def test_a_stopped_queue_shows_the_banner_and_the_held_slip_prints_when_it_starts(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=PDF_QUEUE)
    queue("cupsdisable", PDF_QUEUE)
    try:
        job = print_and_wait_spooled(qtbot, c, service, "print-slip")
        qtbot.waitUntil(lambda: service.banner.isVisible(), timeout=WAIT)
        assert "stopped" in service.banner.text.text() and "not printed" in service.banner.text.text()
        banner = service.banner.geometry()
        assert banner.top() == 0 and banner.height() <= c.window.height() * 0.2  # a strip, never a screen
        h = health_of(c)["printer"]
        assert (h["state"], h["jobs_waiting"], h["jobs_printed"]) == ("stopped", 1, 0)
        assert "stopped" in h["last_error"]
        assert service.desk.counts["spooled"] == 1  # never sent again by the kiosk
    finally:
        queue("cupsenable", PDF_QUEUE)
    pdf = wait_landed(cups, job)
    assert "BET SLIP" in pdf_text(pdf)
    qtbot.waitUntil(lambda: not service.banner.isVisible(), timeout=WAIT)
    h = health_of(c)["printer"]
    assert (h["state"], h["jobs_waiting"], h["jobs_printed"], h["jobs_failed"]) == ("ready", 0, 1, 0)
    assert service.desk.counts["spooled"] == 1


def test_out_of_paper_is_said_in_plain_words_and_the_slip_is_kept(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=NOPAPER_QUEUE)
    try:
        job = print_and_wait_spooled(qtbot, c, service, "print-slip")
        qtbot.waitUntil(lambda: "out of paper" in (service.desk.banner or ""), timeout=WAIT)
        assert service.banner.isVisible()
        assert service.banner.text.text().startswith("The receipt printer is out of paper; the last slip was not printed")
        h = health_of(c)["printer"]
        assert (h["state"], h["jobs_waiting"], h["last_error"]) == ("stopped", 1, "The receipt printer is out of paper")
        held = subprocess.run(["lpstat", "-o", NOPAPER_QUEUE], capture_output=True, text=True).stdout
        assert job in held  # held in the spooler, never dropped
    finally:
        subprocess.run(["cancel", "-a", NOPAPER_QUEUE], capture_output=True)
        queue("cupsenable", NOPAPER_QUEUE)


def test_no_such_printer_is_a_failed_slip_with_a_sentence(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer="kiosk-no-such-printer")
    assert health_of(c)["printer"]["state"] == "error"
    assert not service.banner.isVisible()  # until the webshop prints: a shop without a printer sees nothing
    run_js(qtbot, c, "document.getElementById('print-slip').click(); true")
    qtbot.waitUntil(lambda: service.desk.counts["failed"] == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: service.banner.isVisible(), timeout=WAIT)
    assert "no printer named 'kiosk-no-such-printer'" in service.banner.text.text()
    h = health_of(c)["printer"]
    assert (h["state"], h["jobs_failed"], h["jobs_printed"]) == ("error", 1, 0)
    metrics = httpx.get(f"http://127.0.0.1:{c.health.port}/metrics", timeout=5).text
    assert 'kiosk_print_jobs_total{result="failed"} 1.0' in metrics
    assert 'kiosk_print_jobs_total{result="printed"} 0.0' in metrics


def test_printing_off_ignores_print_calls(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer="off")
    run_js(qtbot, c, "document.getElementById('print-page').click(); document.getElementById('print-slip').click(); true")
    qtbot.waitUntil(lambda: service.desk.counts["ignored"] == 2, timeout=WAIT)
    h = health_of(c)["printer"]
    assert (h["state"], h["jobs_ignored"], h["jobs_spooled"]) == ("disabled", 2, 0)
    assert not service.banner.isVisible()


def test_print_test_command_exits_by_whether_the_page_reached_the_printer(cups, kiosk_env):
    env = {"QTWEBENGINE_DISABLE_SANDBOX": "1", "QT_QPA_PLATFORM": "offscreen"}
    for k, v in env.items():
        kiosk_env.setenv(k, v)
    ok = subprocess.run([sys.executable, "-m", "kiosk", "print-test", "--printer", PDF_QUEUE],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == PrintTestExit.PRINTED, ok.stderr
    job = ok.stdout.split("(job ")[1].split(")")[0]
    assert "PRINTER TEST PAGE" in pdf_text(wait_landed(cups, job))
    try:
        held = subprocess.run([sys.executable, "-m", "kiosk", "print-test", "--printer", NOPAPER_QUEUE],
                              capture_output=True, text=True, timeout=120)
        assert held.returncode == PrintTestExit.NOT_PRINTED
        assert "out of paper" in held.stderr and "Traceback" not in held.stderr
    finally:
        subprocess.run(["cancel", "-a", NOPAPER_QUEUE], capture_output=True)
        queue("cupsenable", NOPAPER_QUEUE)
    off = subprocess.run([sys.executable, "-m", "kiosk", "print-test", "--printer", "off"],
                         capture_output=True, text=True, timeout=60)
    assert off.returncode == PrintTestExit.PRINTING_OFF and "off" in off.stderr


def test_the_technician_prints_a_test_page_from_the_menu_and_reads_the_printer(qtbot, make_kiosk, sb, cups):
    from kiosk.pin import hash_pin
    from tests.gui.test_technician import enter_pin, tap

    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=PDF_QUEUE, technician_pin=hash_pin("246813"))
    overlay = c.shell.technician
    overlay.open_door()
    enter_pin(qtbot, overlay, "246813")
    jobs = []
    service.spooled.connect(jobs.append)
    tap(qtbot, overlay, "menu_print_test")
    assert not overlay.isVisible()
    qtbot.waitUntil(lambda: bool(jobs), timeout=WAIT)
    pdf = wait_landed(cups, jobs[0])
    assert "PRINTER TEST PAGE" in pdf_text(pdf) and abs(pdf_pages(pdf)[0][0] - 80) <= 1
    qtbot.waitUntil(lambda: service.desk.counts["printed"] == 1, timeout=WAIT)
    overlay.open_door()
    enter_pin(qtbot, overlay, "246813")
    tap(qtbot, overlay, "menu_info")
    grid = overlay.info_grid
    shown = {grid.itemAtPosition(r, 0).widget().text(): grid.itemAtPosition(r, 1).widget().text()
             for r in range(grid.rowCount()) if grid.itemAtPosition(r, 0)}
    assert shown["Printer"] == f"{PDF_QUEUE}: ready (1 printed, 0 failed, 0 waiting)"
    assert shown["Printer error"] == "none"


def test_a_page_made_after_a_renderer_crash_prints_too(qtbot, make_kiosk, sb, cups):
    c, service = ready_kiosk(qtbot, make_kiosk, sb, printer=PDF_QUEUE)
    first = c.page
    c.session.refresh("test: a new page, as after a crash or the daily fresh start", new_page=True)
    qtbot.waitUntil(lambda: c.page is not first and c.session.state is State.READY, timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "!!document.getElementById('print-slip')"), timeout=WAIT)
    job = print_and_wait_spooled(qtbot, c, service, "print-slip")
    assert "BET SLIP" in pdf_text(wait_landed(cups, job))
