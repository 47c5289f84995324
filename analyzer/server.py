"""HTTP server: LanguageTool's ``/v2/check`` for editors' tools, our JSON API, ``/health``.

``python -m analyzer serve`` runs it with uvicorn. The app is stateless (engines are caches of
immutable objects), so several workers (``--workers``) or machines behind a load balancer scale
it. Request text is never logged: the access log line holds method, path, status and duration.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import lt_protocol as lt
from .calibration import SHOWN_FLOOR
from .classifier import ClassifierError
from .compare import CORPUS_CLASSIFIER, GROUP_BY, N_BOOT, SEED, EngineConfig
from .errors import InputError
from .lexicon import LexiconError
from .pipeline import DEFAULT_CLASSIFIER, detect_language, get_analyzer
from .results import DocumentResult
from .server_defaults import (
    DEFAULT_HOST,
    DEFAULT_MAX_BODY,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_QUEUE,
    DEFAULT_PORT,
    TOKEN_ENV,
)
from .version import __version__

log = logging.getLogger("tonlage.server")

_ENV_CONFIG = "TONLAGE_SERVER_CONFIG"  # JSON config handed to uvicorn worker processes
_ENV_LOG_LEVEL = "TONLAGE_SERVER_LOG_LEVEL"
_LT_PREFIX = "/v2/"
_OPEN_PATHS = frozenset({"/health", "/v2/languages", "/openapi.json"})
ClassifierName = Literal["default", "fast", "none"]


def _default_concurrency() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerConfig:
    """Everything a worker needs; plain data so it travels to worker processes as JSON."""

    lexicons: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    classifier: str = DEFAULT_CLASSIFIER  # /v1/analyze default, as in the Python API
    max_chars: int = DEFAULT_MAX_CHARS
    max_body: int = DEFAULT_MAX_BODY
    max_concurrent: int = field(default_factory=_default_concurrency)
    max_queue: int = DEFAULT_MAX_QUEUE
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    warm_up: bool = True

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServerConfig:
        raw = json.loads(os.environ.get(_ENV_CONFIG, "{}"))
        for key in ("lexicons", "disable", "cors_origins"):
            if key in raw:
                raw[key] = tuple(raw[key])
        cfg = cls(**raw)
        if cfg.token is None and os.environ.get(TOKEN_ENV):
            cfg = replace(cfg, token=os.environ[TOKEN_ENV])
        return cfg


# --- JSON schema of /v1 (declared once here; OpenAPI is generated from it) ---------------------

class _Strict(BaseModel):
    """Requests: unknown fields are an error (a typo must not be ignored silently)."""

    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    """Responses: a field the library adds later passes through (a test keeps the models
    complete, so OpenAPI documents it)."""

    model_config = ConfigDict(extra="allow")


class FindingOut(_Out):
    start: int
    end: int
    text: str
    category: str
    label: str
    weight: float
    voice: Literal["author", "quote"]
    explanation: str
    suggestion: str | None
    id: str
    base_weight: float
    negated: bool


class SentenceOut(_Out):
    index: int
    start: int
    end: int
    text: str
    score: float
    polarity: float
    subjectivity: float | None
    findings: list[FindingOut]
    note: str | None = Field(default=None, description="editor's note on the sentence, if any")


class SummaryOut(_Out):
    sentences: int
    words: int
    score: float
    findings_per_1000_words: float
    by_category: dict[str, int]
    share_sentences_score_ge_50: float
    by_voice: dict[str, int]


class AnalyzeResponse(_Out):
    """``analyze(text).to_dict()``: offsets are Unicode code points (Python ``str`` indices)."""

    version: str
    language: str
    warnings: list[str]
    summary: SummaryOut
    sentences: list[SentenceOut]


class AnalyzeRequest(_Strict):
    text: str = Field(description="German text (UTF-8)")
    disable: list[str] = Field(default_factory=list,
                               description="entry ids or categories to switch off")
    classifier: ClassifierName | None = Field(
        default=None, description="sentence model: default, fast or none (default: the "
                                  "server's --classifier)")
    all_findings: bool = Field(
        default=False, description="also author-voice findings reported under the display "
                                   "floor (weight < 0.3), as `analyze --all-findings`")


class CorpusDocument(_Strict):
    id: str
    outlet: str
    text: str
    title: str | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD or DD.MM.YYYY")
    story: str | None = None
    url: str | None = None


class CompareRequest(_Strict):
    documents: list[CorpusDocument] = Field(min_length=1)
    by: Literal["outlet", "story", "month"] = "outlet"
    bootstrap: int = Field(default=N_BOOT, ge=100, le=20_000)
    seed: int = SEED
    classifier: ClassifierName = CORPUS_CLASSIFIER  # type: ignore[assignment]
    disable: list[str] = Field(default_factory=list)


class CompareResponse(BaseModel):
    """The comparison report (README, "Comparing outlets"); groups and tables as there."""

    version: str
    by: str
    bootstrap: dict[str, Any]
    documents: list[dict[str, Any]]
    outlets: list[dict[str, Any]]
    differences: list[dict[str, Any]]
    stories: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    warnings: list[str]


class ErrorOut(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorOut


class Health(BaseModel):
    status: Literal["ok"]
    version: str


# --- errors -----------------------------------------------------------------------------------

class ApiError(Exception):
    """An error answer: JSON ``{"error": {code, message}}`` on /v1, ``Error: …`` on /v2."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error_response(path: str, status: int, code: str, message: str,
                    headers: Mapping[str, str] | None = None) -> Response:
    if path.startswith(_LT_PREFIX):  # LanguageTool answers errors as plain text
        return PlainTextResponse(f"Error: {message}", status_code=status, headers=headers)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


