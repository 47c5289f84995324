"""``--engine dask``: the same map on a Dask cluster gives the same results as local runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.cli import main
from analyzer.compare import analyze_corpus, build_report
from analyzer.corpus import load_corpus

distributed = pytest.importorskip("distributed")

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    # one in-process worker over TCP: small, and the address is a real tcp:// URL
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    return load_corpus(CORPUS).documents


@pytest.mark.timeout(600)
def test_dask_records_equal_local_records(cluster, docs) -> None:  # type: ignore[no-untyped-def]
    address = cluster.scheduler_address
    assert address.startswith("tcp://")
    local, _ = analyze_corpus(docs, workers=1)
    done: list[int] = []
    remote, issues = analyze_corpus(docs, engine="dask", scheduler=address, chunk_size=5,
                                    progress=lambda d, t: done.append(d))
    assert issues == [] and done[-1] == len(docs)
    assert json.dumps(remote, sort_keys=True) == json.dumps(local, sort_keys=True)
    # also with a Client object instead of an address
    with distributed.Client(cluster) as client:
        again, _ = analyze_corpus(docs[:3], engine="dask", scheduler=client)
    assert again == local[:3]


@pytest.mark.timeout(600)
def test_cli_with_dask_scheduler(cluster, docs, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["compare", str(CORPUS), "--engine", "dask", "--scheduler",
                 cluster.scheduler_address])
    out, err = capsys.readouterr()
    assert code == 0, err
    local, _ = analyze_corpus(docs, workers=1)
    assert json.loads(out) == json.loads(json.dumps(build_report(local)))


@pytest.mark.timeout(120)
def test_unreachable_scheduler_is_a_clear_error(capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["compare", str(CORPUS), "--engine", "dask", "--scheduler",
                 "tcp://127.0.0.1:9"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("error: Dask-Scheduler tcp://127.0.0.1:9 nicht erreichbar")
    assert err.count("\n") == 1
