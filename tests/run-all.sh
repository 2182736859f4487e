#!/usr/bin/env bash
# The project's test command: `bash tests/run-all.sh` (CI runs it through .ci/run).
#
# Stages: prerequisites (chromium, Noto CJK fonts, pdftotext, nginx; webkit2gtk-driver, xvfb) → npm ci → typecheck,
# lint, format, build → vitest → e2e (Chromium) → e2e-webkit (WebKit).
# Counting: each of the four checks (typecheck, lint, format:check, build) counts as one test of the "checks"
# suite; every vitest test and every e2e test (Chromium or WebKit) counts as itself. A suite that cannot run or
# report counts as one failure. Every stage runs even after a failure, except that both e2e stages need a build.
# The last line is always "N passed, N failed"; the exit status is non-zero when anything failed.
# Set YOUJU_SKIP_INSTALL=1 to reuse node_modules (e.g. in a shared work tree where npm ci would pull it away
# from under other running tools).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
mkdir -p artifacts

total_passed=0
total_failed=0
summary=()
timings=()
run_start=$SECONDS

timed() { timings+=("$(printf '%-14s %4ss' "$1" "$2")"); }

record() { # suite passed failed
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  # Per-suite lines avoid the exact 'N passed, N failed' form so that only the last line reads as the total.
  summary+=("$(printf '%-10s passed %4d · failed %4d' "$1" "$2" "$3")")
}

finish() {
  echo
  echo "== timings"
  timed total $((SECONDS - run_start))
  printf '%s\n' "${timings[@]}"
  echo "== summary"
  printf '%s\n' "${summary[@]}"
  echo "${total_passed} passed, ${total_failed} failed"
  [ "$total_failed" -eq 0 ]
  exit $?
}

stage() { echo; echo "== $*"; }

# --- prerequisites -------------------------------------------------------------------------------------------
stage "prerequisites"
start=$SECONDS
have_chromium() { command -v chromium >/dev/null 2>&1; }
# Not `grep -q`: it exits at the first match, fc-list then dies of SIGPIPE, and pipefail reports a failure.
have_cjk_fonts() { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; }
# pdftotext (poppler-utils) reads the printed letter's PDF back in the letters e2e, as an independent reader.
have_pdftotext() { command -v pdftotext >/dev/null 2>&1; }
# nginx (not started as a service) serves a sub-path build through deploy/nginx/youju.conf in the sub-path e2e.
have_nginx() { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; }
have_all() { have_chromium && have_cjk_fonts && have_pdftotext && have_nginx; }
if ! have_all; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing chromium, fonts-noto-cjk, poppler-utils and nginx with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils nginx
  fi
  if ! have_all; then
    echo "Missing chromium, the Noto Sans CJK fonts (Chinese would render as boxes in screenshots), pdftotext or nginx."
    echo "Install them as root:  apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils nginx"
    record prereq 0 1
    finish
  fi
fi
echo "chromium: $(command -v chromium); node: $(node --version)"
# WebKit, the engine of every browser on an iPhone: WebKitWebDriver with its MiniBrowser, under Xvfb (STYLE.md §3).
# Missing, it fails its own stage below rather than the whole run.
have_webkit() { command -v WebKitWebDriver >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1; }
if ! have_webkit && [ "$(id -u)" -eq 0 ]; then
  echo "installing webkit2gtk-driver and xvfb with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb ||
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb; }
fi
timed prerequisites $((SECONDS - start))

# --- install ---------------------------------------------------------------------------------------------------
if [ "${YOUJU_SKIP_INSTALL:-}" != "1" ]; then
  stage "npm ci"
  start=$SECONDS
  if ! npm ci --no-audit --no-fund; then
    record install 0 1
    finish
  fi
  timed "npm ci" $((SECONDS - start))
fi

# --- checks ----------------------------------------------------------------------------------------------------
checks_passed=0
checks_failed=0
for script in typecheck lint format:check build; do
  stage "npm run $script"
  start=$SECONDS
  if npm run --silent "$script"; then
    checks_passed=$((checks_passed + 1))
    echo "ok: $script"
  else
    checks_failed=$((checks_failed + 1))
    echo "FAILED: $script"
    [ "$script" = build ] && build_failed=1
  fi
  timed "$script" $((SECONDS - start))
done
record checks "$checks_passed" "$checks_failed"

# --- vitest ----------------------------------------------------------------------------------------------------
stage "vitest"
start=$SECONDS
rm -f artifacts/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync("artifacts/vitest.json", "utf8"));
  // A file that fails to load has no tests; count it so it cannot pass unnoticed.
  const broken = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  console.log(r.numPassedTests, r.numFailedTests + broken);
' 2>/dev/null) || counts="0 1"
record vitest ${counts% *} ${counts#* }
timed vitest $((SECONDS - start))

# --- e2e -------------------------------------------------------------------------------------------------------
stage "e2e"
start=$SECONDS
rm -f artifacts/e2e-results.json
if [ "${build_failed:-0}" = 1 ]; then
  echo "skipped: the build failed"
  record e2e 0 1
else
  npm run --silent test:e2e
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync("artifacts/e2e-results.json", "utf8"));
    console.log(r.passed, r.failed);
  ' 2>/dev/null) || counts="0 1"
  record e2e ${counts% *} ${counts#* }
  timed e2e $((SECONDS - start))
fi

# --- e2e in WebKit ---------------------------------------------------------------------------------------------
stage "e2e-webkit"
start=$SECONDS
rm -f artifacts/e2e-webkit-results.json
if [ "${build_failed:-0}" = 1 ]; then
  echo "skipped: the build failed"
  record e2e-webkit 0 1
elif ! have_webkit; then
  echo "Missing WebKitWebDriver or Xvfb. Install them as root:  apt-get install -y webkit2gtk-driver xvfb"
  record e2e-webkit 0 1
else
  npm run --silent test:e2e-webkit
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync("artifacts/e2e-webkit-results.json", "utf8"));
    console.log(r.passed, r.failed);
  ' 2>/dev/null) || counts="0 1"
  record e2e-webkit ${counts% *} ${counts#* }
  timed e2e-webkit $((SECONDS - start))
fi

finish
