"""The one-shot loopback listener: 127.0.0.1 only, one callback request, then closed; timeout and cancel."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import requests

from core.auth.callback import CallbackError, Problem, parse_landed_address, read_callback
from core.auth.loopback import HOST, LoopbackListener, LoopbackTimeout
from core.errors import Cancelled


def later(action: object, delay: float = 0.2) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        action()  # type: ignore[operator]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_binds_127_0_0_1_on_a_free_port_and_names_localhost() -> None:
    with LoopbackListener() as listener:
        assert listener._server is not None
        assert listener._server.socket.getsockname()[0] == "127.0.0.1" == HOST
        assert listener.port > 0
        assert listener.redirect_uri == f"http://localhost:{listener.port}/callback"
        other = LoopbackListener()  # port 0 always finds another free port
        assert other.port != listener.port
        other.close()


def test_returns_the_query_after_one_request_then_closes(capfd: pytest.CaptureFixture[str]) -> None:
    listener = LoopbackListener()
    replies: list[requests.Response] = []
    url = f"http://127.0.0.1:{listener.port}/callback?code=secret-code-1&state=s1&realmId=42"
    later(lambda: replies.append(requests.get(url, timeout=5)))
    query = listener.wait(timeout=5, state="s1")
    assert query == {"code": "secret-code-1", "state": "s1", "realmId": "42"}
    assert listener.closed
    time.sleep(0.2)
    assert replies[0].status_code == 200 and "close this tab" in replies[0].text
    with pytest.raises(requests.ConnectionError):  # nothing listens any more
        requests.get(url, timeout=2)
    with pytest.raises(RuntimeError):
        listener.wait(timeout=1, state="s1")
    assert "secret-code-1" not in capfd.readouterr().err  # requests are not logged


def test_other_paths_get_404_and_do_not_end_the_wait() -> None:
    listener = LoopbackListener()
    base = f"http://127.0.0.1:{listener.port}"
    statuses: list[int] = []

    def browser() -> None:
        statuses.append(requests.get(f"{base}/favicon.ico", timeout=5).status_code)
        statuses.append(requests.get(f"{base}/callback?error=access_denied&state=s", timeout=5).status_code)

    later(browser)
    query = listener.wait(timeout=5, state="s")
    assert query == {"error": "access_denied", "state": "s"}
    time.sleep(0.2)
    assert statuses == [404, 200]


def test_times_out_and_closes() -> None:
    listener = LoopbackListener()
    port = listener.port
    started = time.monotonic()
    with pytest.raises(LoopbackTimeout, match="No answer came back from the browser"):
        listener.wait(timeout=0.5, state="s")
    assert 0.4 < time.monotonic() - started < 3
    assert listener.closed
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_cancel_stops_waiting() -> None:
    listener = LoopbackListener()
    cancel = threading.Event()
    later(cancel.set)
    with pytest.raises(Cancelled):
        listener.wait(timeout=10, cancel=cancel, state="s")
    assert listener.closed


def test_an_idle_connection_does_not_block_the_answer() -> None:
    listener = LoopbackListener()
    idle = socket.create_connection(("127.0.0.1", listener.port))  # a browser's pre-connect that sends nothing
    try:
        later(lambda: requests.get(f"http://127.0.0.1:{listener.port}/callback?code=c&state=s", timeout=15), 0.3)
        assert listener.wait(timeout=15, state="s")["code"] == "c"
    finally:
        idle.close()


def test_a_request_with_another_state_is_refused_and_waiting_goes_on() -> None:
    listener = LoopbackListener()
    base = f"http://127.0.0.1:{listener.port}/callback"
    replies: list[requests.Response] = []

    def forger_then_browser() -> None:
        for query in ("code=forged&state=wrong", "code=forged", "code=forged&state=", "error=access_denied",
                      "code=real&state=expected-state"):
            replies.append(requests.get(f"{base}?{query}", timeout=5))

    later(forger_then_browser)
    assert listener.wait(timeout=5, state="expected-state") == {"code": "real", "state": "expected-state"}
    time.sleep(0.2)
    assert [r.status_code for r in replies] == [400, 400, 400, 400, 200]
    assert "not the one Sync Doctor is waiting for" in replies[0].text


def test_only_wrong_states_means_a_timeout() -> None:
    listener = LoopbackListener()
    url = f"http://127.0.0.1:{listener.port}/callback?code=forged&state=wrong"
    later(lambda: requests.get(url, timeout=5), 0.1)
    with pytest.raises(LoopbackTimeout):
        listener.wait(timeout=1, state="expected-state")
    assert listener.closed


def test_the_expected_state_must_be_given() -> None:
    listener = LoopbackListener()
    with pytest.raises(ValueError):
        listener.wait(timeout=1, state="")
    assert listener.closed


# --- reading the answer (loopback query or pasted address) ----------------------------------------------------


def test_parse_a_pasted_address() -> None:
    url = "https://example.com/intuit/cb?code=AB11x&state=st&realmId=9130357992221046"
    assert parse_landed_address(f'  "{url}"\n') == {"code": "AB11x", "state": "st", "realmId": "9130357992221046"}
    assert parse_landed_address("?code=AB11x&state=st")["code"] == "AB11x"
    assert parse_landed_address("code=AB11x&state=st")["state"] == "st"
    for text, problem in (("", Problem.EMPTY), ("   ", Problem.EMPTY), ("https://example.com/", Problem.NOT_AN_ADDRESS),
                          ("hello there", Problem.NOT_AN_ADDRESS)):
        with pytest.raises(CallbackError) as info:
            parse_landed_address(text)
        assert info.value.problem is problem


@pytest.mark.parametrize(("params", "problem", "words"), [
    ({"error": "access_denied", "state": "st"}, Problem.DENIED, "You did not allow"),
    ({"error": "invalid_scope", "state": "st"}, Problem.PROVIDER_ERROR, "did not give access: invalid_scope"),
    ({"code": "CODE-XYZ", "state": "other"}, Problem.STATE_MISMATCH, "security check"),
    ({"code": "CODE-XYZ"}, Problem.STATE_MISMATCH, "security check"),
    ({"state": "st"}, Problem.NO_CODE, "no sign-in code"),
    ({"code": "CODE-XYZ", "state": "st"}, Problem.NO_REALM, "which company"),
])
def test_read_callback_problems(params: dict[str, str], problem: Problem, words: str) -> None:
    with pytest.raises(CallbackError, match=words) as info:
        read_callback(params, "st", "QuickBooks", need_realm=True)
    assert info.value.problem is problem
    assert "CODE-XYZ" not in str(info.value)  # the code itself never appears in a message


def test_read_callback_ok() -> None:
    answer = read_callback({"code": "c1", "state": "st", "realmId": "42"}, "st", "QuickBooks", need_realm=True)
    assert (answer.code, answer.realm_id) == ("c1", "42")
    assert "c1" not in repr(answer)
