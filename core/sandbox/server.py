"""The sandbox HTTP server: both services behind one 127.0.0.1 port, with auth, rate limits and a log."""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Map
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from core.sandbox import hubspot_api, oauth_api, qbo_api, qbo_xml, scenario
from core.sandbox.auth import hubspot_token_ok, qbo_token_ok
from core.sandbox.faults import DROPPED_STATUS, FaultPlan, cut
from core.sandbox.hostile import HostilePlan, Hostility
from core.sandbox.limits import Concurrency, RollingWindow
from core.sandbox.replies import hs_error, qbo_auth_fault, qbo_fault, qbo_throttled
from core.sandbox.state import JSON, State
from core.types import Endpoints


@functools.cache
def _rules() -> Map:
    """Every route of both services; each API module lists its own (endpoint names are handler keys). Built once
    per process: werkzeug compiles each rule with `ast`, which Python 3.11 cannot do on several threads at once
    (sandboxes started side by side in tests and benchmarks)."""
    return Map([*hubspot_api.rules(), *qbo_api.rules(), *oauth_api.rules()], strict_slashes=False)


@dataclass
class Options:
    """Knobs a test or a benchmark may turn; the defaults are the real services' limits."""

    hubspot_limit: int = 100         # requests per rolling window per token
    hubspot_window: float = 10.0
    qbo_limit: int = 500             # requests per minute per realm
    qbo_window: float = 60.0
    qbo_concurrency: int = 10        # in flight per realm
    latency_ms: float = 0.0          # added to every reply (benchmarks)
    xml_faults: bool = False         # answer QBO faults in XML, as the service sometimes does
    request_log: Path | None = None  # JSONL, one line per request
    faults: FaultPlan | None = None  # injected failures (see faults.py)
    hostile: list[HostilePlan] = field(default_factory=list)  # spoilt replies for chosen paths (hostile.py)


