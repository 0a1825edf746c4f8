# The two commands of the README: `make run` and `make test`. Both create the
# virtual environment on first use, so a fresh clone needs nothing else:
# `make run` installs what the app needs, `make test` adds the test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-stamp
TEST_STAMP := $(VENV)/.test-stamp

.PHONY: run test lint bench clean dist docs icons translations install-desktop \
	uninstall-desktop check-desktop package lock

# Desktop integration (freedesktop: Linux and the BSDs), per user, in the XDG folders.
XDG_DATA_HOME ?= $(HOME)/.local/share
ICON_SIZES := 16 22 24 32 48 64 128 256 512
# The command the desktop entry starts: `frise` on PATH (a pip or pipx install),
# else this checkout's (`make run` makes it). FRISE=/path/to/frise chooses.
FRISE ?= $(or $(shell command -v frise 2>/dev/null),$(CURDIR)/$(BIN)/frise)

$(RUN_STAMP): pyproject.toml
	@echo "Setting up $(VENV) with what Frise needs (Qt, pydantic, numpy...: about 350 MB;"
	@echo "a minute or so the first time, nothing after)."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --progress-bar off -e . | grep -E '^(Collecting|Successfully)' || true
	$(BIN)/frise --version >/dev/null
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	@echo "Adding the test tools to $(VENV) (pytest, pytest-qt, hypothesis, ruff, mypy)."
	$(BIN)/python -m pip install --progress-bar off -e '.[dev]' | grep -E '^(Collecting|Successfully)' || true
	$(BIN)/pytest --version >/dev/null
	touch $@

run: $(RUN_STAMP)
	$(BIN)/frise

test: $(TEST_STAMP)
	$(BIN)/ruff check desktop tests packaging docs
	$(BIN)/ruff format --check desktop tests packaging docs
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check desktop tests packaging docs
	$(BIN)/ruff format --check desktop tests packaging docs
	$(BIN)/mypy

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run

clean:
	rm -rf $(VENV) build dist .pytest_cache