# --- ASGI middleware: body limit and access log -------------------------------------------------

class BodyLimit:
    """Reads at most ``max_body`` bytes of a request body; larger bodies get 413 before any
    parsing (with or without Content-Length)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._reject(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._reject(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _error_response(scope["path"], 413, "too_large",
                                   f"Die Anfrage ist größer als {_size(self.max_body)} – bitte "
                                   "kürzen oder in Teilen senden.")
        await response(scope, receive, send)


def _size(n: int) -> str:
    return f"{n / 1048576:g} MB" if n >= 1048576 else f"{n / 1024:.0f} KB"


class AccessLog:
    """One log line per request without the query string or body (they may hold the text)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = [0]

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            log.info("%s %s %s %.0f ms", scope["method"], scope["path"], status[0],
                     1000 * (time.perf_counter() - t0))


# --- the work, bounded --------------------------------------------------------------------------

class Workload:
    """At most ``max_concurrent`` analyses at a time, at most ``max_queue`` waiting; beyond that
    a 503 (retry later) instead of an ever-growing queue."""

    def __init__(self, max_concurrent: int, max_queue: int) -> None:
        self.limiter = anyio.CapacityLimiter(max_concurrent)
        self.capacity = max_concurrent + max_queue
        self.active = 0

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        if self.active >= self.capacity:
            raise ApiError(503, "busy", "Der Server ist ausgelastet – bitte gleich noch einmal "
                                        "versuchen.")
        self.active += 1
        try:
            return await anyio.to_thread.run_sync(func, *args, limiter=self.limiter)
        finally:
            self.active -= 1


def _engine(cfg: ServerConfig, disable: tuple[str, ...] = (), classifier: str | None = None,  # type: ignore[no-untyped-def]
            all_findings: bool = False):
    return get_analyzer(cfg.lexicons, tuple(sorted(set(cfg.disable) | set(disable))),
                        cfg.max_chars, classifier,
                        min_weight=0.0 if all_findings else SHOWN_FLOOR)


def _check_token(cfg: ServerConfig, request: Request, form_key: str | None = None) -> None:
    if not cfg.token:
        return
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header.lower().startswith("bearer ") else (form_key or "")
    if not given or not hmac.compare_digest(given.encode(), cfg.token.encode()):
        raise ApiError(401, "unauthorized", "Zugriff verweigert: gültiges Token fehlt "
                                            "(Authorization: Bearer …).")


# --- /v2/check ----------------------------------------------------------------------------------

