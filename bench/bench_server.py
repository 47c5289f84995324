"""Load test of ``analyzer serve`` on loopback: N clients × M requests to ``/v2/check``.

    python -m bench.bench_server [--clients 8] [--requests 50] [--workers 1]

Starts the server as a subprocess on a free loopback port (the only address it talks to), sends a
bounded number of requests, checks every answer (status 200, the expected findings at the right
UTF-16 offsets), prints throughput and latency percentiles, and stops the server it started.
"""

from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import requests

from bench._server import server_process

# about 60 words, four findings; each client numbers its drafts so no two requests are identical
DRAFT = ("Meldung {n}: Der selbst ernannte Präsident wetterte am Montag gegen die Presse. "
         "Die Opposition spricht von einem Skandal, und Beobachter sind der Ansicht, die "
         "Regierung habe die Lage unterschätzt. Der Stadtrat beschloss am Dienstag den Haushalt "
         "für das kommende Jahr; die Stadtwerke erhöhen den Strompreis im März um drei Prozent.")
EXPECTED = {"selbst ernannte", "wetterte"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    ap.add_argument("--requests", type=int, default=50, help="requests per client (default 50)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    try:
        with server_process("--workers", str(args.workers), "--classifier", "none",
                            "--log-level", "warning", start_timeout=180) as url:
            print(f"server start     {time.perf_counter() - t0:.1f} s "
                  f"({args.workers} worker(s))")
            _load(url, args.clients, args.requests)
    except RuntimeError as exc:
        raise SystemExit(f"error: {exc}") from None


def _load(url: str, clients: int, requests_per_client: int) -> None:
    """``clients`` threads, each sending ``requests_per_client`` checked requests."""
    def client(c: int) -> list[float]:
        times = []
        with requests.Session() as s:
            for r in range(requests_per_client):
                text = DRAFT.format(n=f"{c}-{r}")
                t = time.perf_counter()
                resp = s.post(url + "/v2/check", data={"text": text, "language": "de-DE"},
                              timeout=120)
                times.append(time.perf_counter() - t)
                if resp.status_code != 200:
                    raise SystemExit(f"error: HTTP {resp.status_code}: {resp.text[:200]}")
                found = {text[m["offset"]:m["offset"] + m["length"]]
                         for m in resp.json()["matches"]}
                if not found >= EXPECTED:
                    raise SystemExit(f"error: wrong answer: {sorted(found)}")
        return times

    t1 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        times = sorted(t for ts in pool.map(client, range(clients)) for t in ts)
    wall = time.perf_counter() - t1
    n = len(times)
    p95 = times[min(n - 1, round(0.95 * n) - 1)]
    print(f"requests         {n} ({clients} clients × {requests_per_client}), all 200 and "
          "correct")
    print(f"throughput       {n / wall:.0f} requests/s ({wall:.1f} s)")
    print(f"latency          median {1000 * statistics.median(times):.0f} ms, p95 "
          f"{1000 * p95:.0f} ms, max {1000 * times[-1]:.0f} ms")


if __name__ == "__main__":
    main()