# The wheel and the sdist, in dist/.
dist: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet build
	rm -f dist/*.whl dist/*.tar.gz
	$(BIN)/python -m build --outdir dist . >/dev/null
	@ls -l dist/*.whl dist/*.tar.gz | awk '{print $$5, $$9}'

# uv, for the lock and the build venv: it resolves for every platform at once
# and installs a locked set in seconds. Only `make lock` and `make package` use it.
UV := $(BIN)/uv
$(UV): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet uv

# The frozen app (packaging/frise.spec) in dist/frise/, built in a venv of its
# own holding exactly what requirements.lock pins, every file checked against its hash.
PACKAGE_VENV := build/package-venv
PACKAGE_STAMP := $(PACKAGE_VENV)/.installed-stamp

$(PACKAGE_STAMP): requirements.lock $(UV)
	@echo "Setting up $(PACKAGE_VENV) from requirements.lock (pinned, hash-checked)..."
	rm -rf $(PACKAGE_VENV)
	$(UV) venv --quiet --python $(PYTHON) $(PACKAGE_VENV)
	$(UV) pip sync --quiet --require-hashes --python $(PACKAGE_VENV)/bin/python requirements.lock
	touch $@

package: $(PACKAGE_STAMP)
	$(PACKAGE_VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/frise.spec
	@du -sh dist/frise | sed 's/^/Bundle size: /'

# Pin the app's dependencies and the build's (the `package` extra), for every
# platform and Python >= 3.11, with hashes. uv resolves for all platforms at
# once, which pip-tools cannot: Windows and macOS builds need packages Linux does not.
lock: $(UV)
	$(UV) pip compile --quiet pyproject.toml --extra package --universal --generate-hashes \
		--python-version 3.11 --custom-compile-command "make lock" --output-file requirements.lock

# Bring resources/translations/ up to date with the code's messages (lupdate),
# then compile them (lrelease); the .ts and .qm are committed. New messages
# are listed: translate them in frise_fr.ts, then run this again.
translations: $(RUN_STAMP)
	$(BIN)/python packaging/translations.py update

# Rewrite docs/format.md's field reference from the format's models.
docs: $(RUN_STAMP)
	$(BIN)/python docs/make_format_reference.py

# Regenerate packaging/icons/ from resources/icons/frise.svg (committed: builds need no generator).
icons: $(RUN_STAMP)
	$(BIN)/python packaging/make_icons.py

install-desktop:
	@test -x "$(FRISE)" || { echo "install-desktop: no frise command at $(FRISE):" \
		"run 'make run' first, or give FRISE=/path/to/frise" >&2; exit 1; }
	@echo "Installing Frise's desktop entry, file type and icons under $(XDG_DATA_HOME), starting $(FRISE)"
	install -D -m 644 packaging/frise.mime.xml "$(XDG_DATA_HOME)/mime/packages/frise.xml"
	install -D -m 644 packaging/frise.metainfo.xml "$(XDG_DATA_HOME)/metainfo/frise.metainfo.xml"
	install -D -m 644 resources/icons/frise.svg "$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/frise.svg"
	for size in $(ICON_SIZES); do \
		install -D -m 644 packaging/icons/frise-$$size.png \
			"$(XDG_DATA_HOME)/icons/hicolor/$${size}x$$size/apps/frise.png" || exit 1; \
	done
	mkdir -p "$(XDG_DATA_HOME)/applications"
	sed -e 's|^Exec=frise |Exec="$(FRISE)" |' -e 's|^TryExec=frise$$|TryExec=$(FRISE)|' \
		packaging/frise.desktop > "$(XDG_DATA_HOME)/applications/frise.desktop"
	$(refresh-desktop)

uninstall-desktop:
	rm -f "$(XDG_DATA_HOME)/applications/frise.desktop" \
		"$(XDG_DATA_HOME)/mime/packages/frise.xml" \
		"$(XDG_DATA_HOME)/metainfo/frise.metainfo.xml" \
		"$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/frise.svg" \
		$(foreach size,$(ICON_SIZES),"$(XDG_DATA_HOME)/icons/hicolor/$(size)x$(size)/apps/frise.png")
	$(refresh-desktop)

# The desktop's caches, where its tools exist. A user-level icon cache is only
# refreshed if one is there already: a new one would go stale as other apps install icons.
define refresh-desktop
	if command -v update-mime-database >/dev/null; then \
		update-mime-database "$(XDG_DATA_HOME)/mime"; fi
	if command -v update-desktop-database >/dev/null; then \
		update-desktop-database -q "$(XDG_DATA_HOME)/applications"; fi
	if [ -f "$(XDG_DATA_HOME)/icons/hicolor/icon-theme.cache" ]; then \
		gtk-update-icon-cache -q -t -f "$(XDG_DATA_HOME)/icons/hicolor"; fi
endef

# The freedesktop validators (Debian: desktop-file-utils, appstream, shared-mime-info).
# The AppStream id is not reverse-DNS: Frise has no domain of its own yet (packaging/README.md).
check-desktop:
	desktop-file-validate packaging/frise.desktop
	appstreamcli validate --no-net --pedantic \
		--override=cid-desktopapp-is-not-rdns=info packaging/frise.metainfo.xml
	scratch=$$(mktemp -d) && mkdir -p $$scratch/mime/packages \
		&& cp packaging/frise.mime.xml $$scratch/mime/packages/frise.xml \
		&& XDG_DATA_HOME=$$scratch update-mime-database $$scratch/mime >$$scratch/said 2>&1; \
		status=$$?; cat $$scratch/said; test $$status = 0 && test ! -s $$scratch/said; \
		status=$$?; rm -rf $$scratch; test $$status = 0 && echo "frise.mime.xml: no problem found"