def _lt_check(cfg: ServerConfig, form: Mapping[str, str]) -> dict[str, Any]:
    """The LanguageTool check, run in a worker thread."""
    text, data = form.get("text"), form.get("data")
    if text is None and data is None:
        raise lt.ProtocolError("Missing 'text' or 'data' parameter")
    doc = lt.parse_annotated(data) if text is None else lt.AnnotatedText.from_text(text)
    requested = lt.resolve_language(form.get("language"))
    flt = lt.RuleFilter.from_form(form)
    if len(doc.plain) > cfg.max_chars:
        raise lt.ProtocolError(f"Your text exceeds the limit of {cfg.max_chars} characters "
                               f"(it's {len(doc.plain)} characters). Please submit a shorter "
                               "text.", status=413)
    german = lt.resolve_language("de-DE")
    assert german is not None
    detected = detect_language(doc.plain) if doc.plain.strip() else ("de", 0.0)
    language = requested or german
    if requested is None and detected[0] != "de" and detected[1] > 0.9 \
            and len(doc.plain.split()) >= 5:
        # language=auto on text in another language: nothing for a German style checker to say
        other = {"name": detected[0], "longCode": detected[0]}
        return lt.response(None, doc, other, detected, flt)
    result: DocumentResult | None = None
    if doc.plain.strip():
        try:
            result = _engine(cfg, flt.engine_disable()).analyze(doc.plain)
        except InputError as exc:
            if exc.code != "empty":  # LanguageTool answers empty text with no matches
                raise lt.ProtocolError(exc.message) from None
    return lt.response(result, doc, language, detected, flt)


async def _lt_form(request: Request, cfg: ServerConfig) -> dict[str, str]:
    if request.method == "GET":
        return dict(request.query_params)
    try:
        form = await request.form(max_part_size=cfg.max_body)
    except Exception:  # malformed multipart or urlencoded body
        raise lt.ProtocolError("Could not parse the form body (expected "
                               "application/x-www-form-urlencoded or multipart/form-data)") \
            from None
    out = {k: v for k, v in form.items() if isinstance(v, str)}
    for k, v in request.query_params.items():
        out.setdefault(k, v)
    return out


# --- the app ------------------------------------------------------------------------------------

def create_app(cfg: ServerConfig | None = None) -> FastAPI:
    """The ASGI app for ``cfg`` (default: from the environment, as worker processes get it)."""
    cfg = cfg or ServerConfig.from_env()
    work = Workload(cfg.max_concurrent, cfg.max_queue)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        if cfg.warm_up:  # load lexicons and models before the first request, not during it
            await anyio.to_thread.run_sync(_warm_up, cfg)
        yield

    app = FastAPI(
        title="Tonlage", version=__version__, lifespan=lifespan,
        description="German editorial bias and tone analyzer. `/v2/check` speaks LanguageTool's "
                    "protocol (form fields, UTF-16 offsets); `/v1/*` is the JSON API.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; stay offline
    )

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error_response(request.url.path, exc.status, exc.code, exc.message, headers)

    @app.exception_handler(lt.ProtocolError)
    async def _lt_error(request: Request, exc: lt.ProtocolError) -> Response:
        return PlainTextResponse(f"Error: {exc.message}", status_code=exc.status)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return _error_response(request.url.path, 422, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'Anfrage'}: "
            f"{e.get('msg', '')}" for e in exc.errors()[:5])
        return _error_response(request.url.path, 422, "invalid_request",
                               f"Ungültige Anfrage ({problems}).")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("internal error on %s: %s", request.url.path, type(exc).__name__)
        return _error_response(request.url.path, 500, "internal",
                               "Interner Fehler bei der Analyse – bitte später erneut versuchen.")

    @app.get("/health", response_model=Health, tags=["server"])
    async def health() -> dict[str, str]:
        """Liveness for load balancers (no token needed)."""
        return {"status": "ok", "version": __version__}

    @app.get("/v2/languages", tags=["LanguageTool"])
    async def lt_languages() -> list[dict[str, str]]:
        """LanguageTool's language list: German and its regional variants."""
        return lt.languages()

    lt_errors: dict[int | str, dict[str, Any]] = {
        400: {"description": "plain text `Error: …`"}, 401: {"description": "token missing"},
        413: {"description": "text or body too long"}, 503: {"description": "busy"}}

    async def lt_check(request: Request) -> JSONResponse:
        """LanguageTool-compatible check. Form fields: `text` or `data` (annotated text),
        `language` (de, de-DE, de-AT, de-CH, auto), `enabledRules`, `disabledRules`,
        `enabledCategories`, `disabledCategories`, `enabledOnly`; token as Bearer header or
        `apiKey` field. Rule ids are our entry ids, categories our category keys."""
        form = await _lt_form(request, cfg)
        _check_token(cfg, request, form.get("apiKey"))
        return JSONResponse(await work.run(_lt_check, cfg, form))

    for method in ("get", "post"):  # LanguageTool accepts both; clients use POST
        app.add_api_route("/v2/check", lt_check, methods=[method.upper()], tags=["LanguageTool"],
                          operation_id=f"lt_check_{method}", responses=lt_errors)

    @app.post("/v1/analyze", response_model=AnalyzeResponse, tags=["Tonlage"],
              responses={413: {"model": ErrorResponse}, 422: {"model": ErrorResponse},
                         401: {"model": ErrorResponse}, 503: {"model": ErrorResponse}})
    async def analyze(request: Request, body: AnalyzeRequest) -> JSONResponse:
        """Analyze one text: the documented JSON (offsets are Python `str` indices)."""
        _check_token(cfg, request)
        classifier = body.classifier or cfg.classifier

        def run() -> dict[str, Any]:
            return _engine(cfg, tuple(body.disable), classifier,
                           body.all_findings).analyze(body.text).to_dict()

        # returned as is: the library's to_dict is the contract; the model documents it
        return JSONResponse(await work.run(run))

    @app.post("/v1/compare", response_model=CompareResponse, tags=["Tonlage"],
              responses={413: {"model": ErrorResponse}, 422: {"model": ErrorResponse},
                         401: {"model": ErrorResponse}, 503: {"model": ErrorResponse}})
    async def compare(request: Request, body: CompareRequest) -> JSONResponse:
        """Compare outlets: a corpus in, the comparison report out (as `analyzer compare`)."""
        _check_token(cfg, request)
        return JSONResponse(await work.run(_compare, cfg, body))

    app.add_middleware(BodyLimit, max_body=cfg.max_body)
    if cfg.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(AccessLog)
    return app


