"""Cleaning by the million: records in, records out, in input order, with bounded memory.

    from cleanser.batch import clean_many
    for result in clean_many(texts, jobs=2):       # texts: any iterable of str
        ...

    from cleanser.batch import run_jsonl            # what `cleanser clean --jsonl` runs
    summary = run_jsonl(["in.jsonl.gz"], "out.jsonl", jobs=2)

One pipeline is built in the calling process and handed to each worker process once, when
the worker starts (``initializer``); work goes to the workers in chunks, at most a few
chunks per worker in flight, and comes back in input order. Nothing here keeps state
between records but that pipeline.

JSON Lines: records end at ``\\n`` only (U+2028, U+2029 and U+0085 are legal inside JSON
strings and never split a record); each line is read as bytes and decoded on its own, so a
line that is not UTF-8 or not JSON, or a record without a text, yields an output record with
an ``error`` field saying why, and the batch goes on. Every input record gives exactly one
output record, carrying the input's fields (``id``...) through; blank lines are skipped.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar

from cleanser.pipeline import Pipeline, default_pipeline
from cleanser.result import Result

__all__ = [
    "Fields",
    "Summary",
    "clean_many",
    "clean_record",
    "dumps",
    "open_input",
    "open_output",
    "run_jsonl",
]

T = TypeVar("T")
R = TypeVar("R")

# A chunk goes to a worker as one task: small enough to keep memory bounded and the order
# buffer short, big enough that the cost of sending it is small beside cleaning it.
CHUNK_RECORDS = 64
CHUNK_BYTES = 4 * 1024 * 1024
# Chunks in flight per worker: one being cleaned, the next ones queued.
IN_FLIGHT_PER_JOB = 3
# Error messages kept for the summary (the count is always complete).
KEEP_ERRORS = 20
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Fields:
    """Where a record keeps its text, page and URL, and where the result goes."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    output: str = "clean_text"
    report: bool = False  # add the full report under "cleanser"
    default_url: str | None = None


@dataclass
class Summary:
    """What a batch did: counts for the closing line on stderr."""

    records: int = 0
    errors: int = 0
    blank_lines: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    chars_in: int = 0
    chars_removed: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # inputs (files) that could not be read
    seconds: float = 0.0
    interrupted: bool = False

    def add(self, other: Summary) -> None:
        self.records += other.records
        self.errors += other.errors
        self.blank_lines += other.blank_lines
        self.removals.update(other.removals)
        self.chars_in += other.chars_in
        self.chars_removed += other.chars_removed
        self.statuses.update(other.statuses)
        self.unreadable.extend(other.unreadable)
        room = KEEP_ERRORS - len(self.first_errors)
        if room > 0:
            self.first_errors.extend(other.first_errors[:room])

    def note_result(self, result: Result) -> None:
        self.records += 1
        self.statuses[result.status] += 1
        self.chars_in += len(result.input_text)
        for removal in result.removals:
            self.removals[removal.category.value] += 1
            self.chars_removed += removal.end - removal.start

    def note_error(self, message: str) -> None:
        self.records += 1
        self.errors += 1
        if len(self.first_errors) < KEEP_ERRORS:
            self.first_errors.append(message)

    def format(self) -> str:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        head = "interrupted after" if self.interrupted else "cleaned"
        blank = f", {self.blank_lines:,} blank lines skipped" if self.blank_lines else ""
        lines = [f"{head} {self.records:,} records in {self.seconds:.1f} s ({rate:,.1f} records/s); "
                 f"{self.errors:,} errors{blank}"]
        total = sum(self.removals.values())
        by_category = ", ".join(f"{cat} {n:,}" for cat, n in self.removals.most_common())
        lines.append(f"removed {total:,} spans, {self.chars_removed:,} of {self.chars_in:,} characters"
                     + (f" ({by_category})" if by_category else ""))
        if self.statuses:
            lines.append("status: " + ", ".join(f"{s} {n:,}" for s, n in self.statuses.most_common()))
        lines.extend(f"unreadable: {message}" for message in self.unreadable)
        lines.extend(f"error: {message}" for message in self.first_errors)
        if self.errors > len(self.first_errors):
            lines.append(f"... and {self.errors - len(self.first_errors):,} more errors (see the 'error' fields)")
        return "\n".join(lines)


