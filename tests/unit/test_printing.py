"""The printing brain with a fake clock, receipt geometry, and CUPS's printer-state words."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.printing.cups import parse_status
from kiosk.printing.desk import STUCK_AFTER, PrintDesk
from kiosk.printing.paper import MIN_LENGTH_MM, Paper
from kiosk.printing.spooler import PrinterState, PrinterStatus, SpoolerError
from kiosk.settings import ConfigError, explicit_settings, load_settings


def test_the_page_is_the_paper_wide_and_as_long_as_the_content():
    paper = Paper(80)
    assert paper.content_width_px == 302  # 80 mm at 96 CSS px per inch
    assert Paper(58).content_width_px == 219
    assert Paper(80, margin_mm=4).content_width_px == 272
    assert paper.length_for(378) == pytest.approx(101.0, abs=0.1)  # 100 mm of content + 1 mm slack
    assert paper.length_for(10) == MIN_LENGTH_MM
    assert Paper(80, margin_mm=3).length_for(378) == pytest.approx(107.0, abs=0.1)
    assert paper.cups_media(101.0) == "Custom.80x101mm" and Paper(58).cups_media(33.25) == "Custom.58x33.2mm"


def status(state=PrinterState.READY, problem=None, pending=()):
    return PrinterStatus("kiosk-pdf", state, problem, tuple(pending))


def test_a_spooled_slip_counts_as_printed_once_it_leaves_the_queue():
    desk = PrintDesk("kiosk-pdf", FakeClock())
    assert desk.requested("frame")
    desk.spooled("kiosk-pdf-1")
    desk.status_seen(status(PrinterState.PRINTING, pending=["kiosk-pdf-1"]))
    assert desk.snapshot()["jobs_waiting"] == 1 and desk.counts["printed"] == 0 and desk.banner is None
    desk.status_seen(status())
    s = desk.snapshot()
    assert (s["state"], s["jobs_printed"], s["jobs_waiting"], s["jobs_failed"]) == ("ready", 1, 0, 0)


def test_out_of_paper_with_a_held_slip_says_so_and_clears_when_paper_is_back():
    desk = PrintDesk("kiosk-pdf", FakeClock())
    desk.requested("frame")
    desk.spooled("kiosk-pdf-7")
    desk.status_seen(status(PrinterState.STOPPED, "The receipt printer is out of paper", ["kiosk-pdf-7"]))
    assert desk.banner.startswith("The receipt printer is out of paper; the last slip was not printed.")
    assert "do not print it again" in desk.banner and not desk.dismissable
    assert desk.snapshot()["state"] == "stopped" and desk.poll_every == 1.0
    desk.status_seen(status())
    assert desk.banner is None and desk.counts["printed"] == 1
    assert desk.snapshot()["last_error"] == "The receipt printer is out of paper"  # kept for the technician


def test_a_problem_without_a_slip_is_shown_before_the_next_sale_once_the_shop_prints():
    desk = PrintDesk("", FakeClock())
    desk.status_seen(status(PrinterState.OFFLINE, "The receipt printer is offline (switched off or not connected)"))
    assert desk.banner is None and desk.snapshot()["state"] == "offline"  # a shop that never prints: /health only
    assert desk.poll_every == 30.0  # and no lpstat every second for months
    desk.requested("frame")
    desk.spooled("kiosk-pdf-1")
    desk.status_seen(status())
    desk.status_seen(status(PrinterState.OFFLINE, "The receipt printer is offline (switched off or not connected)"))
    assert desk.banner == "The receipt printer is offline (switched off or not connected). Check it before the next slip."


def test_a_job_queued_too_long_on_a_printer_that_says_it_is_fine_is_stuck():
    clock = FakeClock()
    desk = PrintDesk("kiosk-pdf", clock)
    desk.requested("frame")
    desk.spooled("kiosk-pdf-3")
    clock.advance(STUCK_AFTER - 1)
    desk.status_seen(status(PrinterState.PRINTING, pending=["kiosk-pdf-3"]))
    assert desk.banner is None
    clock.advance(1)
    desk.status_seen(status(PrinterState.PRINTING, pending=["kiosk-pdf-3"]))
    assert desk.state is PrinterState.ERROR
    assert desk.banner.startswith("A slip has waited 2 minutes in the printer queue; the last slip was not printed")
    assert desk.counts["spooled"] == 1  # waiting, never sent again


def test_a_slip_that_never_reached_the_spooler_is_shown_until_the_cashier_taps_ok():
    desk = PrintDesk("gone", FakeClock())
    desk.requested("frame")
    desk.failed("There is no printer named 'gone'; check KIOSK_PRINTER.", PrinterState.ERROR)
    assert desk.banner == "The last slip was not printed: There is no printer named 'gone'; check KIOSK_PRINTER."
    assert desk.dismissable and desk.snapshot()["jobs_failed"] == 1
    desk.dismiss()
    assert desk.banner is None


def test_a_status_that_cannot_be_read_is_a_problem_with_its_reason():
    desk = PrintDesk("kiosk-pdf", FakeClock())
    desk.requested("main frame")
    desk.status_failed(SpoolerError("The print service (CUPS) is not running; start cupsd.", PrinterState.OFFLINE))
    assert desk.snapshot()["state"] == "offline" and "start cupsd" in desk.banner


def test_printing_off_ignores_and_counts_print_calls():
    desk = PrintDesk("OFF", FakeClock())
    assert not desk.requested("main frame") and not desk.requested("frame")
    s = desk.snapshot()
    assert (s["state"], s["jobs_ignored"], s["name"]) == ("disabled", 2, "off")
    assert desk.banner is None and desk.poll_every is None


@pytest.mark.parametrize(("lpstat", "state", "problem"), [
    ("printer kiosk-pdf is idle.  enabled since Fri Dec  4 14:57:49 2026\n\tAlerts: none\n",
     PrinterState.READY, None),
    ("printer kiosk-pdf now printing kiosk-pdf-4.  enabled since Fri Dec  4 14:57:49 2026\n",
     PrinterState.PRINTING, None),
    ("printer kiosk-pdf disabled since Fri Dec  4 14:58:14 2026 -\n\tPaused\n\tAlerts: paused\n",
     PrinterState.STOPPED, "The receipt printer queue 'kiosk-pdf' is stopped"),
    ("printer kiosk-pdf disabled since Fri Dec  4 14:58:14 2026 -\n\tThe printer is out of paper\n"
     "\tForm mounted:\n\tAlerts: media-empty-error paused\n",
     PrinterState.STOPPED, "The receipt printer is out of paper"),
    ("printer kiosk-pdf is idle.  enabled since Fri Dec  4 14:57:49 2026\n\tAlerts: offline-report\n",
     PrinterState.OFFLINE, "The receipt printer is offline (switched off or not connected)"),
    ("printer kiosk-pdf is idle.  enabled since Fri Dec  4 14:57:49 2026\n\tAlerts: cover-open-error\n",
     PrinterState.ERROR, "The receipt printer's cover is open"),
])
def test_cups_printer_states_become_plain_words(lpstat, state, problem):
    s = parse_status("kiosk-pdf", lpstat)
    assert (s.state, s.problem) == (state, problem)


@pytest.mark.parametrize(("over", "needle"), [
    ({"printer": "two words"}, "KIOSK_PRINTER: 'two words' cannot be a CUPS queue name"),
    ({"paper_width_mm": 5}, "KIOSK_PAPER_WIDTH_MM"),
    ({"print_margins_mm": -1}, "KIOSK_PRINT_MARGINS_MM"),
    ({"paper_width_mm": 20, "print_margins_mm": 10},
     "KIOSK_PRINT_MARGINS_MM: leaves less than 20 mm to print on paper 20 mm wide; use at most 0 mm"),
    ({"printer": "-x"}, "KIOSK_PRINTER: '-x' cannot be a printer name (it starts with '-')"),
])
def test_bad_printing_settings_name_the_setting(kiosk_env, over, needle):
    for k, v in over.items():
        kiosk_env.setenv(f"KIOSK_{k.upper()}", str(v))
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert needle in str(e.value)


def test_printing_settings_defaults():
    s = explicit_settings()
    assert (s.printer, s.paper_width_mm, s.print_margins_mm) == ("", 80.0, 0.0)


def test_the_docs_list_exactly_the_print_test_exit_codes():
    from kiosk.exitcodes import PrintTestExit
    from tests.helpers.docs import code_table

    assert set(code_table("technicians/printing.md", "| code | `kiosk print-test` |")) == {int(c) for c in PrintTestExit}
