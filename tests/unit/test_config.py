"""The typed config: defaults, site overrides, and messages a technician understands."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import SUPPORTED_LANGUAGES, ConfigError, load_config, parse_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, "utf-8")
    return path


def test_defaults_run_the_embedded_sandbox_in_italian(tmp_path: Path) -> None:
    config = load_config(None, env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert config.backend.url is None
    assert config.backend.embedded
    assert config.ui.default_language == "it"
    assert config.data_dir == tmp_path
    assert config.printer.backend == "pdf"
    assert config.printer_folder == tmp_path / "printed"
    assert config.idle.warning_s >= 20
    assert config.idle.max_extensions >= 10


def test_example_config_documents_every_key_and_loads(tmp_path: Path) -> None:
    example = Path(__file__).parents[2] / "resources" / "config" / "example.toml"
    config = load_config(example, env={})
    assert config.station.kiosk_id == "PV-ANAG-01"
    defaults = (Path(__file__).parents[2] / "resources" / "config" / "defaults.toml").read_text()
    text = example.read_text()
    import tomllib

    for table, keys in tomllib.loads(defaults).items():
        if isinstance(keys, dict):
            assert f"[{table}]" in text
            for key in keys:
                assert f"\n{key} =" in text or f"\n# {key} =" in text, f"{table}.{key} undocumented"


def test_site_file_overrides_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, """
[station]
kiosk_id = "ASST-CUP-03"
name = "ASST Pavia — CUP Policlinico"
site = "asst"
data_dir = "%s"
[backend]
url = "https://servizi.example.it/api/"
token = "secret"
[ui]
languages = ["it", "en", "ar"]
default_language = "it"
""" % (tmp_path / "d"))
    config = load_config(path, env={"KIOSK_DATA_DIR": "/ignored"})
    assert config.station.site == "asst"
    assert config.backend.url == "https://servizi.example.it/api"
    assert config.ui.languages == ("it", "en", "ar")
    assert config.data_dir == tmp_path / "d"
    assert config.source == path


@pytest.mark.parametrize(
    ("text", "key", "allowed"),
    [
        ('[station]\nsite = "regione"', "station.site", "comune, asst, both"),
        ('[station]\nkiosk_id = "a b"', "station.kiosk_id", "letters, digits"),
        ('[backend]\nurl = "ftp://x"', "backend.url", "http(s)://"),
        ('[backend]\nurl = "http://10.0.0.5/api"', "backend.url", "https:// for a remote"),
        ('[backend]\nread_timeout_s = 0', "backend.read_timeout_s", "from 0.1 to 300"),
        ('[backend]\nread_timeout_s = "10"', "backend.read_timeout_s", "a number"),
        ('[backend]\ntoken = ""', "backend.token", "non-empty"),
        ('[backend]\nca_bundle = "/nope/ca.pem"', "backend.ca_bundle", "existing file"),
        ('[ui]\nlanguages = ["it", "xx"]', "ui.languages", "language codes"),
        ('[ui]\nlanguages = ["en"]\ndefault_language = "en"', "ui.languages", "'it'"),
        ('[ui]\nlanguages = ["it", "en"]\ndefault_language = "fr"', "ui.default_language",
         "it, en"),
        ('[ui]\nwindowed = "yes"', "ui.windowed", "true or false"),
        ("[idle]\nwarning_s = 5", "idle.warning_s", "from 20"),
        ("[idle]\nmax_extensions = 3", "idle.max_extensions", "from 10"),
        ("[idle]\ntimeout_s = 60.5", "idle.timeout_s", "whole number"),
        ('[printer]\nbackend = "lpt1"', "printer.backend", "pdf, cups, none"),
        ('[printer]\nlayout = "a5"', "printer.layout", "roll80, a4"),
        ("[receipts]\nretention_days = 0", "receipts.retention_days", "from 1"),
        ('[station]\nkiosk_idd = "x"', "station.kiosk_idd", "kiosk_id"),
        ('[stations]\nkiosk_id = "x"', "stations", "station"),
        ("schema_version = 2", "schema_version", "from 1 to 1"),
        ("[backend]\nhealth_interval_s = 60\nhealth_max_interval_s = 30",
         "backend.health_max_interval_s", "at least"),
    ],
)
def test_bad_values_name_key_value_and_what_is_allowed(
    tmp_path: Path, text: str, key: str, allowed: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text), env={})
    assert info.value.key == key
    assert allowed in info.value.allowed
    assert key in str(info.value)
    assert str(tmp_path / "site.toml") in str(info.value)


def test_broken_toml_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="valid TOML"):
        load_config(write(tmp_path, "[station\nname="), env={})
    with pytest.raises(ConfigError, match="readable TOML file"):
        load_config(tmp_path / "missing.toml", env={})


def test_every_supported_language_is_accepted() -> None:
    config = parse_config({"ui": {"languages": list(SUPPORTED_LANGUAGES)}}, env={})
    assert config.ui.languages == SUPPORTED_LANGUAGES
