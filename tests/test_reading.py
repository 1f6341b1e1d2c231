"""Decoding bytes and finding inputs: every strange file is read right or refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscat.reading import ReadProblem, decode, expand

TEXT = "Президент заявил, что переговоры продолжатся. Café in Zürich."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom"],
)
def test_unicode_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


def test_cp1251() -> None:
    text = "Президент Азербайджана Ильхам Алиев принял делегацию. " * 5
    assert decode(text.encode("cp1251")) == text


def test_latin1() -> None:
    text = "Le président a déclaré que les négociations continueront à Genève. " * 3
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize("data", [b"", b"   \n\n\t "], ids=["empty", "blank"])
def test_empty_is_refused(data: bytes) -> None:
    with pytest.raises(ReadProblem, match="empty"):
        decode(data)


def test_binary_is_refused() -> None:
    with pytest.raises(ReadProblem, match="binary"):
        decode(bytes(range(256)) * 20)


def test_a_few_control_characters_are_text() -> None:
    # Tabs, form feeds and line breaks are layout; a stray escape or two is scraping debris.
    text = "Column\tvalue\f\r\nThe minister said talks went on.\n" * 20 + "\x1b[0m end\x0b"
    assert decode(text.encode("utf-8")) == text


def test_text_full_of_control_characters_is_binary() -> None:
    with pytest.raises(ReadProblem, match="binary"):
        decode(("word\x01\x02\x03 " * 200).encode("utf-8"))


def test_png_header_is_refused() -> None:
    with pytest.raises(ReadProblem):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def test_expand_folders_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y")
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "empty").mkdir()
    found = expand(
        [
            str(tmp_path),
            str(tmp_path / "*.txt"),
            str(tmp_path / "nope.txt"),
            str(tmp_path / "empty"),
        ]
    )
    assert sorted(Path(s.path).name for s in found.sources) == ["a.txt", "b.txt"]
    reasons = dict(found.problems)
    assert reasons[str(tmp_path / "nope.txt")] == "no such file or folder"
    assert reasons[str(tmp_path / "empty")] == "folder holds no text files"


def test_mojibake_is_repaired() -> None:
    broken = "Profits rose to £600m – the firm’s best year. Café in Zürich.".encode().decode(
        "cp1252"
    )
    assert "Â£" in broken
    assert (
        decode(broken.encode("utf-8"))
        == "Profits rose to £600m – the firm’s best year. Café in Zürich."
    )


def test_clean_text_is_left_alone() -> None:
    text = "Âge d'or: the Ânes of Provence and the Ãngel Falls are real words."
    assert decode(text.encode("utf-8")) == text


def test_a_folder_gives_text_files_and_names_the_documents_it_passes_over(tmp_path: Path) -> None:
    for name in ("story.txt", "notes.text", "README", "page.html", "data.json", "post.md"):
        (tmp_path / name).write_text("Some words here.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "catalogue.db.lock").write_text("")
    found = expand([str(tmp_path)])
    assert sorted(Path(s.path).name for s in found.sources) == [
        "README", "notes.text", "page.html", "story.txt",
    ]  # fmt: skip
    skipped = dict(found.skipped)
    assert skipped[str(tmp_path / "data.json")] == "passed over: JSON, not a text article"
    assert skipped[str(tmp_path / "post.md")] == "passed over: Markdown, not a text article"
    assert skipped[str(tmp_path)] == "passed over 1 other files (1 .jpg)"


def test_a_glob_chooses_the_files_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.html", "b.txt", "sub/c.html"):
        (tmp_path / name).write_text("Some words here.")
    found = expand([str(tmp_path)], pattern="*.html")
    assert sorted(Path(s.path).name for s in found.sources) == ["a.html", "c.html"]
    assert expand([str(tmp_path)], pattern="sub/*").sources[0].path.endswith("c.html")
    assert dict(expand([str(tmp_path)], pattern="*.xml").problems) == {
        str(tmp_path): "folder holds no files matching '*.xml'"
    }
