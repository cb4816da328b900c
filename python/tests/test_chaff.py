"""The Python package against the golden fixtures and its documented API."""

import pathlib
import threading

import pytest

import chaff

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "fixtures"
DUMPS = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".clean.txt"))

PROSE = (
    "The council met on Tuesday evening to discuss the new budget, which has been "
    "delayed for several months by disagreements over road repairs."
)


def golden(dump: pathlib.Path) -> str:
    return dump.with_name(dump.stem + ".clean.txt").read_text()


def test_there_are_fixtures():
    assert len(DUMPS) == 5


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.name)
def test_bodies_are_the_golden_ones(dump):
    cleaned = chaff.clean(dump.read_text())
    assert cleaned.body + "\n" == golden(dump)
    assert cleaned.language == "en"
    assert cleaned.page_kind == "article"
    assert cleaned.format == "plain"


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.name)
def test_bytes_and_batch_agree_with_text(dump):
    cleaner = chaff.Cleaner()
    text = dump.read_text()
    assert cleaner.clean_bytes(dump.read_bytes()).body == cleaner.clean(text).body


def test_removals_name_kind_rule_text_and_lines():
    dump = f"{PROSE}\n\nShare:\nFacebook\nTwitter"
    cleaned = chaff.clean(dump)
    assert cleaned.body == PROSE
    kinds = {r.kind for r in cleaned.removals}
    assert kinds == {"share"}
    first = cleaned.removals[0]
    assert (first.rule, first.text, first.first_line, first.last_line) == ("share-buttons", "Share:", 3, 3)
    as_dict = cleaned.to_dict()
    assert as_dict["body"] == PROSE
    assert as_dict["removals"][0] == {
        "kind": "share",
        "rule": "share-buttons",
        "text": "Share:",
        "first_line": 3,
        "last_line": 3,
    }
    assert repr(cleaned) == "Cleaned(title=None, language='en', body=139 chars, removals=3)"


def test_metadata():
    dump = f"Council delays budget vote\n\nBy Jane Doe\n\n{PROSE}"
    cleaned = chaff.clean(dump)
    assert cleaned.title == "Council delays budget vote"
    assert cleaned.byline == "Jane Doe"
    assert cleaned.standfirst is None
    assert cleaned.body == PROSE


def test_keep_a_kind_and_disable_a_rule():
    dump = f"{PROSE}\n\nShare:\nFacebook"
    assert "Facebook" in chaff.clean(dump, keep=["share"]).body
    assert "Facebook" not in chaff.clean(dump, keep=["share"], drop=["share"]).body
    rules = {r.rule for r in chaff.clean(dump, disable_rules=["share-buttons"]).removals}
    assert "share-buttons" not in rules and rules


def test_page_kind_option():
    menu = "Home\nWorld\nBusiness"
    dump = f"{menu}\n\n{PROSE}"
    assert chaff.clean(dump).body == PROSE
    other = chaff.clean(dump, page_kind="other")
    assert other.page_kind == "other"
    assert other.to_dict()["page_kind"] == "other"
    assert other.body.startswith("World\n\nBusiness\n\n")


def test_language_and_format_options():
    assert chaff.clean(PROSE, language="de").language == "de"
    markdown = f"# Council delays budget vote\n\n{PROSE} [Read the plan](https://example.test/plan)."
    cleaned = chaff.clean(markdown, input_format="markdown")
    assert cleaned.format == "markdown"
    assert "https://" not in cleaned.body
    assert "https://example.test/plan" in chaff.clean(markdown, input_format="markdown", keep_markdown=True).body


@pytest.mark.parametrize(
    "options, named, listed",
    [
        ({"keep": ["sharing"]}, "sharing", "share"),
        ({"language": "ro"}, "ro", "pl"),
        ({"page_kind": "blog"}, "blog", "other"),
        ({"input_format": "html"}, "html", "markdown"),
        ({"disable_rules": ["no-such-rule"]}, "no-such-rule", "share-buttons"),
    ],
)
def test_unknown_names_raise_value_error_naming_them(options, named, listed):
    with pytest.raises(ValueError) as error:
        chaff.Cleaner(**options)
    assert isinstance(error.value, chaff.ChaffError)
    assert named in str(error.value)
    assert listed in str(error.value)


def test_kinds_and_rules_are_listed():
    assert "share" in chaff.kinds() and "dateline" in chaff.kinds()
    assert chaff.rules()[0] == "share-buttons"


def test_invalid_utf8_names_its_offset():
    cleaner = chaff.Cleaner()
    with pytest.raises(chaff.ChaffError) as error:
        cleaner.clean_bytes(b"Good text \xff more")
    assert error.value.offset == 10
    assert "offset 10" in str(error.value)
    assert "\ufffd" in cleaner.clean_bytes(b"Good text \xff more", lossy=True).body


def test_too_large_names_size_and_limit():
    cleaner = chaff.Cleaner(max_bytes=100)
    with pytest.raises(chaff.ChaffError) as error:
        cleaner.clean("x" * 101)
    assert (error.value.size, error.value.limit) == (101, 100)


def test_batch_keeps_order_and_names_a_bad_text():
    texts = [d.read_text() for d in DUMPS] * 3
    bodies = [c.body for c in chaff.Cleaner().clean_batch(texts, threads=2)]
    assert bodies == [chaff.clean(t).body for t in texts]
    with pytest.raises(chaff.ChaffError) as error:
        chaff.Cleaner(max_bytes=1000).clean_batch(["short", "x" * 2000])
    assert "text 1" in str(error.value)
    with pytest.raises(ValueError):
        chaff.Cleaner().clean_batch(["a"], threads=0)


def test_a_cleaner_is_shared_between_threads():
    cleaner = chaff.Cleaner()
    texts = [d.read_text() for d in DUMPS]
    expected = [cleaner.clean(t).body for t in texts]
    results = {}

    def work(i):
        results[i] = [cleaner.clean(t).body for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())
