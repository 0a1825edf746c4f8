import json
import logging
from pathlib import Path

import pytest

from frise.model.filters import Filter
from frise.settings import (
    MAX_RECENT,
    SETTINGS_VERSION,
    SavedFilter,
    Settings,
    load_settings,
    save_settings,
)
from tests.helpers.files import fifo


def test_missing_file_gives_defaults(tmp_path):
    settings = load_settings(tmp_path / "nope" / "settings.json")
    assert settings == Settings()
    assert settings.recent_files == []
    assert not settings.read_only


def test_corrupt_json_gives_defaults_and_a_log_line(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text('{"lang": "fr", "recent_files": [', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        settings = load_settings(path)
    assert settings == Settings()
    assert any(str(path) in record.getMessage() for record in caplog.records)


def test_binary_garbage_gives_defaults(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        assert load_settings(path) == Settings()
    assert caplog.records


def test_json_that_is_not_an_object_gives_defaults(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        assert load_settings(path) == Settings()
    assert caplog.records


def test_invalid_values_give_defaults_and_a_log_line(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "export_width": "very wide"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        assert load_settings(path) == Settings()
    assert caplog.records


def test_newer_settings_give_defaults_read_only_and_are_not_overwritten(tmp_path, caplog):
    path = tmp_path / "settings.json"
    newer = json.dumps({"version": SETTINGS_VERSION + 1, "lang": "fr", "theme": "dark"})
    path.write_text(newer, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        settings = load_settings(path)
    assert settings.read_only
    assert settings.lang is None
    assert caplog.records
    settings.lang = "en"
    settings.remember_file(tmp_path / "a.json")
    save_settings(settings, path)
    assert path.read_text(encoding="utf-8") == newer


def test_round_trip_keeps_values(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = Settings(
        lang="fr", geometry="AAEC", window_state="AQID", export_width=4200, export_scale=1.0
    )
    settings.remember_file(tmp_path / "one.json")
    settings.remember_file(tmp_path / "deux é.json")
    settings.filters[str(tmp_path / "one.json")] = SavedFilter.of(
        Filter(parties=frozenset({"musk", "openai"}), year_from=2017, year_to=2024)
    )
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded == settings
    assert loaded.filters[str(tmp_path / "one.json")].parties == ["musk", "openai"]
    assert not loaded.read_only


def test_read_only_is_not_saved(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(lang="fr"), path)
    assert "read_only" not in json.loads(path.read_text(encoding="utf-8"))


def test_unknown_keys_of_the_same_version_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "lang": "fr", "future": True}), encoding="utf-8")
    assert load_settings(path).lang == "fr"


def test_a_failed_save_is_logged_not_raised(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        save_settings(Settings(lang="fr"), blocker / "settings.json")
    assert caplog.records
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_recent_files_are_unique_newest_first_and_capped(tmp_path):
    settings = Settings()
    for k in range(MAX_RECENT + 3):
        settings.remember_file(tmp_path / f"f{k}.json")
    settings.remember_file(tmp_path / "f5.json")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0] == str((tmp_path / "f5.json").resolve())
    assert len(set(settings.recent_files)) == MAX_RECENT
    assert str((tmp_path / "f0.json").resolve()) not in settings.recent_files


def test_saved_filter_drops_parties_the_timeline_no_longer_has():
    saved = SavedFilter(parties=["musk", "gone", "openai"], year_from=2018, year_to=2020)
    view_filter = saved.to_filter({"musk", "openai", "xai"})
    assert view_filter == Filter(frozenset({"musk", "openai"}), 2018, 2020)


def test_saved_filter_of_every_party_stays_every_party():
    saved = SavedFilter.of(Filter())
    assert saved.parties is None
    assert saved.to_filter({"a", "b"}) == Filter()


def test_one_invalid_value_keeps_the_other_settings(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {"version": 1, "lang": "fr", "export_width": "wide", "recent_files": ["/a.json"]}
        ),
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.lang == "fr"
    assert settings.recent_files == ["/a.json"]
    assert settings.export_width == Settings().export_width
    assert "export_width" in caplog.text


def test_a_saved_filter_whose_parties_are_all_gone_shows_every_party():
    assert SavedFilter(parties=["gone"]).to_filter({"alpha"}).parties is None
    assert SavedFilter(parties=[]).to_filter({"alpha"}).parties == frozenset()


# --- every value range-checked on load -------------------------------------------------


def settings_file(tmp_path, **values) -> Path:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "lang": "fr", **values}), encoding="utf-8")
    return path


@pytest.mark.parametrize("year", [-5, 0, 5_000_000_000, 10000, 2020.5, True, "2020"])
def test_a_saved_filter_with_a_year_out_of_range_loses_that_year_alone(tmp_path, caplog, year):
    good = {"parties": ["a"], "year_from": 2016, "year_to": 2020}
    bad = {"parties": ["b"], "year_from": year, "year_to": 2020, "kinds": ["ruling"]}
    path = settings_file(tmp_path, filters={"/bad.json": bad, "/good.json": good})
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        settings = load_settings(path)
    assert settings.filters["/good.json"] == SavedFilter(**good)
    kept = settings.filters["/bad.json"]
    assert (kept.parties, kept.year_from, kept.year_to, kept.kinds) == (
        ["b"],
        None,
        2020,
        ["ruling"],
    )
    assert settings.lang == "fr"
    assert "/bad.json" in caplog.text and "year_from" in caplog.text


def test_a_saved_filter_whose_years_are_reversed_loses_its_years(tmp_path):
    path = settings_file(
        tmp_path, filters={"/f.json": {"parties": ["a"], "year_from": 2024, "year_to": 2016}}
    )
    assert load_settings(path).filters == {"/f.json": SavedFilter(parties=["a"])}


@pytest.mark.parametrize("saved", [7, "all", None, ["a"]])
def test_a_saved_filter_that_is_no_filter_is_dropped(tmp_path, saved):
    path = settings_file(tmp_path, filters={"/f.json": saved, "/g.json": {"year_from": 2016}})
    assert list(load_settings(path).filters) == ["/g.json"]


@pytest.mark.parametrize("width", [10**12, -1, 0, 399, 16001, 3000.5, "3000", None])
def test_an_export_width_out_of_range_resets_that_value_alone(tmp_path, caplog, width):
    path = settings_file(tmp_path, export_width=width, export_scale=1.0)
    with caplog.at_level(logging.WARNING, logger="frise.settings"):
        settings = load_settings(path)
    assert settings.export_width == Settings().export_width
    assert settings.export_scale == 1.0
    assert settings.lang == "fr"
    assert "export_width" in caplog.text


@pytest.mark.parametrize("scale", [0, -2.0, 1e308, 3.0, "2", True, None])
def test_an_export_scale_that_is_not_offered_resets_that_value_alone(tmp_path, scale):
    settings = load_settings(settings_file(tmp_path, export_scale=scale, export_width=1600))
    assert settings.export_scale == Settings().export_scale
    assert settings.export_width == 1600


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("lang", "klingon"),
        ("lang", 7),
        ("geometry", "not base64 at all!"),
        ("geometry", "A" * 100_000),
        ("window_state", ["AQID"]),
    ],
)
def test_other_bad_values_reset_alone(tmp_path, name, value):
    path = settings_file(tmp_path, export_width=1600, **{name: value})
    settings = load_settings(path)
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.export_width == 1600


