"""Tests of the Python package viet_extract (the installed wheel)."""

import ast
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import unicodedata
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

import viet_extract

PYTHON = Path(__file__).resolve().parents[1]
ROOT = PYTHON.parent
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
FIELDS = ["published", "people", "organisations", "provinces", "dates", "figures", "legal_refs", "facts"]

# Our own sentences, in the style of the press.
NEWS = (
    "Sáng 12/3, Phó Chủ tịch UBND tỉnh Quảng Ngãi Võ Phiên cùng đoàn công tác "
    "đã kiểm tra tiến độ dự án. Theo báo cáo, năm 2023 tỉnh thu ngân sách hơn "
    "32.000 tỷ đồng, tăng 12% so với năm trước. Bà Nguyễn Thị Lan, Giám đốc "
    "Sở Tài chính, cho biết sẽ tập trung giải ngân vốn đầu tư công."
)


def spans(doc):
    """Every (span, what it should say or None) of a document."""
    for kind in ("people", "organisations", "provinces", "dates", "figures", "legal_refs"):
        for item in doc[kind]:
            for i, m in enumerate(item["mentions"]):
                yield m["span"], item, i
    for fact in doc["facts"]:
        yield fact["span"], None, 0
        for fig in fact["figures"]:
            for i, m in enumerate(fig["mentions"]):
                yield m["span"], fig, i


def cli():
    """The crate's extract command, built by `cargo test --release` or
    `cargo build --release --examples`; in CI it must be there."""
    path = ROOT / "target" / "release" / "examples" / "extract"
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} missing: CI builds it with cargo test --release")
        pytest.skip("the extract example is not built (cargo build --release --examples)")
    return path


# The README's example ----------------------------------------------------


