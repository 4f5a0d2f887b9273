# Webtruong: `make demo` sets up, builds and builds site.example and portal.example; `make test` runs every test.
# `make install PREFIX=DIR` (DESTDIR too) installs; `make deb` makes the .deb (docs/install.md).
BUILD ?= build
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local

.PHONY: all deps build demo test test-sanitize bench bench-portal bench-crawl bench-province eval-dates fuzz lighthouse install deb clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(or $(BUILD_TYPE),Release)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/webtruong build site.example -o site.example/public
	@echo "site.example built into site.example/public; to look at it: python3 -m http.server -d site.example/public 8080, then open http://127.0.0.1:8080/"
	$(BUILD)/webtruong portal build portal.example -o portal.example/public
	@echo "portal.example built into portal.example/public (www/ is the portal's host, hosts/ the members on their own host names; docs/portal.md)"

test: deps
	cmake -S . -B $(BUILD)-test -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD)-test -j $(JOBS)
	cd $(BUILD)-test && ctest --output-on-failure -j $(JOBS)

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DWT_SANITIZE=ON: no mimalloc) in $(BUILD)-sanitize, then run. Any report
# fails the test it happened in (halt_on_error, UBSan does not recover).
test-sanitize: deps
	cmake -S . -B $(BUILD)-sanitize -DCMAKE_BUILD_TYPE=Debug -DWT_SANITIZE=ON
	cmake --build $(BUILD)-sanitize -j $(JOBS)
	cd $(BUILD)-sanitize && \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# Lighthouse (mobile) on site.example served by nginx: a report, not a test (scripts/lighthouse.sh).
lighthouse: build
	WEBTRUONG=$(BUILD)/webtruong RUNS=$(or $(RUNS),3) scripts/lighthouse.sh

bench: deps
	@scripts/install-deps.sh --bench
	bench/build-vs-hugo.sh
	WEBTRUONG=$(BUILD)/webtruong bench/incremental.sh

# The portal benchmark: 200 members of 150 posts, full, no-change and
# one-post rebuilds, and the same 30,000 posts as one Hugo site (bench/README.md).
bench-portal: deps build
	@scripts/install-deps.sh --bench
	TMPDIR=$${TMPDIR:-/dev/shm} WEBTRUONG=$(BUILD)/webtruong bench/portal.sh

# Crawl throughput of `webtruong audit --delay 0` against `wget2 -r` on the
# same site served by nginx on loopback (bench/README.md); needs $(BUILD)/webtruong.
bench-crawl: deps
	@scripts/install-deps.sh --bench
	WEBTRUONG=$(BUILD)/webtruong bench/crawl-vs-wget2.sh

# A province at once: 300 small school sites served by one nginx on 300
# loopback ports, audited with --delay 20 --concurrency 50; wall time against
# the politeness bound, CPU per page against wget2 -r (bench/README.md).
bench-province: deps build
	@scripts/install-deps.sh --bench
	TMPDIR=$${TMPDIR:-/dev/shm} WEBTRUONG=$(BUILD)/webtruong nice -n 10 bench/province-audit.sh

# Publication dates and article detection on the frozen evaluation set
# (tests/fixtures/audit/dates_eval): the tuning split unless SPLIT=unseen|all;
# EVAL_ARGS=--list prints one line per page.
SPLIT ?= tuning
eval-dates: deps
	cmake -S . -B $(BUILD)-test -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(BUILD)-test -j $(JOBS) --target eval_dates
	$(BUILD)-test/tests/eval_dates --split $(SPLIT) $(EVAL_ARGS)

# libFuzzer targets of the audit parsers (docs/fuzzing.md): clang build in
# build-fuzz, FUZZ_SECONDS per target; new findings go to tests/fuzz/regressions/.
FUZZ_SECONDS ?= 60
fuzz: deps
	@scripts/install-deps.sh --fuzz
	BUILD=$(BUILD)-fuzz JOBS=$(JOBS) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh

# The binary to PREFIX/bin, themes, schemas and content packs to
# PREFIX/share/webtruong, the docs to PREFIX/share/doc/webtruong; DESTDIR,
# when set, is put before PREFIX (staged installs, packaging).
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

# A Release build without the development fallback to the checkout in
# $(BUILD)-deb, packaged by CPack (webtruong_VERSION_ARCH.deb there), then
# checked: control fields, Depends, and the package unpacked and run with the
# checkout hidden (tests/install/deb_test.sh).
deb: deps
	cmake -S . -B $(BUILD)-deb -DCMAKE_BUILD_TYPE=Release -DWT_SOURCE_FALLBACK=OFF -DWT_BUILD_TESTS=OFF \
	  -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build $(BUILD)-deb -j $(JOBS)
	rm -f $(BUILD)-deb/webtruong_*.deb
	cd $(BUILD)-deb && cpack -G DEB
	tests/install/deb_test.sh $(BUILD)-deb/webtruong_*.deb . $(BUILD)-deb

clean:
	rm -rf $(BUILD) $(BUILD)-test $(BUILD)-sanitize $(BUILD)-deb site.example/public
