"""Fault 7: damaged settings and files give one clear sentence (file, line or setting, what to do),
never a traceback, on the command line and in Telegram."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from faultkit import CORPUS, REPO, cli, env_for, live, no_traceback

BAD_MANIFESTS = {
    "broken JSON": '{"documents": [{"file": "rail.txt", "id": "rail"',
    "not an object": "[1, 2]",
    "entry without a file": '{"documents": [{"id": "x"}]}',
}


@pytest.mark.slow
@pytest.mark.parametrize("bad", BAD_MANIFESTS, ids=list(BAD_MANIFESTS))
def test_a_malformed_manifest_is_named_and_explained(root: Path, bad: str) -> None:
    before = live(root)
    (root / "docs" / "manifest.json").write_text(BAD_MANIFESTS[bad])
    (root / "new.txt").write_text("New\n\nA new article arrived today, the agency said.\n")
    for args in (["build"], ["list"], ["add", str(root / "new.txt")]):
        done = cli(root, *args)
        no_traceback(done)
        assert done.returncode == 1, (args, done.stdout)
        assert f"{root / 'docs' / 'manifest.json'}" in done.stderr and "error:" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert live(root) == before


@pytest.mark.slow
def test_duplicate_ids_in_the_folder_are_explained_by_every_command(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "docs")
    shutil.copy(tmp_path / "docs" / "rail.txt", tmp_path / "docs" / "Rail.txt")
    for args in (["build"], ["ask", "What will a ticket cost?"], ["list"]):
        done = cli(tmp_path, *args)
        no_traceback(done)
        assert done.returncode == 1
        assert "rail.txt and Rail.txt have the same document id 'rail'; rename one" in done.stderr


@pytest.mark.slow
def test_manifest_entries_for_missing_or_outside_files_are_warned_about(root: Path) -> None:
    manifest = root / "docs" / "manifest.json"
    manifest.write_text(
        manifest.read_text().replace(
            '"documents": [', '"documents": [{"file": "gone.txt"}, {"file": "../secret.txt"}, ', 1
        )
    )
    done = cli(root, "build")
    assert done.returncode == 0
    assert "manifest.json names 'gone.txt', which is not in" in done.stderr
    assert "manifest.json entry '../secret.txt' points outside the documents folder" in done.stderr


@pytest.mark.slow
def test_an_unwritable_data_dir_is_named(root: Path) -> None:
    (root / "blocker").write_text("a file where a folder should be")
    (root / "new.txt").write_text("New\n\nA new article arrived today, the agency said.\n")
    done = cli(root, "add", str(root / "new.txt"), DATA_DIR=str(root / "blocker" / "data"))
    no_traceback(done)
    assert done.returncode == 1
    assert f"check that DATA_DIR ({root / 'blocker' / 'data'}) is a writable folder" in done.stderr


@pytest.mark.slow  # starts the bot in a Python process
def test_the_bot_names_an_unwritable_data_dir_instead_of_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("")
    env = env_for(tmp_path) | {
        "DATA_DIR": str(tmp_path / "blocker" / "data"),
        "TELEGRAM_BOT_TOKEN": "1:x",
        "TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot"], env=env, capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"cannot create DATA_DIR {tmp_path / 'blocker' / 'data'}" in done.stderr


def test_an_internal_error_is_one_line_and_the_traceback_goes_to_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from index.cli.errors import run_command

    monkeypatch.setenv("DATA_DIR", str(tmp_path))

    def broken(args: argparse.Namespace) -> int:
        raise KeyError("secret detail")

    assert run_command(broken, argparse.Namespace(command="list")) == 1
    err = capsys.readouterr().err
    assert "internal error (KeyError)" in err and "secret detail" not in err
    assert "secret detail" in (tmp_path / "errors.log").read_text()


async def test_a_malformed_manifest_is_explained_to_the_admin(tmp_path: Path) -> None:
    from test_admin import AdminQA, FileRequest, outputs, upload
    from tgharness import Harness

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "manifest.json").write_text('{"documents": [')
    h = Harness(tmp_path / "data", qa=AdminQA(docs), docs_dir=docs, max_upload_bytes=5000)
    h.request = FileRequest()
    await h.start()
    try:
        await upload(h, "t.txt", b"T\n\nText of the article.\n")
        last = outputs(h)[-1]
        assert "<code>manifest.json</code> line 1, column 16" in last and "internal error" not in last
        assert str(docs) not in last  # a chat never sees the server's paths
    finally:
        await h.stop()


@pytest.mark.postgres
@pytest.mark.slow
def test_postgres_before_migrate_says_to_migrate(pg_database: Any, tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "docs")
    url = pg_database("faults_unmigrated", migrated=False)
    done = cli(tmp_path, "ask", "What will a ticket cost?", INDEX_BACKEND="postgres", DATABASE_URL=url)
    no_traceback(done)
    assert done.returncode == 1 and "run `python -m index migrate`" in done.stderr
