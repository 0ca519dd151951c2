#!/usr/bin/env bash
# macOS, checked without a Mac: clippy with -D warnings for aarch64-apple-darwin, so macOS-only
# code (the login keychain store, the agent's socket peer check, the bundle's file association)
# never breaks unseen. A check links nothing, so the C that build scripts compile (ring's) goes
# to a compiler that builds nothing (scripts/noop-cc.sh). scripts/test.sh runs it as a step.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

target=aarch64-apple-darwin
rustup target add "$target" >/dev/null
noop="$PWD/scripts/noop-cc.sh"
export CC_aarch64_apple_darwin="$noop" CXX_aarch64_apple_darwin="$noop" AR_aarch64_apple_darwin="$noop"
# cc would otherwise ask xcrun (which only a Mac has) for the SDK.
export SDKROOT=/nonexistent-macos-sdk
cargo clippy --workspace --all-targets --target "$target" -- -D warnings