def test_bad_recent_files_are_dropped_one_by_one(tmp_path):
    recent = [
        "/a.json",
        7,
        "",
        "/b.json",
        "x" * 10_000,
        None,
        "/a.json",
        *[f"/{i}" for i in range(20)],
    ]
    settings = load_settings(settings_file(tmp_path, recent_files=recent))
    assert settings.recent_files[:2] == ["/a.json", "/b.json"]
    assert len(settings.recent_files) == MAX_RECENT


@pytest.mark.parametrize("version", ["2", "1", 2.0, 1.0, True, None, [1], 0, -1, 99])
def test_a_version_that_is_not_a_known_integer_leaves_the_file_untouched(tmp_path, version):
    path = tmp_path / "settings.json"
    text = json.dumps({"version": version, "lang": "fr", "export_width": 1600})
    path.write_text(text, encoding="utf-8")
    settings = load_settings(path)
    assert settings.read_only
    settings.remember_file(tmp_path / "a.json")
    save_settings(settings, path)
    assert path.read_text(encoding="utf-8") == text


def test_a_settings_file_without_a_version_is_left_untouched(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"lang": "fr"}', encoding="utf-8")
    settings = load_settings(path)
    assert settings.read_only
    save_settings(settings, path)
    assert path.read_text(encoding="utf-8") == '{"lang": "fr"}'


def test_a_settings_file_that_is_a_pipe_gives_defaults_without_waiting(tmp_path, caplog):
    with fifo(tmp_path, "settings.json") as pipe:
        with caplog.at_level(logging.WARNING, logger="frise.settings"):
            settings = load_settings(pipe)
        assert settings.read_only
        assert "named pipe" in caplog.text
        save_settings(settings, pipe)  # must not wait either
        assert pipe.is_fifo()


def test_a_symlinked_settings_file_stays_a_symlink(tmp_path):
    real = tmp_path / "dotfiles" / "frise.json"
    real.parent.mkdir()
    real.write_text('{"version": 1}', encoding="utf-8")
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    settings = load_settings(link)
    settings.lang = "fr"
    save_settings(settings, link)
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["lang"] == "fr"


def test_assigning_an_out_of_range_value_is_refused():
    settings = Settings()
    with pytest.raises(ValueError):
        settings.export_width = 10**9
    with pytest.raises(ValueError):
        settings.export_scale = 3.0
