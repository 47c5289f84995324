"""The HTTP server: LanguageTool's protocol (checked with the real ``language_tool_python``
client against a server subprocess), our JSON API, limits, token, CORS and logging."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from analyzer import analyze
from analyzer.lt_protocol import QUOTE_PREFIX
from analyzer.server import AnalyzeResponse, ServerConfig, Workload, create_app
from bench._server import server_process

DRAFT = ("Der selbst ernannte Präsident wetterte am Montag gegen die Presse. "
         "„Das ist ein Skandal“, sagte die Sprecherin der Opposition. "
         "Die Regierung hat kläglich versagt.")


def _u16(text: str, offset: int, length: int) -> str:
    """``text`` sliced by UTF-16 code units, as a Java/JavaScript client does."""
    raw = text.encode("utf-16-le")
    return raw[2 * offset:2 * (offset + length)].decode("utf-16-le")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app(ServerConfig(classifier="fast", max_chars=5_000, max_body=64 * 1024))
    with TestClient(app) as c:
        yield c


def check(client: TestClient, **form: str) -> dict:  # type: ignore[type-arg]
    form.setdefault("language", "de-DE")
    r = client.post("/v2/check", data=form)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


# --- LanguageTool protocol ----------------------------------------------------------------------

def test_check_answers_in_languagetool_shape(client: TestClient) -> None:
    body = check(client, text=DRAFT)
    assert body["software"]["name"] == "Tonlage" and body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "de-DE"
    assert body["language"]["detectedLanguage"]["code"] == "de"
    assert body["warnings"] == {"incompleteResults": False}
    by_rule = {m["rule"]["id"]: m for m in body["matches"]}
    assert {"labeling.selbst_ernannt", "speech_verb.wetterte"} <= set(by_rule)
    m = by_rule["labeling.selbst_ernannt"]
    assert set(m) >= {"message", "shortMessage", "replacements", "offset", "length", "context",
                      "sentence", "type", "rule"}
    assert DRAFT[m["offset"]:m["offset"] + m["length"]] == "selbst ernannte"
    assert m["rule"]["issueType"] == "style"
    assert m["rule"]["category"] == {"id": "labeling", "name": "Wertende Etikettierung"}
    assert m["sentence"].startswith("Der selbst ernannte Präsident")
    ctx = m["context"]
    assert ctx["text"][ctx["offset"]:ctx["offset"] + ctx["length"]] == "selbst ernannte"
    # a concrete alternative becomes a replacement, an instruction never does
    assert {"value": "sagte"} in by_rule["speech_verb.wetterte"]["replacements"]
    assert all("nennen" not in r["value"] for x in body["matches"] for r in x["replacements"])


def test_offsets_count_utf16_units_so_emoji_do_not_shift_findings(client: TestClient) -> None:
    plain = "Die Regierung hat kläglich versagt."
    emoji = "🙂🎉 " + plain  # two astral characters: 2 Python chars, 4 UTF-16 units
    a = {m["rule"]["id"]: m for m in check(client, text=plain)["matches"]}
    b = {m["rule"]["id"]: m for m in check(client, text=emoji)["matches"]}
    assert a and set(a) == set(b)
    for rule, m in b.items():
        assert m["offset"] == a[rule]["offset"] + 5  # 4 units of emoji + the space
        assert _u16(emoji, m["offset"], m["length"]) == _u16(plain, a[rule]["offset"],
                                                             a[rule]["length"])
        assert m["offset"] != emoji.index(_u16(emoji, m["offset"], m["length"]))  # not str idx


def test_annotated_data_skips_markup_and_offsets_include_it(client: TestClient) -> None:
    parts = [{"markup": "<p>"}, {"text": "Der "}, {"markup": "<b>"},
             {"text": "selbst ernannte"}, {"markup": "</b>"},
             {"text": " Präsident sprach."}, {"markup": "</p>", "interpretAs": "\n\n"},
             {"markup": '<span title="Skandal">'}, {"text": "Das 🙂 ist leider falsch."},
             {"markup": "</span>"}]
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    body = check(client, data=json.dumps({"annotation": parts}))
    found = {m["rule"]["id"]: _u16(original, m["offset"], m["length"]) for m in body["matches"]}
    assert found.get("labeling.selbst_ernannt") == "selbst ernannte"
    assert found.get("stance.leider") == "leider"
    assert not any("skandal" in rule for rule in found)  # the attribute is markup, not text


@pytest.mark.parametrize(("form", "present", "absent"), [
    ({"disabledRules": "labeling.selbst_ernannt"}, {"speech_verb"}, {"labeling"}),
    ({"disabledCategories": "speech_verb,labeling"}, set(), {"speech_verb", "labeling"}),
    ({"enabledOnly": "true", "enabledCategories": "speech_verb"}, {"speech_verb"},
     {"labeling", "loaded_language"}),
    ({"enabledOnly": "true", "enabledRules": "labeling.selbst_ernannt"}, {"labeling"},
     {"speech_verb"}),
    ({"enabledRules": "labeling.selbst_ernannt"}, {"labeling", "speech_verb"}, set()),
])
def test_rule_and_category_filters(client: TestClient, form: dict[str, str],
                                   present: set[str], absent: set[str]) -> None:
    cats = {m["rule"]["category"]["id"] for m in check(client, text=DRAFT, **form)["matches"]}
    assert present <= cats and not absent & cats


def test_quoted_voice_is_marked_in_the_message(client: TestClient) -> None:
    matches = check(client, text=DRAFT)["matches"]
    quoted = [m for m in matches if DRAFT[m["offset"]:m["offset"] + m["length"]] == "Skandal"]
    assert quoted and quoted[0]["message"].startswith(QUOTE_PREFIX)
    assert "(Zitat)" in quoted[0]["shortMessage"]
    author = [m for m in matches if m["rule"]["id"] == "speech_verb.wetterte"]
    assert author and not author[0]["message"].startswith(QUOTE_PREFIX)


@pytest.mark.parametrize(("form", "status", "message"), [
    ({"language": "de-DE"}, 400, "Error: Missing 'text' or 'data' parameter"),
    ({"text": "Ein Satz.", "language": "en-US"}, 400, "'en-US' is not a language code"),
    ({"text": "Ein Satz."}, 400, "Missing 'language' parameter"),
    ({"data": "{kaputt", "language": "de"}, 400, "Could not parse JSON"),
    ({"data": '{"annotation": [{"foo": 1}]}', "language": "de"}, 400, "'text' or 'markup'"),
    ({"text": "Ein Satz.", "language": "de", "enabledOnly": "true"}, 400,
     "You must specify enabled rules or categories"),
    ({"text": "Ein Satz.", "language": "de", "enabledOnly": "true", "enabledRules": "x",
      "disabledRules": "y"}, 400, "You cannot specify disabled rules"),
    ({"text": "Wort " * 1200, "language": "de"}, 413, "exceeds the limit of 5000 characters"),
])
def test_errors_are_plain_text_like_languagetool(client: TestClient, form: dict[str, str],
                                                 status: int, message: str) -> None:
    r = client.post("/v2/check", data=form)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("Error: ") and message in r.text and "Traceback" not in r.text


def test_empty_text_has_no_matches_and_get_works(client: TestClient) -> None:
    assert check(client, text="   ")["matches"] == []
    r = client.get("/v2/check", params={"text": "Das ist leider falsch.", "language": "de"})
    assert r.status_code == 200 and [m["rule"]["id"] for m in r.json()["matches"]] == [
        "stance.leider"]


def test_auto_language_answers_other_languages_without_matches(client: TestClient) -> None:
    body = check(client, text="The minister said on Monday that the budget is a disaster.",
                 language="auto")
    assert body["matches"] == [] and body["language"]["detectedLanguage"]["code"] == "en"
    body = check(client, text=DRAFT, language="auto")
    assert body["matches"] and body["language"]["code"] == "de-DE"


def test_languages_list(client: TestClient) -> None:
    langs = client.get("/v2/languages").json()
    assert {"name": "German (Germany)", "code": "de", "longCode": "de-DE"} in langs
    assert {lang["longCode"] for lang in langs} == {"de", "de-DE", "de-AT", "de-CH"}


# --- JSON API ---------------------------------------------------------------------------------

def test_v1_analyze_is_the_python_contract(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": DRAFT, "classifier": "fast"})
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(analyze(DRAFT, classifier="fast").to_dict()))
    r = client.post("/v1/analyze", json={"text": DRAFT, "disable": ["labeling"],
                                         "classifier": "none"})
    cats = {f["category"] for s in r.json()["sentences"] for f in s["findings"]}
    assert "labeling" not in cats and "speech_verb" in cats
    assert all(s["subjectivity"] is None for s in r.json()["sentences"])


def test_v1_analyze_all_findings_keeps_what_the_display_floor_leaves_out(client: TestClient
                                                                        ) -> None:
    """`all_findings` gives the weak author-voice findings too, as `analyze(min_weight=0)`."""
    text = ("Die Bahn streikt schon wieder. Leider fällt auch der Ersatzverkehr aus, und die "
            "Pendler sind völlig zu Recht genervt. Vielleicht hilft ja ein Machtwort.")
    shown = client.post("/v1/analyze", json={"text": text, "classifier": "none"}).json()
    every = client.post("/v1/analyze", json={"text": text, "classifier": "none",
                                             "all_findings": True}).json()
    assert every == json.loads(json.dumps(analyze(text, classifier=None, min_weight=0).to_dict()))
    assert shown == json.loads(json.dumps(analyze(text, classifier=None).to_dict()))
    count = [sum(len(s["findings"]) for s in doc["sentences"]) for doc in (shown, every)]
    assert count[1] > count[0] > 0


def test_response_schema_is_the_results_schema() -> None:
    """Every key of ``to_dict`` is declared in the API models (so OpenAPI documents it)."""
    from analyzer.server import FindingOut, SentenceOut, SummaryOut

    data = analyze(DRAFT, classifier=None).to_dict()
    AnalyzeResponse.model_validate(data)
    sentence = next(s for s in data["sentences"] if s["findings"])
    for model, sample in ((AnalyzeResponse, data), (SummaryOut, data["summary"]),
                          (SentenceOut, sentence), (FindingOut, sentence["findings"][0])):
        assert set(sample) <= set(model.model_fields), (model.__name__,
                                                        set(sample) - set(model.model_fields))
        required = {k for k, f in model.model_fields.items() if f.is_required()}
        assert required <= set(sample), model.__name__


@pytest.mark.parametrize(("payload", "status", "code"), [
    ({"text": "   "}, 422, "empty"),
    ({"text": "Wort " * 1200}, 422, "too_long"),
    ({"txt": "Hallo"}, 422, "invalid_request"),
    ({"text": "Hallo", "classifier": "gross"}, 422, "invalid_request"),
])
def test_v1_errors_are_json_with_a_german_message(client: TestClient, payload: dict,  # type: ignore[type-arg]
                                                  status: int, code: str) -> None:
    r = client.post("/v1/analyze", json=payload)
    assert r.status_code == status
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and "Traceback" not in r.text
    if code in ("empty", "too_long"):
        assert any(w in err["message"] for w in ("leer", "Zeichen"))


def test_body_limit_is_413_json_with_and_without_content_length(client: TestClient) -> None:
    big = json.dumps({"text": "Wort " * 20_000}).encode()
    r = client.post("/v1/analyze", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(big), 8192):
            yield big[i:i + 8192]

    r = client.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "KB" in r.json()["error"]["message"]
    r = client.post("/v2/check", data={"text": "Wort " * 20_000, "language": "de"})
    assert r.status_code == 413 and r.text.startswith("Error: ")


def _corpus() -> list[dict[str, str]]:
    calm = ["Der Stadtrat beschloss am Dienstag den Haushalt für das kommende Jahr.",
            "Die Stadtwerke erhöhen den Strompreis im März um drei Prozent."]
    loud = ["Der selbst ernannte Sparkommissar wetterte gegen den völlig absurden Haushalt.",
            "Leider zocken die Stadtwerke die Bürger mit einem Skandal-Strompreis ab!"]
    return ([{"id": f"ruhig-{i}", "outlet": "Ruhiges Blatt", "text": t} for i, t in
             enumerate(calm)] + [{"id": f"laut-{i}", "outlet": "Lautes Blatt", "text": t}
                                 for i, t in enumerate(loud)])


def test_v1_compare_returns_the_report(client: TestClient) -> None:
    r = client.post("/v1/compare", json={"documents": _corpus(), "bootstrap": 200})
    assert r.status_code == 200, r.text
    report = r.json()
    rates = {o["outlet"]: o["findings_per_1000_words"] for o in report["outlets"]}
    assert set(rates) == {"Ruhiges Blatt", "Lautes Blatt"}
    assert rates["Lautes Blatt"] > rates["Ruhiges Blatt"]
    assert report["bootstrap"]["replicates"] == 200 and len(report["differences"]) == 1
    r = client.post("/v1/compare", json={"documents": []})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    r = client.post("/v1/compare", json={"documents": [{"id": "a", "outlet": "X", "text": " "}]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "no_documents"


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert {"/v2/check", "/v2/languages", "/v1/analyze", "/v1/compare", "/health"} <= set(
        spec["paths"])
    assert {"AnalyzeResponse", "CompareRequest", "ErrorResponse"} <= set(
        spec["components"]["schemas"])


def test_request_text_is_never_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    secret = "Geheimquelle Zebrafink"
    with caplog.at_level(logging.INFO, logger="tonlage.server"):
        client.post("/v2/check", data={"text": f"{secret} ist leider unzuverlässig.",
                                       "language": "de"})
        client.get("/v2/check", params={"text": f"{secret} ist leider falsch.",
                                        "language": "de"})
        client.post("/v1/analyze", json={"text": f"{secret} wetterte."})
    lines = [r.getMessage() for r in caplog.records if r.name == "tonlage.server"]
    assert any("/v2/check" in line for line in lines)
    assert not any(secret in line or "Zebrafink" in line for line in lines)


# --- token, CORS, bounded work ------------------------------------------------------------------

def test_token_guards_everything_but_health() -> None:
    app = create_app(ServerConfig(classifier="none", token="geheim", warm_up=False))
    with TestClient(app) as c:
        assert c.get("/health").status_code == 200
        r = c.post("/v1/analyze", json={"text": DRAFT})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        r = c.post("/v1/analyze", json={"text": DRAFT},
                   headers={"Authorization": "Bearer falsch"})
        assert r.status_code == 401
        r = c.post("/v1/analyze", json={"text": DRAFT},
                   headers={"Authorization": "Bearer geheim"})
        assert r.status_code == 200
        r = c.post("/v2/check", data={"text": DRAFT, "language": "de"})
        assert r.status_code == 401 and r.text.startswith("Error: ")
        r = c.post("/v2/check", data={"text": DRAFT, "language": "de", "apiKey": "geheim"})
        assert r.status_code == 200 and r.json()["matches"]


def test_cors_allow_list() -> None:
    app = create_app(ServerConfig(classifier="none", cors_origins=("https://cms.example",),
                                  warm_up=False))
    with TestClient(app) as c:
        pre = {"Access-Control-Request-Method": "POST"}
        ok = c.options("/v2/check", headers={"Origin": "https://cms.example", **pre})
        assert ok.headers.get("access-control-allow-origin") == "https://cms.example"
        bad = c.options("/v2/check", headers={"Origin": "https://evil.example", **pre})
        assert "access-control-allow-origin" not in bad.headers


def test_workload_refuses_beyond_its_queue() -> None:
    import threading

    import anyio

    from analyzer.server import ApiError

    release = threading.Event()
    work = Workload(max_concurrent=1, max_queue=0)
    outcome: list[object] = []

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(work.run, release.wait)
            await anyio.sleep(0.2)
            try:
                await work.run(lambda: None)
            except ApiError as exc:
                outcome.append(exc.status)
            release.set()

    anyio.run(main)
    assert outcome == [503] and work.active == 0


# --- a real server process, real clients ------------------------------------------------------

@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with server_process("--classifier", "none", "--max-concurrent", "2") as url:
        yield url


def test_language_tool_python_gets_our_matches(server_url: str) -> None:
    lt_client = pytest.importorskip("language_tool_python")
    text = "Ein Gruß 🙂 vorab: " + DRAFT  # an emoji before every finding
    tool = lt_client.LanguageTool("de-DE", remote_server=server_url)
    try:
        matches = tool.check(text)
    finally:
        tool.close()
    by_rule = {m.rule_id: m for m in matches}
    assert {"labeling.selbst_ernannt", "speech_verb.wetterte"} <= set(by_rule)
    for m in matches:  # the client maps UTF-16 offsets back to Python indices
        assert m.category and m.rule_issue_type == "style" and m.message
    m = by_rule["labeling.selbst_ernannt"]
    assert text[m.offset:m.offset + m.error_length] == "selbst ernannte"
    assert m.category == "labeling"
    fixed = lt_client.utils.correct(text, [by_rule["speech_verb.wetterte"]])
    assert "Präsident kritisierte am Montag" in fixed


def test_raw_http_and_bounded_load_over_loopback(server_url: str) -> None:
    """8 clients × 15 requests: every answer complete and correct, none dropped."""
    import requests

    texts = [f"Meldung {i}: Der selbst ernannte Präsident wetterte gegen die Presse."
             for i in range(8)]

    def client(i: int) -> list[float]:
        times = []
        with requests.Session() as s:
            for _ in range(15):
                t0 = time.perf_counter()
                r = s.post(server_url + "/v2/check", data={"text": texts[i], "language": "de"},
                           timeout=60)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200
                found = {texts[i][m["offset"]:m["offset"] + m["length"]]
                         for m in r.json()["matches"]}
                assert found == {"selbst ernannte", "wetterte"}
        return times

    with ThreadPoolExecutor(8) as pool:
        times = [t for ts in pool.map(client, range(8)) for t in ts]
    assert len(times) == 120
