#!/usr/bin/env bash
# Installs what the real-editor end-to-end harness needs, and nothing into the project's own
# node_modules: Debian's Chromium and ripgrep, the headers code-server's native modules build
# against, and this folder's own lockfile (code-server, playwright-core, mocha, test-electron, vsce).
#
# Idempotent: a second run skips apt when every package is there and `npm ci` only when the
# installed tree still matches package-lock.json. Works with only the npm registry and Debian's
# package archive reachable (no GitHub, no VS Code CDN, no browser download).
#
#   bash tests/e2e/setup.sh            # from anywhere
#   E2E_FORCE_APT=1 bash setup.sh       # run apt-get even if every package looks installed
#   E2E_FORCE_NPM_CI=1 bash setup.sh    # reinstall node_modules even if it looks current
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$E2E_DIR"

log() { printf '[e2e setup] %s\n' "$*"; }
started=$SECONDS

# --- 1. Debian packages -------------------------------------------------------------------------
# libkrb5-dev, libxkbfile-dev, libsecret-1-dev: headers for native modules that are built from
# source here because their prebuilt binaries would come from GitHub (kerberos in code-server's
# postinstall, keytar under vsce; libxkbfile-dev is on code-server's documented list). ripgrep: stands in for @vscode/ripgrep's GitHub download. chromium: the
# browser playwright-core drives (it may not download its own).
APT_PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev ripgrep chromium)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [ "${E2E_FORCE_APT:-}" = 1 ] || ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  log "Debian packages already installed: ${APT_PACKAGES[*]}"
fi
for bin in /usr/bin/chromium /usr/bin/rg; do
  [ -x "$bin" ] || { log "ERROR: $bin is missing after apt-get install"; exit 2; }
done

# --- 2. ripgrep "download" cache ----------------------------------------------------------------
# code-server's lib/vscode npm-shrinkwrap pins @vscode/ripgrep 1.15.11, whose postinstall fetches
# ripgrep-v13.0.0-10-<target>.tar.gz from GitHub unless the file is already in
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/. We put Debian's rg there, under the name it expects.
# npm runs with this TMPDIR (our own, inside .cache/) so nothing leaks into the machine's /tmp.
export TMPDIR="$E2E_DIR/.cache/tmp"
mkdir -p "$TMPDIR"
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) log "ERROR: no ripgrep cache recipe for $(uname -m)"; exit 2 ;;
esac
RG_PKG_VERSION=1.15.11
RG_TAG=v13.0.0-10
RG_CACHE_DIR="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
RG_TARBALL="$RG_CACHE_DIR/ripgrep-$RG_TAG-$RG_TARGET.tar.gz"
if [ ! -s "$RG_TARBALL" ]; then
  log "ripgrep cache: $RG_TARBALL <- /usr/bin/rg"
  mkdir -p "$RG_CACHE_DIR"
  stage="$(mktemp -d "$TMPDIR/rg-stage.XXXXXX")"
  cp /usr/bin/rg "$stage/rg"
  tar -czf "$RG_TARBALL.partial" -C "$stage" rg
  mv "$RG_TARBALL.partial" "$RG_TARBALL"
  rm -rf "$stage"
else
  log "ripgrep cache present"
fi

# --- 3. npm ci (this folder only) ---------------------------------------------------------------
# unsafe_perm: code-server's postinstall refuses to run as root without it. yes: npx prompts.
export npm_config_unsafe_perm=true
export npm_config_yes=true
# Keep chatty install-time network (update notifier, funding) quiet; the registry is all we reach.
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# playwright-core must never try to download a browser; we use Debian's.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

stamp="node_modules/.e2e-setup-stamp"
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1) node-$(node --version)"
if [ "${E2E_FORCE_NPM_CI:-}" != 1 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] \
  && [ -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg ]; then
  log "node_modules matches package-lock.json; skipping npm ci"
else
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" != 20 ]; then
    log "ERROR: code-server 4.100.3 needs Node 20 (found $(node --version))"
    exit 2
  fi
  log "npm ci (code-server builds its native modules here; a few minutes)"
  # --prefer-offline: the lockfile pins every integrity hash, so a cached tarball needs no
  # revalidation round trip (this registry answered those in 30-100 s each).
  npm ci --no-audit --no-fund --prefer-offline
  echo "$lock_sum" >"$stamp"
fi

log "done in $((SECONDS - started))s"