class SandboxApp:
    """The WSGI application: routes a request to the HubSpot or QBO module after auth and limits."""

    def __init__(self, state: State, options: Options | None = None) -> None:
        self.state = state
        self.options = options or Options()
        self.url_map = _rules()
        self.hs_window = RollingWindow(self.options.hubspot_limit, self.options.hubspot_window)
        self.qbo_window = RollingWindow(self.options.qbo_limit, self.options.qbo_window)
        self.qbo_inflight = Concurrency(self.options.qbo_concurrency)
        self.requests: list[JSON] = []  # the same records as the JSONL log, for tests
        self._log_lock = threading.Lock()
        self.stopping = threading.Event()  # set by Sandbox.stop(): streamed replies end at their next tick
        self.hostility = Hostility(self.options.hostile, self.stopping)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        started = time.monotonic()
        response = self._respond(request)
        if response.status_code == DROPPED_STATUS:   # logged first, so a client that saw the drop finds it
            self._log(request, DROPPED_STATUS, started)
            cut(request)
            return response(environ, start_response)
        if self.options.latency_ms:
            time.sleep(self.options.latency_ms / 1000)
        self._log(request, response.status_code, started)
        return response(environ, start_response)

    def _respond(self, request: Request) -> Response:
        """The reply: injected by the fault plan, or served (then maybe spoilt by it), then by a hostile plan."""
        faults = self.options.faults
        injected = faults.before(_api_of(request.path), request) if faults else None
        if injected is not None:
            response = injected
        else:
            response = self.dispatch(request)
            if faults:
                response = faults.after(request, response)
        if response.status_code == DROPPED_STATUS:  # the connection is gone: nothing more to spoil
            return response
        return self.hostility.apply(request, response)

    def dispatch(self, request: Request) -> Response:
        adapter = self.url_map.bind_to_environ(request.environ)
        try:
            endpoint, args = adapter.match()
        except NotFound:
            return hs_error(404, "NOT_FOUND", f"No route for {request.method} {request.path}")
        except MethodNotAllowed:
            return hs_error(405, "METHOD_NOT_ALLOWED", f"{request.method} is not allowed on {request.path}")
        except HTTPException as exc:
            return hs_error(exc.code or 400, "VALIDATION_ERROR", str(exc))
        if endpoint.startswith("hs_"):
            return self._hubspot(request, endpoint, args)
        if endpoint.startswith("oauth_"):
            with self.state.lock:
                return oauth_api.HANDLERS[endpoint](self.state, request, **args)
        return self._qbo(request, endpoint, args)

    # ---- HubSpot ------------------------------------------------------------------------------------
    def _hubspot(self, request: Request, endpoint: str, args: Mapping[str, Any]) -> Response:
        token = _bearer(request)
        hs = self.state.hubspot
        if token is None or not hubspot_token_ok(self.state, token):
            return hs_error(401, "INVALID_AUTHENTICATION",
                            "Authentication credentials not found. This API supports OAuth 2.0 authentication "
                            "and you can find more details at https://developers.hubspot.com/docs/methods/auth/"
                            "oauth-overview")
        if hubspot_api.is_search(request.path) or hubspot_api.is_association_batch(request.path):
            # Exempt from the ten-secondly bucket: search applies its own 5/s limit in its handler.
            with self.state.hubspot_lock:
                return hubspot_api.HANDLERS[endpoint](hs, request, **args)
        allowed, remaining, _ = self.hs_window.hit(token)
        headers = {
            "X-HubSpot-RateLimit-Max": str(self.options.hubspot_limit),
            "X-HubSpot-RateLimit-Remaining": str(remaining),
            "X-HubSpot-RateLimit-Interval-Milliseconds": str(int(self.options.hubspot_window * 1000)),
        }
        if not allowed:
            return hs_error(429, "RATE_LIMITS", "You have reached your ten_secondly_rolling limit.", headers,
                            errorType="RATE_LIMIT", policyName="TEN_SECONDLY_ROLLING",
                            groupName=f"publicapi:private-app-api-calls-ten-secondly:{hs.portal_id}")
        with self.state.hubspot_lock:
            response = hubspot_api.HANDLERS[endpoint](hs, request, **args)
        response.headers.update(headers)
        return response

    # ---- QuickBooks Online --------------------------------------------------------------------------
    def _qbo(self, request: Request, endpoint: str, args: Mapping[str, Any]) -> Response:
        """A QBO reply, in XML unless the request accepts application/json (QBO_API.md §0)."""
        if qbo_xml.wants_json(request):
            return self._qbo_reply(request, endpoint, args, xml=False)
        return qbo_xml.as_xml(self._qbo_reply(request, endpoint, args, xml=True))

    def _qbo_reply(self, request: Request, endpoint: str, args: Mapping[str, Any], xml: bool) -> Response:
        """`xml` is for the gateway's own faults (authentication, realm, throttle), whose XML form differs from
        their JSON one; handlers answer JSON (stored as such for requestid replays) unless `xml_faults`."""
        qbo = self.state.qbo
        handler_xml = self.options.xml_faults
        xml = xml or handler_xml
        token = _bearer(request)
        if not qbo_token_ok(self.state, token):
            return qbo_auth_fault("Token expired or invalid" if token else "Authorization header missing",
                                  xml=xml)
        if args["realm"] != qbo.realm:
            return qbo_fault(403, "3100", "message=ApplicationAuthorizationFailed; errorCode=003100; "
                             "statusCode=403", "The token is not authorized for this company.",
                             "AuthorizationFault", xml=xml)
        allowed, _, _ = self.qbo_window.hit(qbo.realm)
        if not allowed or not self.qbo_inflight.enter(qbo.realm):
            return qbo_throttled(xml=xml)
        try:
            with self.state.qbo_lock:
                return qbo_api.HANDLERS[endpoint](qbo, request, xml=handler_xml, **args)
        finally:
            self.qbo_inflight.leave(qbo.realm)

    def _log(self, request: Request, status: int, started: float) -> None:
        record = {"id": str(uuid.uuid4()), "t": time.time(), "method": request.method, "path": request.path,
                  "query": request.query_string.decode("latin-1"), "status": status,
                  "api": _api_of(request.path),
                  "ms": round((time.monotonic() - started) * 1000, 2)}
        with self._log_lock:
            self.requests.append(record)
            if self.options.request_log:
                with open(self.options.request_log, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(record) + "\n")


def _api_of(path: str) -> str:
    """Which service a path belongs to: 'qbo', 'hubspot' or 'oauth'."""
    if path.startswith("/v3/"):
        return "qbo"
    return "hubspot" if path.startswith("/crm/") else "oauth"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() != "bearer ":
        return None
    return header[7:].strip() or None


# werkzeug logs every request at INFO; our own request log (Options.request_log) replaces it.
logging.getLogger("werkzeug").setLevel(logging.WARNING)


class Sandbox:
    """Both emulated APIs on 127.0.0.1 in a background thread. `with Sandbox("demo") as sb: ...`"""

    def __init__(self, scenario_source: str | Path | JSON = "demo", port: int = 0,
                 options: Options | None = None) -> None:
        self.state = scenario.load(scenario_source)
        self.app = SandboxApp(self.state, options)
        self._server = make_server("127.0.0.1", port, self.app, threaded=True)
        self.port: int = self._server.server_port
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> Sandbox:
        self._thread = threading.Thread(target=self._server.serve_forever, name="sandbox", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self.app.stopping.set()
        if self._thread is not None:  # shutdown() waits for serve_forever, so only call it when serving
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def endpoints(self) -> Endpoints:
        return Endpoints(hubspot_api=self.base_url, hubspot_token=sorted(self.state.hubspot.tokens)[0],
                         qbo_api=self.base_url, qbo_token=sorted(self.state.qbo.tokens)[0],
                         qbo_realm=self.state.qbo.realm)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