# --- one record ----------------------------------------------------------------------------------

_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def dumps(record: dict[str, Any]) -> bytes:
    """One JSON line as UTF-8 bytes, ending in ``\\n``.

    Characters that other readers take for line breaks (U+2028, U+2029, U+0085) are written
    escaped; a record holding lone surrogates (from ``\\ud800`` escapes in the input) is
    written all-ASCII, escapes kept, rather than failing to encode.
    """
    text = json.dumps(record, ensure_ascii=False, default=str)
    for char, escape in _LINE_BREAKS.items():
        if char in text:
            text = text.replace(char, escape)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True, default=str).encode("ascii") + b"\n"


def clean_record(record: dict[str, Any], pipeline: Pipeline, fields: Fields) -> Result:
    """Clean one record's page (``fields.html``) or else its text (``fields.text``).

    Raises ValueError when the record has neither as a string.
    """
    url = record.get(fields.url)
    if not isinstance(url, str):
        url = fields.default_url
    page = record.get(fields.html)
    if isinstance(page, str | bytes):
        from cleanser.html import clean_html

        return clean_html(page, url, pipeline=pipeline)
    text = record.get(fields.text)
    if isinstance(text, str):
        return pipeline.clean(text, url)
    if text is None and page is None:
        raise ValueError(f"no {fields.text!r} field (nor {fields.html!r})")
    if text is None:
        raise ValueError(f"the {fields.html!r} field is {type(page).__name__}, not a string")
    raise ValueError(f"the {fields.text!r} field is {type(text).__name__}, not a string")


def _apply(record: dict[str, Any], pipeline: Pipeline, fields: Fields, where: str,
           summary: Summary) -> dict[str, Any]:
    out = dict(record)
    try:
        result = clean_record(record, pipeline, fields)
    except (ValueError, TypeError) as exc:
        message = f"{where}: {exc}"
        out["error"] = message
        summary.note_error(message)
        return out
    except Exception as exc:  # a crash inside cleaning must not lose the batch
        message = f"{where}: cleaning failed: {exc!r}"
        out["error"] = message
        summary.note_error(message)
        return out
    out[fields.output] = result.text
    if fields.report:
        out["cleanser"] = result.to_dict()
    summary.note_result(result)
    return out