def _compare(cfg: ServerConfig, body: CompareRequest) -> dict[str, Any]:
    from .compare import analyze_corpus, build_report
    from .corpus import documents_from_records

    corpus = documents_from_records(d.model_dump() for d in body.documents)
    if not corpus.documents:
        first = "; ".join(str(i) for i in corpus.issues[:3])
        raise ApiError(422, "no_documents", f"Keine gültigen Dokumente ({first}).")
    config = EngineConfig.of(cfg.lexicons, [*cfg.disable, *body.disable], cfg.max_chars,
                             body.classifier)
    records, issues = analyze_corpus(corpus.documents, config, workers=1)
    if not records:
        raise ApiError(422, "no_documents", "Kein Dokument ließ sich analysieren.")
    assert body.by in GROUP_BY
    return build_report(records, by=body.by, n_boot=body.bootstrap, seed=body.seed,
                        issues=[*corpus.issues, *issues])


def _warm_up(cfg: ServerConfig) -> None:
    """Build the engines the endpoints use and run one sentence through each."""
    for classifier in {None, None if cfg.classifier == "none" else cfg.classifier}:
        _engine(cfg, (), classifier).warm_up()
    detect_language("Der selbst ernannte Präsident wetterte gegen die Presse.")


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes (``--workers N``): config from the environment."""
    _configure_logging(os.environ.get(_ENV_LOG_LEVEL, "info"))
    return create_app(ServerConfig.from_env())


def check_config(cfg: ServerConfig) -> None:
    """Fail at start, with one line, on a bad lexicon or model name rather than per request."""
    try:
        _engine(cfg, (), None)
        if cfg.classifier != "none":
            _engine(cfg, (), cfg.classifier)
    except (LexiconError, ClassifierError) as exc:
        raise ValueError(str(exc)) from None


def serve(cfg: ServerConfig, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          workers: int = 1, log_level: str = "info") -> None:
    """Run uvicorn (blocking). With ``workers > 1`` each process builds its own engines."""
    import uvicorn

    _configure_logging(log_level)
    common: dict[str, Any] = {"host": host, "port": port, "log_level": log_level,
                              "access_log": False, "server_header": False}
    if workers > 1:
        os.environ[_ENV_CONFIG] = cfg.to_env()
        os.environ[_ENV_LOG_LEVEL] = log_level
        uvicorn.run("analyzer.server:app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(cfg), **common)
