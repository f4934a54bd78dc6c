# Sync Doctor — the two commands a newcomer needs are `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
VPY     := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
APT_PKGS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 xvfb xauth gnome-keyring dbus

.PHONY: demo test lint bench venv sysdeps clean translations

$(STAMP): requirements.txt requirements-dev.txt
	[ -x $(VPY) ] || $(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

# System packages for Qt and a real Secret Service; only when root on Debian/Ubuntu (CI, fresh machines).
sysdeps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  dpkg -s $(APT_PKGS) >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $(APT_PKGS) >/dev/null; }; \
	fi

demo: sysdeps venv
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" != Linux ]; then $(VPY) main.py --demo; \
	else echo "No display found: opening the demo under Xvfb (install a desktop to see it)."; \
	  xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb $(VPY) main.py --demo; fi

test: sysdeps venv
	bash tests/run.sh

lint: venv
	$(VPY) -m ruff check .
	$(VPY) -m mypy
	$(VENV)/bin/lint-imports

bench: venv
	$(VPY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Re-extract every string of core and gui into one catalogue and rebuild it (translate new entries with
# pyside6-linguist). Core marks its texts with core.i18n.N_, which lupdate reads as QT_TRANSLATE_NOOP.
# English has a plural-only catalogue: "%n invoice(s)" in the code reads "1 invoice" / "2 invoices".
TS := resources/translations/syncdoctor_es.ts
TS_EN := resources/translations/syncdoctor_en.ts
LUPDATE := $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=N_ -source-language en
SOURCES = $$(find core gui -name '*.py' -not -path 'core/sandbox/*' | sort)
translations: venv
	$(LUPDATE) -target-language es $(SOURCES) -ts $(TS)
	$(LUPDATE) -pluralonly -target-language en $(SOURCES) -ts $(TS_EN)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(TS_EN:.ts=.qm)

.PHONY: installer
# Build the PyInstaller bundle in a throwaway venv and smoke-run the frozen app headless (Linux/macOS);
# Windows and macOS installers: see installer/README.md.
installer: sysdeps
	bash installer/smoke_test.sh