def _parse_line(line: bytes, where: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"{where}: malformed JSON ({exc.msg} at column {exc.colno})"
    except (ValueError, RecursionError) as exc:  # nested too deeply, numbers too long...
        return None, f"{where}: unreadable JSON ({exc.__class__.__name__}: {exc})"
    if not isinstance(record, dict):
        return None, f"{where}: a JSONL record must be an object, not {type(record).__name__}"
    return record, None


def _line_error(line: bytes, number: int, message: str) -> dict[str, Any]:
    # The raw line is kept (undecodable bytes as \\xNN) so no input is lost.
    return {"error": message, "line": number, "raw": line.decode("utf-8", "backslashreplace")}


# --- work done in a worker ------------------------------------------------------------------------

_WORKER: tuple[Pipeline, Fields] | None = None


def _init_worker(pipeline: Pipeline, fields: Fields) -> None:
    """Runs once in each worker process: keep the pipeline it was handed."""
    global _WORKER
    # Ctrl-C reaches every process of the terminal's group; the parent decides when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = (pipeline, fields)


State = tuple[Pipeline, Fields]


def _worker_state(state: State | None) -> State:
    """The state given (in this process), else the one this worker was started with."""
    if state is not None:
        return state
    if _WORKER is None:  # pragma: no cover - only reachable if the initializer did not run
        raise RuntimeError("the batch worker was not initialised")
    return _WORKER


LineChunk = list[tuple[str, int, bytes]]  # (input name, line number, raw line)


def _clean_line_chunk(chunk: LineChunk, state: State | None = None) -> tuple[bytes, Summary]:
    pipeline, fields = _worker_state(state)
    summary = Summary()
    out = bytearray()
    for name, number, line in chunk:
        where = f"{name}:{number}"
        try:
            record, problem = _parse_line(line, where)
            if record is None:
                assert problem is not None
                summary.note_error(problem)
                out += dumps(_line_error(line, number, problem))
            else:
                out += dumps(_apply(record, pipeline, fields, where, summary))
        except Exception as exc:  # whatever happens, this line still gets its output line
            problem = f"{where}: could not be processed: {exc!r}"
            summary.note_error(problem)
            out += dumps(_line_error(line, number, problem))
    return bytes(out), summary


RowChunk = list[tuple[str, dict[str, Any]]]  # (where, record)


def _clean_row_chunk(chunk: RowChunk, state: State | None = None) -> tuple[list[dict[str, Any]], Summary]:
    pipeline, fields = _worker_state(state)
    summary = Summary()
    return [_apply(record, pipeline, fields, where, summary) for where, record in chunk], summary


def _clean_text_chunk(chunk: Sequence[tuple[int, object]], state: State | None = None) -> list[Result]:
    pipeline, fields = _worker_state(state)
    url = fields.default_url
    results: list[Result] = []
    for index, item in chunk:
        if isinstance(item, str | bytes) and fields.html:
            from cleanser.html import clean_html

            results.append(clean_html(item, url, pipeline=pipeline))
        elif isinstance(item, str):
            results.append(pipeline.clean(item, url))
        else:
            raise TypeError(f"item {index}: clean_many() takes str items, not {type(item).__name__}")
    return results


# --- ordered, bounded parallel map -----------------------------------------------------------------


def ordered_map(
    work: Callable[[T, State | None], R],
    chunks: Iterable[T],
    *,
    jobs: int,
    pipeline: Pipeline,
    fields: Fields,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[R]:
    """``work`` over ``chunks`` in ``jobs`` processes, results in input order.

    At most ``IN_FLIGHT_PER_JOB * jobs`` chunks are queued or being cleaned at a time, so
    memory does not grow with the input. ``stop()`` is asked between chunks: once it says
    yes no more chunks are sent, and the results already done are still given back.
    With ``jobs == 1`` everything runs in this process (no pickling at all).
    """
    if jobs <= 1:
        for chunk in chunks:
            if stop():
                return
            yield work(chunk, (pipeline, fields))
        return
    pending: deque[Future[R]] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline, fields))
    try:
        source = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < jobs * IN_FLIGHT_PER_JOB and not stop():
                try:
                    chunk = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(executor.submit(work, chunk, None))
            if not pending:
                return
            if stop() and not pending[0].done():
                return
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[T], size: int, weigh: Callable[[T], int] | None = None) -> Iterator[list[T]]:
    chunk: list[T] = []
    weight = 0
    for item in items:
        chunk.append(item)
        if weigh is not None:
            weight += weigh(item)
        if len(chunk) >= size or weight >= CHUNK_BYTES:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _build(pipeline: Pipeline | None, options: dict[str, Any]) -> Pipeline:
    if pipeline is not None and options:
        raise TypeError("pass either pipeline= or Pipeline options, not both")
    if pipeline is not None:
        return pipeline
    return Pipeline(**options) if options else default_pipeline()


# --- library API -----------------------------------------------------------------------------------