def test_the_readme_example_runs_and_prints_what_it_says():
    readme = (PYTHON / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Example\n\n```python\n(.*?)```", readme, re.S).group(1)
    assert len(block.strip().splitlines()) <= 6, "a five-line example (and a blank line)"
    expected = [line.split("  # ", 1)[1] for line in block.splitlines() if line.startswith("print(")]
    assert expected, "each print of the example says its output in a comment"
    out = StringIO()
    with redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected


def test_the_package_docstring_example():
    import doctest

    result = doctest.testmod(viet_extract)
    assert result.attempted >= 5 and result.failed == 0


def test_the_package_exports_what_the_stub_declares():
    stub = ast.parse((PYTHON / "viet_extract" / "_native.pyi").read_text(encoding="utf-8"))
    declared = {n.name for n in stub.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    assert declared == {"extract", "extract_many", "Extractor"}
    for name in declared | set(viet_extract.__all__):
        assert hasattr(viet_extract, name), name
    methods = {n.name for c in stub.body if isinstance(c, ast.ClassDef) for n in c.body if isinstance(n, ast.FunctionDef)}
    for name in methods - {"__init__"}:
        assert hasattr(viet_extract.Extractor, name), name
    assert (PYTHON / "viet_extract" / "py.typed").exists()
    assert viet_extract.extract.__doc__ and viet_extract.Extractor.__doc__
    assert viet_extract.__version__ == re.search(r'^version = "(.*)"', (PYTHON / "Cargo.toml").read_text(), re.M).group(1)


# The shape of a document -------------------------------------------------


def test_a_document_has_the_fields_of_the_json_output():
    doc = viet_extract.extract(NEWS, published="2024-03-15")
    assert list(doc) == FIELDS
    assert doc["published"] == "2024-03-15"
    assert json.loads(json.dumps(doc)) == doc, "plain JSON values only"
    names = {p["name"]: p for p in doc["people"]}
    assert names["Võ Phiên"]["titles"][0] == {"role": "Phó Chủ tịch", "organisation": "UBND tỉnh Quảng Ngãi"}
    assert names["Nguyễn Thị Lan"]["gender"] == "female"
    assert {"text": "Sáng 12/3", "value": "2024-03-12"}.items() <= doc["dates"][0].items()
    money = [f for f in doc["figures"] if f["kind"] == "money"][0]
    assert (money["value"], money["unit"], money["qualifier"]) == (32000e9, "VND", "over")
    assert viet_extract.extract("") == {k: None if k == "published" else [] for k in FIELDS}


def test_documents_equal_the_extract_commands_json_with_char_offsets():
    # The command serialises Document::with_char_offsets with serde_json:
    # the package gives the same values, field by field, span by span.
    assert SAMPLES, "the crate's sample articles"
    out = subprocess.run(
        [cli(), "--jsonl", "--offsets", "chars"],
        input="".join(json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}) + "\n" for p in SAMPLES),
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert len(out) == len(SAMPLES)
    for path, line in zip(SAMPLES, out):
        want = json.loads(line)
        assert want.pop("id") == path.name
        assert viet_extract.extract(path.read_text(encoding="utf-8")) == want, path.name


# Spans are code points ---------------------------------------------------


def test_spans_are_python_indices_on_nfd_text_with_emoji():
    text = "🎉🇻🇳 " + unicodedata.normalize("NFD", NEWS).replace("Quảng Ngãi", "Quảng Ngãi 🏖️")
    assert len(text) != len(text.encode("utf-8")) != len(text.encode("utf-16-le")) // 2
    doc = viet_extract.extract(text, published="2024-03-15")
    nfc = viet_extract.extract(unicodedata.normalize("NFC", text), published="2024-03-15")
    assert [p["name"] for p in doc["people"]] == [p["name"] for p in nfc["people"]] == ["Võ Phiên", "Nguyễn Thị Lan"]
    seen = 0
    for span, item, nth in spans(doc):
        assert 0 <= span["start"] < span["end"] <= len(text)
        said = unicodedata.normalize("NFC", text[span["start"]:span["end"]])
        if item is not None and "name" in item and "kind" not in item:  # a person or a body
            assert said.endswith(item["name"]) or item["name"] in said, (said, item["name"])
            seen += 1
        elif item is not None and "text" in item and nth == 0:
            # a date or a figure: its text is its first mention as written
            # (here NFD); later mentions may say the same value otherwise
            # ("năm 2023" ... "năm trước" when published in 2024)
            assert text[span["start"]:span["end"]] == item["text"], (said, item["text"])
            seen += 1
    assert seen >= 6
    lan = [p for p in doc["people"] if p["name"] == "Nguyễn Thị Lan"][0]
    s = lan["mentions"][0]["span"]
    assert unicodedata.normalize("NFC", text[s["start"]:s["end"]]) == "Nguyễn Thị Lan"


def test_spans_match_the_commands_char_offsets_on_nfd_and_emoji(tmp_path):
    text = (
        "📰 " + unicodedata.normalize("NFD", NEWS) + "\r\n👍🏽 Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng &amp; "
        "bà Trần&nbsp;Thị Hoà phát biểu. Năm 2024, tỉnh vận động 181 khoản viện trợ, trị giá trên 288 tỷ đồng."
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([cli(), "--offsets", "chars", path], capture_output=True, text=True, check=True).stdout
    want = json.loads(out)
    want.pop("source")
    assert viet_extract.extract(text) == want


def test_lone_surrogates_keep_indices():
    raw = NEWS.encode("utf-8")[:40] + b"\xff" + NEWS.encode("utf-8")[40:]
    text = raw.decode("utf-8", "surrogateescape")  # holds "\udcff"
    doc = viet_extract.extract(text)
    for span, item, _ in spans(doc):
        if item is not None and item.get("name") == "Nguyễn Thị Lan":
            assert text[span["start"]:span["end"]] == "Nguyễn Thị Lan"
            break
    else:
        pytest.fail("Nguyễn Thị Lan not found")


# Options -----------------------------------------------------------------


def test_publication_dates_precedence_and_forms():
    text = "Chiều 3/11, đoàn công tác tới tỉnh Sóc Trăng."
    assert viet_extract.extract(text, published="2024-11-04")["dates"][0]["value"] == "2024-11-03"
    assert viet_extract.extract(text, published=datetime.date(2023, 12, 1))["dates"][0]["value"] == "2023-11-03"
    assert viet_extract.extract(text, published=datetime.datetime(2022, 11, 5, 23, 59))["published"] == "2022-11-05"
    ex = viet_extract.Extractor(published="2021-11-10")
    assert ex.published == "2021-11-10"
    assert ex.extract(text)["dates"][0]["value"] == "2021-11-03"
    assert ex.extract(text, published="2020-11-10")["dates"][0]["value"] == "2020-11-03", "the call's date wins"
    # The page's dateline, when no date is given; the caller's wins over it.
    page = "Thứ Sáu, ngày 23 tháng 08 năm 2019\n" + text
    assert viet_extract.extract(page)["published"] == "2019-08-23"
    assert viet_extract.extract(page, published="2024-11-04")["published"] == "2024-11-04"


def test_extractor_options():
    text = (
        "Ông Lò Văn Puốn, Phó Tổng Giám đốc Tổng công ty Điện lực miền Nam (EVNSPC), "
        "cho biết Hợp tác xã Tân Tiến đã ký hợp đồng với EVNSPC. Hội nghị diễn ra tại tỉnh Khánh Hòa."
    )
    ex = viet_extract.Extractor(
        tone_style="reformed",
        organisations=[("Tổng công ty Điện lực miền Nam", "EVNSPC"), "Hợp tác xã Tân Tiến"],
        roles=["Phó Tổng Giám đốc"],
        surnames=["Lò"],
    )
    assert repr(ex) == "Extractor(published=None, tone_style='reformed')"
    assert ex.tone_style == "reformed"
    doc = ex.extract(text)
    orgs = {o["name"]: o for o in doc["organisations"]}
    assert orgs["Tổng công ty Điện lực miền Nam"]["acronym"] == "EVNSPC"
    assert "Hợp tác xã Tân Tiến" in orgs
    person = doc["people"][0]
    assert person["name"] == "Lò Văn Puốn"
    assert person["titles"][0]["role"] == "Phó Tổng Giám đốc"
    assert [p["name"] for p in doc["provinces"]] == ["Khánh Hoà"], "reformed tone placement"
    assert [p["name"] for p in viet_extract.extract(text)["provinces"]] == ["Khánh Hòa"]
    as_dict = viet_extract.Extractor(organisations={"Hợp tác xã Tân Tiến": None, "Tổng công ty Điện lực miền Nam": "EVNSPC"})
    assert {o["name"] for o in as_dict.extract(text)["organisations"]} >= {"Hợp tác xã Tân Tiến"}


def test_organisations_file(tmp_path):
    good = tmp_path / "bodies.tsv"
    good.write_text("# bodies\nHợp tác xã Tân Tiến\nTổng công ty Điện lực miền Nam\tEVNSPC\n", encoding="utf-8")
    ex = viet_extract.Extractor(organisations_file=good)
    doc = ex.extract("Hợp tác xã Tân Tiến ký với EVNSPC.")
    # Names as written; the acronym alone is the body given it.
    assert {(o["name"], o["acronym"]) for o in doc["organisations"]} == {("Hợp tác xã Tân Tiến", None), ("EVNSPC", "EVNSPC")}
    doc = ex.extract("Tổng công ty Điện lực miền Nam ký với Hợp tác xã Tân Tiến. EVNSPC sẽ cấp điện.")
    evn = [o for o in doc["organisations"] if o["acronym"] == "EVNSPC"]
    assert [(o["name"], len(o["mentions"])) for o in evn] == [("Tổng công ty Điện lực miền Nam", 2)]
    bad = tmp_path / "bad.tsv"
    bad.write_text("Hợp tác xã Tân Tiến\na\tb\tc\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(f"bad data in {bad}, line 2: want `name<TAB>acronym`")):
        viet_extract.Extractor(organisations_file=str(bad))
    with pytest.raises(FileNotFoundError):
        viet_extract.Extractor(organisations_file=tmp_path / "missing.tsv")


# Bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [viet_extract.extract, viet_extract.Extractor().extract, lambda t: viet_extract.extract_many([NEWS, t])],
)
def test_bad_text_raises_a_clear_type_error(call):
    with pytest.raises(TypeError, match=r"must be str, not bytes: decode it first, e\.g\. data\.decode\(\"utf-8\"\)"):
        call(NEWS.encode("utf-8"))
    with pytest.raises(TypeError, match=r"must be str, not None$"):
        call(None)
    with pytest.raises(TypeError, match=r"must be str, not int$"):
        call(42)


def test_bad_dates_raise_value_error_with_the_crates_message():
    for bad in ["2024-02-30", "2024-13-01", "04/11/2024", "", "hôm qua"]:
        message = f"not a calendar date (want YYYY-MM-DD): {json.dumps(bad, ensure_ascii=False)}"
        with pytest.raises(ValueError) as e:
            viet_extract.extract(NEWS, published=bad)
        assert str(e.value) == message
        with pytest.raises(ValueError, match=re.escape(message)):
            viet_extract.Extractor(published=bad)
        with pytest.raises(ValueError) as e:
            viet_extract.extract_many([NEWS, NEWS, (NEWS, bad)])
        assert str(e.value) == f"texts[2]: {message}"
    with pytest.raises(TypeError, match="published must be a str 'YYYY-MM-DD', a datetime.date or None, not int"):
        viet_extract.extract(NEWS, published=20241104)


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(TypeError, match="texts must be an iterable of str .*not one str"):
        viet_extract.extract_many(NEWS)
    with pytest.raises(TypeError, match="texts must be an iterable of str, not int"):
        viet_extract.extract_many(3)
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str or a \(text, published\) pair, not a tuple of 3"):
        viet_extract.extract_many([NEWS, (NEWS, None, 1)])
    with pytest.raises(ValueError, match="threads must be at least 1, got 0"):
        viet_extract.extract_many([NEWS], threads=0)
    with pytest.raises(TypeError, match="threads must be an int or None, not float"):
        viet_extract.extract_many([NEWS], threads=1.5)
    with pytest.raises(ValueError, match="tone_style must be \"traditional\" or \"reformed\", not \"modern\""):
        viet_extract.Extractor(tone_style="modern")
    with pytest.raises(TypeError, match=r"roles must be a list of str, not one str"):
        viet_extract.Extractor(roles="Giám đốc")
    with pytest.raises(TypeError, match=r"surnames\[1\] must be str, not int"):
        viet_extract.Extractor(surnames=["Lò", 1])
    with pytest.raises(TypeError):
        viet_extract.Extractor("2024-11-04")  # options are keywords


# extract_many ------------------------------------------------------------


def many_texts(n):
    """Distinct texts of uneven length, some empty."""
    provinces = ["Cà Mau", "Cần Thơ", "Sóc Trăng", "Nghệ An", "Lào Cai", "Gia Lai", "Quảng Ninh"]
    return [
        "" if i % 17 == 0 else f"Ngày {i % 28 + 1}/5, tỉnh {provinces[i % len(provinces)]} tiếp nhận {i + 1} tấn gạo. " * (1 + i % 9)
        for i in range(n)
    ]


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_extract_many_loses_nothing_and_keeps_order(threads):
    texts = many_texts(300)
    one_by_one = [viet_extract.extract(t) for t in texts]
    docs = viet_extract.extract_many(iter(texts), threads=threads)  # any iterable
    assert len(docs) == len(texts)
    assert docs == one_by_one
    for i, doc in enumerate(docs):
        if texts[i]:
            assert doc["figures"][0]["value"] == i + 1


def test_extract_many_with_dates_and_an_extractor():
    text = "Chiều 3/11, đoàn công tác tới tỉnh Sóc Trăng."
    ex = viet_extract.Extractor(published="2020-11-10")
    docs = ex.extract_many([text, (text, "2024-11-04"), (text, None), (text, datetime.date(2019, 12, 31))], threads=2)
    assert [d["dates"][0]["value"] for d in docs] == ["2020-11-03", "2024-11-03", "2020-11-03", "2019-11-03"]
    assert viet_extract.extract_many([]) == []


def test_extract_many_leaves_the_garbage_collector_as_it_found_it():
    import gc

    assert gc.isenabled()
    viet_extract.extract_many(many_texts(20))
    assert gc.isenabled()
    gc.disable()
    try:
        viet_extract.extract_many(many_texts(20))
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        viet_extract.extract_many([NEWS, (NEWS, "bad")])
    assert gc.isenabled()


# The GIL -----------------------------------------------------------------


def long_batch(seconds):
    """Texts that take about `seconds` to read on one thread here."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    t = time.perf_counter()
    viet_extract.extract_many(texts, threads=1)
    once = max(time.perf_counter() - t, 1e-3)
    return texts * max(1, int(seconds / once))


def progress_during(call):
    """How many times a Python thread ran while `call()` ran. The thread
    gives up the GIL after each count (a short sleep); the main thread
    keeps it unless the call releases it, since the switch interval is
    made longer than the call."""
    count, stop = [0], threading.Event()

    def counter():
        while not stop.is_set():
            count[0] += 1
            time.sleep(0.001)

    old = sys.getswitchinterval()
    thread = threading.Thread(target=counter)
    thread.start()
    time.sleep(0.05)
    sys.setswitchinterval(100)
    # A wait for the GIL that the thread began before the change still uses
    # the old interval and would take the GIL once during the call: let the
    # thread run (this sleep frees the GIL) so that its next wait uses the
    # new one.
    time.sleep(0.01)
    try:
        before = count[0]
        call()
        during = count[0] - before
    finally:
        sys.setswitchinterval(old)
        stop.set()
        thread.join()
    return during


def test_the_gil_is_released_while_texts_are_read():
    texts = long_batch(0.7)
    # Control: Python code that keeps the GIL lets the thread make no
    # progress at all, however long it runs (so any progress at all shows
    # the GIL was let go; a few counts allow for a loaded machine).
    assert progress_during(lambda: sum(i * i for i in range(3_000_000))) == 0
    assert progress_during(lambda: viet_extract.extract_many(texts, threads=1)) >= 3
    assert progress_during(lambda: viet_extract.extract_many(texts, threads=2)) >= 3
    big = "\n\n".join(texts)
    assert progress_during(lambda: viet_extract.extract(big)) >= 3


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_two_threads_work_at_once():
    """threads=2 runs two worker threads that both read texts while the
    GIL is free (on a loaded machine, wall time cannot show it; CPU time
    per thread can)."""

    def cpu_by_thread():
        out = {}
        for tid in os.listdir("/proc/self/task"):
            try:
                fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[tid] = int(fields[11]) + int(fields[12])  # utime + stime, in ticks
        return out

    texts = long_batch(1.0)
    seen, stop = {}, threading.Event()

    def sample():
        while not stop.is_set():
            for tid, ticks in cpu_by_thread().items():
                seen[tid] = max(seen.get(tid, 0), ticks)
            time.sleep(0.01)

    before = cpu_by_thread()
    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        docs = viet_extract.extract_many(texts, threads=2)
    finally:
        stop.set()
        sampler.join()
    assert len(docs) == len(texts)
    workers = [tid for tid, ticks in seen.items() if tid not in before and ticks > 0]
    assert len(workers) >= 2, f"worker threads that ran: {workers}"


def test_python_threads_share_an_extractor():
    ex = viet_extract.Extractor(published="2024-03-15")
    texts = many_texts(80)
    want = [ex.extract(t) for t in texts]
    results = [None] * 4

    def run(k):
        results[k] = [ex.extract(t) for t in texts]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == want for r in results)


@pytest.mark.skipif(shutil.which("python3") is None, reason="needs python3")
def test_keyboard_interrupt_stops_a_batch_quickly():
    # A batch checks for signals between documents.
    code = (
        "import signal, threading, os, time, viet_extract\n"
        "texts = ['Ngày 5/1, tỉnh Cà Mau tiếp nhận 3 tấn gạo. ' * 10] * 20000\n"
        "threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()\n"
        "t = time.time()\n"
        "try:\n"
        "    viet_extract.extract_many(texts, threads=1)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', round(time.time() - t))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert out.startswith("interrupted")