def clean_many(
    texts: Iterable[str],
    jobs: int = 1,
    *,
    url: str | None = None,
    html: bool = False,
    pipeline: Pipeline | None = None,
    chunk_size: int = CHUNK_RECORDS,
    **options: Any,
) -> Iterator[Result]:
    """Clean each text of ``texts`` and yield its Result, in input order.

    ``jobs``: worker processes (1: clean in this process). The pipeline (``pipeline``, or
    one built from ``options``: ``select``, ``ignore``, ``extra``, ``threshold``) is built
    once here and handed to each worker once. ``html``: the items are pages (str or bytes)
    for ``clean_html``. ``url`` applies to every item. Items are read lazily, a few chunks
    ahead of what has been yielded, so an endless generator works and memory stays flat.

    An item that is not a str (or bytes, with ``html``) raises TypeError at its place in
    the output, after every result before it; for records that may be dirty use
    ``run_jsonl`` or ``clean_record``, which report bad records instead.
    """
    chosen = _build(pipeline, options)
    fields = Fields(html="html" if html else "", default_url=url)
    for results in ordered_map(_clean_text_chunk, _chunks(enumerate(texts), max(1, chunk_size)),
                               jobs=jobs, pipeline=chosen, fields=fields):
        yield from results


# --- files ------------------------------------------------------------------------------------------


def _compression(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".gz"):
        return "gzip"
    if lower.endswith((".zst", ".zstd")):
        return "zstd"
    return ""


def is_parquet(path: str) -> bool:
    return path.lower().endswith((".parquet", ".pq"))


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:
        raise ValueError("reading or writing .zst needs the zstandard module (pip install zstandard)") from None
    return zstandard


def open_input(path: str) -> IO[bytes]:
    """A binary stream over a file (``-``: stdin), decompressing .gz and .zst by suffix."""
    if path == "-":
        return sys.stdin.buffer
    kind = _compression(path)
    if kind == "gzip":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if kind == "zstd":
        zstd = _zstandard()
        raw = open(path, "rb")  # noqa: SIM115 - closed with the reader (closefd)
        return io.BufferedReader(zstd.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")


def open_output(path: str | None) -> IO[bytes]:
    """A binary stream to a file (None or ``-``: stdout), compressing .gz and .zst by suffix."""
    if path is None or path == "-":
        return sys.stdout.buffer
    kind = _compression(path)
    if kind == "gzip":
        return gzip.open(path, "wb")  # type: ignore[return-value]
    if kind == "zstd":
        zstd = _zstandard()
        raw = open(path, "wb")  # noqa: SIM115 - closed with the writer (closefd)
        return zstd.ZstdCompressor().stream_writer(raw, closefd=True)  # type: ignore[no-any-return]
    return open(path, "wb")


def _jsonl_lines(paths: Sequence[str], summary: Summary) -> Iterator[tuple[str, int, bytes]]:
    for path in paths:
        name = "<stdin>" if path == "-" else path
        number = 0
        try:
            stream = open_input(path)
        except OSError as exc:
            summary.unreadable.append(f"{name}: {exc.strerror or exc}")
            continue
        try:
            for number, line in enumerate(stream, 1):
                if number == 1 and line.startswith(BOM):
                    line = line[len(BOM):]
                if not line.strip():
                    summary.blank_lines += 1
                    continue
                yield name, number, line.rstrip(b"\r\n")
        except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt compressed file
            summary.unreadable.append(f"{name}: stopped reading after line {number}: {exc}")
        finally:
            if path != "-":
                stream.close()


def _parquet_rows(paths: Sequence[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    import pyarrow.parquet as pq

    for path in paths:
        parquet = pq.ParquetFile(path)
        number = 0
        for batch in parquet.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                number += 1
                yield f"{path}:row {number}", row


def _parquet_schema(paths: Sequence[str], fields: Fields) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(paths[0])
    for name, kind in ((fields.output, pa.string()), ("error", pa.string())):
        if schema.get_field_index(name) < 0:
            schema = schema.append(pa.field(name, kind))
    if fields.report and schema.get_field_index("cleanser") < 0:
        schema = schema.append(pa.field("cleanser", pa.string()))
    return schema


class _Stop:
    """SIGINT sets a flag that the loop reads between chunks; a second one interrupts at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def __call__(self) -> bool:
        return self.requested

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> _Stop:
        with contextlib.suppress(ValueError):  # not the main thread: no handler, no stop
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _progress(enabled: bool | None) -> Any:
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def run_jsonl(
    paths: Sequence[str],
    output: str | None = None,
    *,
    jobs: int = 1,
    fields: Fields | None = None,
    pipeline: Pipeline | None = None,
    progress: bool | None = None,
    **options: Any,
) -> Summary:
    """Clean JSONL (or Parquet) records from ``paths`` into ``output`` (None: stdout).

    Inputs and output ending in .gz or .zst are (de)compressed; .parquet/.pq are read or
    written with pyarrow (Parquet output needs Parquet input, whose schema it extends with
    the output, ``error`` and, with ``report``, ``cleanser`` columns: the report as JSON).
    ``progress``: a tqdm bar on stderr (default: when stderr is a terminal and tqdm is
    installed). SIGINT stops after the chunks already cleaned are written, every line whole.
    """
    fields = fields or Fields()
    chosen = _build(pipeline, options)
    parquet_in = [is_parquet(p) for p in paths]
    if any(parquet_in) and not all(parquet_in):
        raise ValueError("mixing Parquet and JSONL inputs in one run is not supported")
    parquet_out = output is not None and is_parquet(output)
    if parquet_out and not all(parquet_in):
        raise ValueError("Parquet output needs Parquet input (its schema); write JSONL instead")
    summary = Summary()
    started = time.perf_counter()
    bar = None
    with _Stop() as stop:
        try:
            bar = _progress(progress)
            if all(parquet_in) and paths:
                _run_rows(paths, output, parquet_out, jobs, fields, chosen, summary, stop, bar)
            else:
                lines = _jsonl_lines(paths, summary)
                chunks = _chunks(lines, CHUNK_RECORDS, weigh=lambda item: len(item[2]))
                with _closing_output(output) as sink:
                    for data, part in ordered_map(_clean_line_chunk, chunks, jobs=jobs, pipeline=chosen,
                                                  fields=fields, stop=stop):
                        sink.write(data)
                        summary.add(part)
                        if bar is not None:
                            bar.update(part.records)
        finally:
            if bar is not None:
                bar.close()
            summary.interrupted = stop.requested
            summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def _closing_output(output: str | None) -> Iterator[IO[bytes]]:
    sink = open_output(output)
    try:
        yield sink
    finally:
        if sink is sys.stdout.buffer:
            sink.flush()
        else:
            sink.close()


def _run_rows(paths: Sequence[str], output: str | None, parquet_out: bool, jobs: int, fields: Fields,
              pipeline: Pipeline, summary: Summary, stop: Callable[[], bool], bar: Any) -> None:
    chunks = _chunks(_parquet_rows(paths), CHUNK_RECORDS)
    results = ordered_map(_clean_row_chunk, chunks, jobs=jobs, pipeline=pipeline, fields=fields, stop=stop)
    if not parquet_out:
        with _closing_output(output) as sink:
            for rows, part in results:
                sink.write(b"".join(dumps(row) for row in rows))
                summary.add(part)
                if bar is not None:
                    bar.update(part.records)
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert output is not None
    schema = _parquet_schema(paths, fields)
    with pq.ParquetWriter(output, schema) as writer:
        for rows, part in results:
            if fields.report:
                for row in rows:
                    if "cleanser" in row:
                        row["cleanser"] = json.dumps(row["cleanser"], ensure_ascii=False)
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            summary.add(part)
            if bar is not None:
                bar.update(part.records)


def default_jobs() -> int:
    """Worker processes to use when asked for 'all': the CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)

